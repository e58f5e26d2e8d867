/** The ledger's look: fonts, colours, borders and print setup shared by every sheet. */
import { BorderSpec, CellStyle, PrintSetup, SheetSpec } from "./types";

export const FONT_BODY = "等线";
export const FONT_TITLE = "微软雅黑";
export const BODY_SIZE = 10;

export const COLORS = {
  title: "#1F3864",
  note: "#595959",
  header: "#DDEBF7",
  headerText: "#1F3864",
  fillHeader: "#FFF2CC",
  fillHeaderText: "#7F6000",
  band: "#F3F6FA",
  grid: "#A6A6A6",
  unplaced: "#C00000",
} as const;

export const THIN: BorderSpec = { style: "thin", color: COLORS.grid };

export const TITLE_STYLE: CellStyle = {
  font: { name: FONT_TITLE, size: 16, bold: true, color: COLORS.title },
  alignment: { vertical: "middle" },
};

export const NOTE_STYLE: CellStyle = {
  font: { name: FONT_BODY, size: 9, color: COLORS.note },
  alignment: { vertical: "middle" },
};

export const HEADER_STYLE: CellStyle = {
  font: { name: FONT_BODY, size: 10, bold: true, color: COLORS.headerText },
  fill: COLORS.header,
  alignment: { horizontal: "center", vertical: "middle", wrap: true },
  border: THIN,
};

export const FILL_IN_HEADER_STYLE: CellStyle = {
  font: { name: FONT_BODY, size: 10, bold: true, color: COLORS.fillHeaderText },
  fill: COLORS.fillHeader,
};

export function printSetup(
  titleRows: PrintSetup["titleRows"],
  orientation: PrintSetup["orientation"],
): PrintSetup {
  return {
    orientation,
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows,
    margins: { left: 0.3, right: 0.3, top: 0.45, bottom: 0.5, header: 0.2, footer: 0.25 },
    horizontalCentered: true,
    footer: "第 &P 页，共 &N 页",
  };
}

export function emptySheet(name: string, print: PrintSetup): SheetSpec {
  return {
    name,
    tabColor: null,
    columns: [],
    blocks: [],
    styles: [],
    rowHeights: [],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: null,
    print,
    showGridLines: false,
  };
}
