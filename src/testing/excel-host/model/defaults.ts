/** Default sheet state. */
import type { PageLayoutModel, ProtectionOptions, SheetModel } from "./types";

export const DEFAULT_ROW_HEIGHT = 14.25;
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_FONT = { name: "等线", size: 11, color: "#000000" };

export function defaultProtectionOptions(): ProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    printGridlines: false,
    printHeadings: false,
    centerHorizontally: false,
    centerVertically: false,
    zoom: { scale: 100 },
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headers: { center: "", left: "", right: "" },
    footers: { center: "", left: "", right: "" },
  };
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    showHeadings: true,
    cells: new Map(),
    formats: new Map(),
    validations: new Map(),
    conditionalFormats: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    freeze: null,
    protection: { protected: false, options: defaultProtectionOptions() },
    pageLayout: defaultPageLayout(),
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}
