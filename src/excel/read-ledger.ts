/**
 * Reading what a workbook holds of a ledger, as plain data (`LedgerState`). Two steps: `discoverWorkbook`
 * (sheet, table and name lists: one sync, always safe) and `readLedgerState` (two syncs, each response under
 * 2.5 MB at 3,000 items: the cells of every ledger sheet present, the ledger table ranges, the status column's validation and conditional formats).
 * Office.js cannot read from a sheet that may not exist in the same request, hence the separate discovery.
 * Shared by the writer (src/excel/apply) and by validation/overview code.
 */
import { range as rangeRef } from "../core/ledger/a1";
import { META_LABELS, SHEETS, TABLES } from "../core/ledger/constants";
import { PLAN_HEADER_ROWS, PLAN_SHEET } from "../core/ledger/plan-sheet";
import { metaFormatVersion, metaText, readSettingsCells } from "../core/ledger/settings-sheet";
import { RangeRef } from "../core/ledger/types";
import { StatusDef } from "../core/status/statuses";
import { CellRead, EMPTY_CELL, serialToIso } from "./apply/cells";

export interface SheetInfo {
  name: string;
  protected: boolean;
}

export interface Discovery {
  sheets: SheetInfo[];
  tables: { name: string; sheet: string }[];
  /** Workbook-scoped names; `formula` as Excel returns it (with "="). */
  names: { name: string; formula: string }[];
  /** PivotTables and their sheets (Workbook.pivotTables, ExcelApi 1.3). */
  pivots: { name: string; sheet: string }[];
}

/** The cells of a sheet's used range. Rows and columns are 1-based sheet positions. */
export interface SheetGrid {
  row: number;
  col: number;
  cells: CellRead[][];
  /** Loaded for the ledger sheet only (dates typed in 完成时限/更新时间 read as serial numbers). */
  numberFormats: string[][] | null;
}

export interface ConditionalFormatState {
  formula: string | null;
  fill: string | null;
  font: string | null;
  bold: boolean | null;
}

export interface LedgerState extends Discovery {
  /** Sheet name -> its used cells (absent when the sheet is empty or missing). */
  grids: Record<string, SheetGrid>;
  /** Table name -> its range (header row included), for the ledger tables present. */
  tableRanges: Record<string, RangeRef>;
  /** Validation on the probed status range: null when not probed (or not supported). */
  statusValidation: { type: string; source: string | null } | null;
  /** Conditional formats over the probed status range; null when not probed. */
  statusFormats: ConditionalFormatState[] | null;
  /** The plan sheet's header block (A1:B6: version, pieces, length, checksum); null without the sheet. */
  planHeader: unknown[][] | null;
}

export interface ReadProbe {
  /** Where the status column's body should be (from the spec's layout). */
  statusRange?: RangeRef;
  /** Whether to read data validation (ExcelApi 1.8). */
  dataValidation?: boolean;
}

const LEDGER_SHEETS: readonly string[] = Object.values(SHEETS);
/**
 * Sheets made of formulas the writer owns: only their formulas are read (reading values would make the host
 * calculate them; the writer compares formulas, and constants read the same through `formulas`).
 */
const FORMULAS_ONLY: readonly string[] = [SHEETS.assignments, SHEETS.summary];

/** A formula cell read through `formulas` only: its value was not read. */
export const NOT_READ = Object.freeze({ notRead: true });

function valueOfFormula(entry: unknown): unknown {
  return typeof entry === "string" && entry.startsWith("=") ? NOT_READ : entry;
}
const LEDGER_TABLES: readonly string[] = Object.values(TABLES);

/** One sync: which sheets (and whether protected), tables and names the workbook has. */
export async function discoverWorkbook(context: Excel.RequestContext): Promise<Discovery> {
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const pivots = context.workbook.pivotTables.load("items/name,items/worksheet/name");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    pivots: pivots.items.map((p) => ({ name: p.name, sheet: p.worksheet.name })),
  };
}

export function hasSheet(d: Discovery, name: string): boolean {
  return d.sheets.some((s) => s.name === name);
}

/**
 * At most this many bytes of JSON per response: Excel on the web fails a sync whose response passes 5 MB
 * (ResponsePayloadSizeLimitExceeded); the read keeps to half of that.
 */
export const RESPONSE_BUDGET_BYTES = 2_500_000;

/**
 * Two syncs, the same for any ledger size (never one per row block): the first reads the ledger's
 * `formulas` (a constant reads the same through `formulas` as through `values`) and everything small — the
 * other sheets the writer owns, the table ranges, the plan sheet's header, the status column's probe; the
 * second reads `values` only of the ledger columns that hold a formula, `numberFormat` only of the ledger
 * columns that hold a number (a date is a number; its format tells it apart), and 责任分解's formulas. At
 * 3,000 items each response stays under RESPONSE_BUDGET_BYTES (about 1.9 and 1.5 MB on the test host),
 * where one sync used to return 5.7 MB.
 */
export async function readLedgerState(
  context: Excel.RequestContext,
  discovery: Discovery,
  probe: ReadProbe = {},
): Promise<LedgerState> {
  const wb = context.workbook;
  const used = new Map<string, Excel.Range>();
  for (const name of LEDGER_SHEETS) {
    if (!hasSheet(discovery, name) || name === SHEETS.assignments) continue;
    const r = wb.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    if (FORMULAS_ONLY.includes(name) || name === SHEETS.ledger) r.load("rowIndex,columnIndex,formulas");
    else r.load("rowIndex,columnIndex,values,formulas");
    used.set(name, r);
  }
  const tableRanges = new Map<string, Excel.Range>();
  for (const t of discovery.tables) {
    if (!LEDGER_TABLES.includes(t.name)) continue;
    tableRanges.set(
      t.name,
      wb.tables.getItem(t.name).getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    );
  }
  // Only the plan sheet's header: its pieces (the plan's JSON) may be megabytes and are not needed to tell
  // whether the plan changed.
  const planHeader = hasSheet(discovery, PLAN_SHEET)
    ? wb.worksheets.getItem(PLAN_SHEET).getRangeByIndexes(0, 0, PLAN_HEADER_ROWS, 2).load("values")
    : null;
  const ledgerThere = hasSheet(discovery, SHEETS.ledger) && probe.statusRange;
  let validation: Excel.DataValidation | null = null;
  let formats: Excel.ConditionalFormatCollection | null = null;
  if (ledgerThere && probe.statusRange) {
    const target = wb.worksheets
      .getItem(SHEETS.ledger)
      .getRangeByIndexes(
        probe.statusRange.row - 1,
        probe.statusRange.col - 1,
        probe.statusRange.rows,
        probe.statusRange.cols,
      );
    if (probe.dataValidation) validation = target.dataValidation.load("type,rule");
    // customOrNullObject, not custom: a person's own rule of another type on the column (e.g. "Text that
    // Contains") would fail the whole request (OfficeDev/office-js#2180). Both are ExcelApi 1.6,
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat
    formats = target.conditionalFormats.load(
      "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color,items/customOrNullObject/format/font/bold",
    );
  }
  await context.sync();

  // Second sync: the ledger's computed values and number formats where they matter, and 责任分解.
  const ledger = used.get(SHEETS.ledger);
  const extra = ledger && !ledger.isNullObject ? ledgerDetails(context, ledger) : null;
  if (hasSheet(discovery, SHEETS.assignments)) {
    const r = wb.worksheets.getItem(SHEETS.assignments).getUsedRangeOrNullObject(true);
    used.set(SHEETS.assignments, r.load("rowIndex,columnIndex,formulas"));
  }
  await context.sync();

  const grids: Record<string, SheetGrid> = {};
  for (const [name, r] of used) {
    if (r.isNullObject) continue;
    const formulas = r.formulas;
    const values =
      name === SHEETS.ledger && extra
        ? extra.values()
        : FORMULAS_ONLY.includes(name)
          ? formulas.map((line) => line.map(valueOfFormula))
          : r.values;
    grids[name] = {
      row: r.rowIndex + 1,
      col: r.columnIndex + 1,
      cells: values.map((line, i) =>
        line.map((value: unknown, j) => ({ value, formula: formulas[i][j] as unknown })),
      ),
      numberFormats: name === SHEETS.ledger && extra ? extra.numberFormats() : null,
    };
  }
  const ranges: Record<string, RangeRef> = {};
  for (const [name, r] of tableRanges) {
    ranges[name] = rangeRef(r.rowIndex + 1, r.columnIndex + 1, r.rowCount, r.columnCount);
  }
  return {
    ...discovery,
    grids,
    tableRanges: ranges,
    planHeader: planHeader ? (planHeader.values as unknown[][]) : null,
    statusValidation: validation
      ? { type: String(validation.type), source: listSource(validation.rule) }
      : null,
    statusFormats: formats
      ? formats.items
          .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
          .map((cf) => cf.customOrNullObject)
          .map((custom) => ({
            formula: custom.rule.formula ?? null,
            fill: custom.format.fill.color ?? null,
            font: custom.format.font.color ?? null,
            bold: custom.format.font.bold ?? null,
          }))
      : null,
  };
}

const isFormula = (f: unknown): boolean => typeof f === "string" && f.startsWith("=");

/**
 * Queues (no sync) the loads of the ledger's values where a column holds a formula and of its number
 * formats where a column holds a number, one column range each; returns how to assemble full grids after
 * the sync (a constant's value is its `formulas` entry; a column without numbers reads "General").
 */
function ledgerDetails(
  context: Excel.RequestContext,
  ledger: Excel.Range,
): { values: () => unknown[][]; numberFormats: () => string[][] } {
  const formulas = ledger.formulas as unknown[][];
  const rows = formulas.length;
  const cols = formulas[0]?.length ?? 0;
  const sheet = context.workbook.worksheets.getItem(SHEETS.ledger);
  const column = (c: number) => sheet.getRangeByIndexes(ledger.rowIndex, ledger.columnIndex + c, rows, 1);
  const valueCols = new Map<number, Excel.Range>();
  const formatCols = new Map<number, Excel.Range>();
  for (let c = 0; c < cols; c++) {
    if (formulas.some((line) => isFormula(line[c]))) valueCols.set(c, column(c).load("values"));
    // a formula's result may be a date too
    if (valueCols.has(c) || formulas.some((line) => typeof line[c] === "number")) {
      formatCols.set(c, column(c).load("numberFormat"));
    }
  }
  return {
    values: () =>
      formulas.map((line, i) => line.map((f, j) => (valueCols.has(j) ? valueCols.get(j)!.values[i][0] : f))),
    numberFormats: () =>
      formulas.map((line, i) =>
        line.map((_f, j) => {
          const r = formatCols.get(j);
          return r ? String((r.numberFormat as unknown[][])[i][0]) : "General";
        }),
      ),
  };
}

/** Discovery then state: three syncs. */
export async function readLedger(context: Excel.RequestContext, probe: ReadProbe = {}): Promise<LedgerState> {
  return readLedgerState(context, await discoverWorkbook(context), probe);
}

function listSource(rule: Excel.DataValidationRule): string | null {
  const source = rule?.list?.source;
  return typeof source === "string" ? source : null;
}

/** The cell at a 1-based sheet position (empty outside the used range). */
export function cellAt(grid: SheetGrid | undefined, row: number, col: number): CellRead {
  if (!grid) return EMPTY_CELL;
  return grid.cells[row - grid.row]?.[col - grid.col] ?? EMPTY_CELL;
}

export function textAt(grid: SheetGrid | undefined, row: number, col: number): string {
  const v = cellAt(grid, row, col).value;
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Last used row/column of a grid (1-based), or the row/col before it when empty. */
export function gridEnd(grid: SheetGrid | undefined): { row: number; col: number } {
  if (!grid) return { row: 0, col: 0 };
  return { row: grid.row + grid.cells.length - 1, col: grid.col + (grid.cells[0]?.length ?? 0) - 1 };
}

export interface SettingsState {
  /** The status list on the settings sheet (empty when none is readable). */
  statuses: StatusDef[];
  copyDepartment: string | null;
  /** 生成时间 as ISO, to keep it on regeneration. */
  generatedAt: string | null;
  formatVersion: number | null;
  planId: string | null;
}

/** The 设置 sheet's statuses and metadata, read by the one settings reader; null when the sheet is missing. */
export function readSettings(state: LedgerState): SettingsState | null {
  if (!hasSheet(state, SHEETS.settings)) return null;
  const grid = state.grids[SHEETS.settings];
  const end = gridEnd(grid);
  const cells: unknown[][] = [];
  for (let row = 1; row <= end.row; row++) {
    const line: unknown[] = [];
    for (let col = 1; col <= end.col; col++) line.push(cellAt(grid, row, col).value);
    cells.push(line);
  }
  const read = readSettingsCells(cells);
  const generated = read.meta.get(META_LABELS.generated);
  return {
    statuses: read.statuses,
    copyDepartment: metaText(read, META_LABELS.copyDepartment),
    generatedAt: typeof generated === "number" ? serialToIso(generated) : null,
    formatVersion: metaFormatVersion(read),
    planId: metaText(read, META_LABELS.planId),
  };
}
