/**
 * LedgerSpec: the whole ledger workbook as plain data. Writers only translate it. Every collection grows with
 * columns, statuses and sections — never with rows × columns — so an Office.js writer can apply it with few
 * operations: values as rectangular blocks, styles as range runs, row heights as arrays.
 * Rows and columns are 1-based.
 */
import { PlanIssue } from "../plan/types";
import { StatusDef } from "../status/statuses";
import { FilledField } from "./constants";
import type { RoundsState } from "../rounds/types";

/**
 * One cell. A string is a plain value. `{ formula }` is a formula WITHOUT the leading "=". `{ literal }` is
 * text that must never become a formula (it begins with = + - @). `{ date }` is an ISO date/date-time.
 */
export type CellValue =
  null | number | boolean | string | { formula: string } | { literal: string } | { date: string };

/** A rectangle of cells with its top-left corner at (row, col). All rows have the same length. */
export interface CellBlock {
  row: number;
  col: number;
  values: CellValue[][];
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** #RRGGBB */
  color?: string;
}

export interface AlignmentSpec {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Degrees (-90..90), or "vertical" for stacked characters (top to bottom). */
  rotation?: number | "vertical";
}

export interface BorderSpec {
  style: "thin" | "medium";
  /** #RRGGBB */
  color: string;
}

/** Properties a run sets; later runs override earlier ones property by property. */
export interface CellStyle {
  font?: FontSpec;
  /** Solid fill, #RRGGBB. */
  fill?: string;
  alignment?: AlignmentSpec;
  /** All four edges of every cell in the run. */
  border?: BorderSpec;
  numberFormat?: string;
}

export interface StyleRun {
  range: RangeRef;
  style: CellStyle;
}

export interface ColumnSpec {
  col: number;
  /** Excel character units. */
  width: number;
}

/**
 * Heights of consecutive rows from `row`, in points. `autofit` rows are wrapped text: a host that can autofit
 * (Office.js) should autofit them; others use the estimated heights, which are never too small.
 */
export interface RowHeights {
  row: number;
  heights: number[];
  autofit: boolean;
}

export interface TableSpec {
  name: string;
  /** Header row + body. */
  range: RangeRef;
  columns: string[];
  style: string;
  showRowStripes: boolean;
}

export interface ListValidationSpec {
  range: RangeRef;
  /** List source formula WITHOUT "=", e.g. "TZ_Statuses". */
  source: string;
  allowBlank: boolean;
  prompt: { title: string; text: string };
  error: { style: "stop"; title: string; text: string };
}

/** An expression rule: `formula` (no "=") is written relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  range: RangeRef;
  formula: string;
  fill?: string;
  font?: { color?: string; bold?: boolean };
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of every printed page. */
  titleRows: { first: number; last: number } | null;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
  /** Footer text, e.g. page numbers ("&P" codes as in Excel header/footer syntax). */
  footer: string | null;
}

export interface SheetSpec {
  name: string;
  tabColor: string | null;
  columns: ColumnSpec[];
  blocks: CellBlock[];
  /** Applied in order. The first run usually sets the sheet's default font over its used range. */
  styles: StyleRun[];
  rowHeights: RowHeights[];
  merges: RangeRef[];
  tables: TableSpec[];
  validations: ListValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  freeze: { rows: number; cols: number } | null;
  print: PrintSetup;
  showGridLines: boolean;
  /** Default visible. "veryHidden" sheets cannot be unhidden from Excel's menu (e.g. a copy's baseline). */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Sheet protection (no password: a guard against slips, not security); null/absent = unprotected. */
  protection?: SheetProtection | null;
}

export interface SheetProtection {
  /** The only cells people may edit; everything else is locked. */
  unlocked: RangeRef[];
}

export interface NamedRangeSpec {
  name: string;
  /** Reference or formula WITHOUT "=", e.g. "'台账'!$A$6:$A$35" or "OFFSET(…)". */
  formula: string;
  comment: string;
}

export interface LedgerLayout {
  ledger: {
    headerRow: number;
    firstBodyRow: number;
    bodyRows: number;
    /** 1-based column of each header in the ledger table. */
    columns: Record<string, number>;
    /** Department name -> its column. */
    departmentColumns: Record<string, number>;
  };
  assignments: { firstBodyRow: number; bodyRows: number };
  summary: { firstBodyRow: number; departments: number; pivotAnchor: { row: number; col: number } };
}

export interface LedgerSpec {
  formatVersion: number;
  planId: string;
  title: string;
  /** Suggested file name (without folder). */
  fileName: string;
  sheets: SheetSpec[];
  names: NamedRangeSpec[];
  /** Formulas carry no cached values: hosts must recalculate on load. */
  fullCalcOnLoad: true;
  layout: LedgerLayout;
}

/** A value a person typed into one of the filled-in columns. Dates are ISO strings. */
export type FilledValue = string | number | boolean | { date: string } | null;

/** The filled-in cells of one ledger row (one per fill-in column of LEDGER_COLUMNS). */
export type FilledRow = { [F in FilledField]: FilledValue };

/** A row of an old ledger that could not be matched to an item of the plan. */
export interface UnplacedRow {
  no: number | null;
  task: string;
  values: FilledRow;
  reason: string;
}

export interface LedgerSettings {
  statuses: readonly StatusDef[];
  /** The department this copy is for; null for the master ledger. */
  copyDepartment: string | null;
  /**
   * 序号 in the order the 台账 rows are listed (a department's copy lists its own items first). Items left out
   * follow in plan order. Default: plan order. The plan id is always that of the plan as given.
   */
  itemOrder?: readonly number[];
  /** ISO date-time written as 生成时间, or null to leave it out (keeps specs reproducible). */
  generatedAt: string | null;
  /**
   * When this version is written, where that is later than 生成时间 (the add-in's update keeps 生成时间): its
   * year's holidays go into 设置 too (统计日期 is =TODAY()).
   */
  writtenAt?: string;
  /** Filled-in cells carried over from an older ledger, by 序号. */
  filled?: Record<number, FilledRow>;
  /** Carried-over content that fits no item: written to a visible sheet. */
  unplaced?: UnplacedRow[];
  /** What the plan's reader could not settle: listed on the 待确认 sheet of the master ledger. */
  planIssues?: readonly PlanIssue[];
  /** 统计日期 fixed to this ISO date; absent or null: =TODAY(). */
  asOf?: string | null;
  /** 临期天数 (working days); absent: DEFAULT_NEAR_DAYS. */
  nearDays?: number;
  /**
   * Reporting rounds (core/rounds): in the master, the 报送情况, 进展记录 and hidden sheets and the summary's
   * 本轮 columns, when there is at least one round; in a copy, its open round's name goes to the baseline.
   */
  rounds?: RoundsState;
  /**
   * The master's merge key (core/ledger/key-sheet.ts): a master keeps it on its veryHidden TZ_Key sheet; a copy
   * never carries it, its baseline is sealed with it. Absent/null: no key sheet, copies unsealed.
   */
  mergeKey?: string | null;
}
