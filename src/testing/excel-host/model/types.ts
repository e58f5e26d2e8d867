/** Plain in-memory workbook state (no proxies). */
import type { Rect } from "../address";
import type { CellError } from "../formula/values";

export type Literal = string | number | boolean | CellError;

export interface Cell {
  /** Literal value; absent when the cell holds a formula or is empty. */
  value?: Literal;
  /** Formula including the leading "=". */
  formula?: string;
}

export interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  textOrientation?: number;
  indentLevel?: number;
  numberFormat?: string;
  locked?: boolean;
  formulaHidden?: boolean;
  borders?: Record<string, BorderFormat>;
}

export interface ValidationModel {
  id: number;
  rule: Record<string, unknown>;
  type: string;
  errorAlert: { style: string; title: string; message: string; showAlert: boolean };
  prompt: { title: string; message: string; showPrompt: boolean };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  areas: Rect[];
  priority: number;
  stopIfTrue: boolean;
  /** Rule details: for cellValue {formula1, formula2?, operator}; containsText {operator, text}; custom {formula}. */
  rule: Record<string, unknown>;
  format: { fontColor?: string; fill?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean };
}

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  printGridlines: boolean;
  printHeadings: boolean;
  centerHorizontally: boolean;
  centerVertically: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  headers: { center: string; left: string; right: string };
  footers: { center: string; left: string; right: string };
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  showHeadings: boolean;
  cells: Map<string, Cell>;
  formats: Map<string, CellFormat>;
  validations: Map<string, ValidationModel>;
  conditionalFormats: ConditionalFormatModel[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: Rect[];
  freeze: { rows: number; cols: number; row: number; col: number } | null;
  protection: { protected: boolean; options: ProtectionOptions; password?: string };
  pageLayout: PageLayoutModel;
  selection: Rect;
}

export interface TableFilterCriteria {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columns: { id: number; name: string }[];
  nextColumnId: number;
  filters: Map<number, TableFilterCriteria>;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  /** Sheet id for worksheet-scoped names. */
  scopeSheetId: string | null;
}

export interface PivotDataField {
  name: string;
  field: string;
  summarizeBy: string;
}

export interface PivotModel {
  id: string;
  name: string;
  sheetId: string;
  anchor: { row: number; col: number };
  source: { kind: "range"; sheetId: string; rect: Rect } | { kind: "table"; tableId: string };
  rows: string[];
  columns: string[];
  data: PivotDataField[];
  filters: string[];
  /** Field name -> selected items of a manual filter. */
  manualFilters: Map<string, string[]>;
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  layoutType: string;
  /** Snapshot of the source taken at creation / refresh (the pivot cache). */
  cache: { headers: string[]; records: (string | number | boolean | null)[][] };
  rendered: Rect | null;
  dataBody: Rect | null;
}

/** Who made a change: this add-in, the person at this Excel, or a co-author in another Excel ("Remote"). */
export type ChangeSource = "addin" | "user" | "remote";

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: string;
  source: ChangeSource;
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
}
