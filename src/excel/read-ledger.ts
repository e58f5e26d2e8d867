/**
 * Reading what a workbook holds of a ledger, as plain data (`LedgerState`). Two steps: `discoverWorkbook`
 * (sheet, table and name lists: one sync, always safe) and `readLedgerState` (two syncs, each response under
 * 2.5 MB at 3,000 items: the cells of every ledger sheet present, the ledger table ranges, the status column's validation and conditional formats).
 * Office.js cannot read from a sheet that may not exist in the same request, hence the separate discovery.
 * Shared by the writer (src/excel/apply) and by validation/overview code.
 */
import { range as rangeRef } from "../core/ledger/a1";
import { SHEETS, TABLES } from "../core/ledger/constants";
import { PLAN_HEADER_ROWS, PLAN_SHEET } from "../core/ledger/plan-sheet";
import { RangeRef } from "../core/ledger/types";
import { ROUND_SHEETS } from "../core/rounds/constants";
import { KEY_SHEET } from "../core/ledger/key-sheet";
import { SheetGrid } from "./sheet-grid";

export { type SheetGrid, cellAt, gridEnd, textAt } from "./sheet-grid";
export { type SettingsState, readSettings } from "./read-settings";

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
  /** TZ_Key's label and value cells (A1:B2), when the probe asked and the sheet is there; else null. */
  keyCells?: unknown[][] | null;
}

export interface ReadProbe {
  /** Where the status column's body should be (from the spec's layout). */
  statusRange?: RangeRef;
  /** Whether to read data validation (ExcelApi 1.8). */
  dataValidation?: boolean;
  /** Whether to read the merge key sheet's cells (TZ_Key, core/ledger/key-sheet.ts) into `keyCells`. */
  mergeKey?: boolean;
}

const LEDGER_SHEETS: readonly string[] = Object.values(SHEETS);
/** Rows of TZ_Key read for the key (its label is in the first). */
const KEY_ROWS = 2;
/**
 * Sheets made of formulas the writer owns: only their formulas are read (reading values would make the host
 * calculate them; the writer compares formulas, and constants read the same through `formulas`).
 */
const FORMULAS_ONLY: readonly string[] = [SHEETS.assignments, SHEETS.summary];
/** The reporting rounds' sheets (core/rounds): read in the second sync, values and formulas. */
const ROUND_SHEET_NAMES: readonly string[] = Object.values(ROUND_SHEETS);

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
 * columns that hold a number (a date is a number; its format tells it apart), 责任分解's formulas and the
 * reporting rounds' sheets (TZ_Rounds, 报送情况, 进展记录, TZ_Previous). At
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
  // The merge key's two rows (core/ledger/key-sheet.ts): tiny, in the first sync.
  const keyRange =
    probe.mergeKey && hasSheet(discovery, KEY_SHEET)
      ? wb.worksheets.getItem(KEY_SHEET).getRangeByIndexes(0, 0, KEY_ROWS, 2).load("values")
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

  // Second sync: the ledger's computed values and number formats where they matter, 责任分解, the rounds' sheets.
  const ledger = used.get(SHEETS.ledger);
  const extra = ledger && !ledger.isNullObject ? ledgerDetails(context, ledger) : null;
  if (hasSheet(discovery, SHEETS.assignments)) {
    const r = wb.worksheets.getItem(SHEETS.assignments).getUsedRangeOrNullObject(true);
    used.set(SHEETS.assignments, r.load("rowIndex,columnIndex,formulas"));
  }
  for (const name of ROUND_SHEET_NAMES) {
    if (!hasSheet(discovery, name)) continue;
    const r = wb.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.set(name, r.load("rowIndex,columnIndex,values,formulas"));
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
    ...(probe.mergeKey ? { keyCells: keyRange ? (keyRange.values as unknown[][]) : null } : {}),
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
