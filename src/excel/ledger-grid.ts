/**
 * Reading the ledger table (header row + body) and the workbook's status list as a `LedgerGrid`, for
 * validation, the overview and live checks. Optimistic: one sync when the ledger is intact; when something
 * is missing (ItemNotFound), one sync to discover what is there and one to read what can be read.
 */
import { LEDGER_LAYOUT, SETTINGS_LAYOUT, SHEETS, TABLES } from "../core/ledger/constants";
import { StatusDef } from "../core/status/statuses";
import { GridValue, LedgerGrid } from "../core/validation/grid";
import { workbookStatuses } from "../core/validation/settings";
import { LedgerError } from "./ledger-error";
import { discoverWorkbook, hasSheet } from "./read-ledger";
import { officeCode } from "./office-code";

export interface LedgerRead {
  grid: LedgerGrid;
  statuses: readonly StatusDef[];
  /** Whether the grid comes from the TZ_Ledger table (false: from the sheet's cells, the table is gone). */
  fromTable: boolean;
}

export function noLedgerError(): LedgerError {
  return new LedgerError("no-ledger", "尚未生成台账。", "请先点击“生成/更新台账”。");
}

export function toGridValue(value: unknown): GridValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

export function toGridRows(values: unknown[][]): GridValue[][] {
  return values.map((row) => row.map(toGridValue));
}

/** The 设置 sheet's status block (below its header), loaded: read with `statusesOf` after the sync. */
export function statusBlockRange(context: Excel.RequestContext): Excel.Range {
  const T = SETTINGS_LAYOUT;
  return context.workbook.worksheets
    .getItem(SHEETS.settings)
    .getRangeByIndexes(T.firstStatusRow - 1, T.statusCol - 1, T.maxStatuses, 4)
    .load("values");
}

/** The status list of a loaded status block (the default list when there is none: no sheet, or empty). */
export function statusesOf(block: Excel.Range | null): readonly StatusDef[] {
  return workbookStatuses(block ? toGridRows(block.values) : null);
}

/** The ledger grid and status list. Throws LedgerError "no-ledger" when there is no 台账 sheet. */
export async function readLedgerGrid(context: Excel.RequestContext): Promise<LedgerRead> {
  const table = context.workbook.tables.getItem(TABLES.ledger);
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("values");
  const settings = statusBlockRange(context);
  try {
    await context.sync();
    return {
      grid: {
        sheet: SHEETS.ledger,
        headerRow: header.rowIndex + 1,
        firstCol: header.columnIndex + 1,
        headers: header.values[0].map((v) => String(v ?? "")),
        body: toGridRows(body.values),
      },
      statuses: statusesOf(settings),
      fromTable: true,
    };
  } catch (error) {
    if (officeCode(error) !== "ItemNotFound") throw error;
  }
  return readCarefully(context);
}

/** Something is missing: find out what, then read the sheet's cells from the header row down. */
async function readCarefully(context: Excel.RequestContext): Promise<LedgerRead> {
  const found = await discoverWorkbook(context);
  if (!hasSheet(found, SHEETS.ledger)) throw noLedgerError();
  const hasTable = found.tables.some((t) => t.name === TABLES.ledger && t.sheet === SHEETS.ledger);
  const settings = hasSheet(found, SHEETS.settings) ? statusBlockRange(context) : null;
  let header: Excel.Range | null = null;
  let body: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  if (hasTable) {
    const table = context.workbook.tables.getItem(TABLES.ledger);
    header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
    body = table.getDataBodyRange().load("values");
  } else {
    used = context.workbook.worksheets
      .getItem(SHEETS.ledger)
      .getUsedRangeOrNullObject(true)
      .load("values,rowIndex,columnIndex");
  }
  await context.sync();
  const statuses = statusesOf(settings);
  if (header && body) {
    const grid: LedgerGrid = {
      sheet: SHEETS.ledger,
      headerRow: header.rowIndex + 1,
      firstCol: header.columnIndex + 1,
      headers: header.values[0].map((v) => String(v ?? "")),
      body: toGridRows(body.values),
    };
    return { grid, statuses, fromTable: true };
  }
  return { grid: gridFromUsedRange(used), statuses, fromTable: false };
}

/** Without the table: the header is on the layout's header row; the body is every row below it. */
function gridFromUsedRange(used: Excel.Range | null): LedgerGrid {
  const L = LEDGER_LAYOUT;
  const empty: LedgerGrid = {
    sheet: SHEETS.ledger,
    headerRow: L.headerRow,
    firstCol: 1,
    headers: [],
    body: [],
  };
  if (!used || used.isNullObject) return empty;
  const top = used.rowIndex + 1;
  const rows = toGridRows(used.values);
  const headerAt = L.headerRow - top;
  if (headerAt < 0 || headerAt >= rows.length) return { ...empty, firstCol: used.columnIndex + 1 };
  return {
    sheet: SHEETS.ledger,
    headerRow: L.headerRow,
    firstCol: used.columnIndex + 1,
    headers: rows[headerAt].map((v) => (v === null ? "" : String(v))),
    body: rows.slice(headerAt + 1),
  };
}
