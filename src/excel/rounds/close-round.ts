/**
 * 结束本轮 in two syncs, however many items (issue 14's budget: a snapshot of 3,000 tasks in ≤ 2): one read —
 * the ledger table's cells, the status list, the rounds' records and where 进展记录 ends — and one write —
 * the snapshot appended to 进展记录, the records, TZ_Previous and 报送情况's header, each made by the same
 * core builders the full update uses (core/rounds). Null when something it needs is missing (a sheet or the
 * table gone, a header renamed): the caller then closes through the full update, which repairs.
 */
import {
  DATE_FIELDS,
  DEFAULT_NEAR_DAYS,
  FILLED_FIELDS,
  META_LABELS,
  SETTINGS_LAYOUT,
  SHEETS,
  TABLES,
  type FilledField,
} from "../../core/ledger/constants";
import { CellValue, FilledRow } from "../../core/ledger/types";
import { Plan } from "../../core/plan/types";
import { historySheet, HISTORY_LAYOUT } from "../../core/rounds/history-sheet";
import { closeRound } from "../../core/rounds/operations";
import { previousSheet } from "../../core/rounds/previous-sheet";
import { ROUND_SHEETS } from "../../core/rounds/constants";
import { roundsFromCells } from "../../core/rounds/read-cells";
import { statusSheet, roundsDataSheet } from "../../core/rounds/status-sheet";
import { Round } from "../../core/rounds/types";
import { mapColumns } from "../../core/validation/columns";
import { itemNumber } from "../../core/validation/normalise";
import { toInput } from "../apply/cells";
import { LedgerError } from "../ledger-error";
import { statusBlockRange, statusesOf, toGridRows } from "../ledger-grid";
import { officeCode } from "../office-code";
import { officePlain } from "./read";

const DATE_SET = new Set<string>(DATE_FIELDS);

export async function closeRoundQuickly(
  context: Excel.RequestContext,
  plan: Plan,
  today: string,
): Promise<Round | null> {
  const wb = context.workbook;
  const table = wb.tables.getItem(TABLES.ledger);
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("values");
  const settings = statusBlockRange(context);
  const meta = metaBlockRange(context);
  const data = wb.worksheets.getItem(ROUND_SHEETS.data).getUsedRange(true).load("values");
  const log = wb.worksheets.getItem(ROUND_SHEETS.history).getUsedRange(true).load("rowIndex,rowCount");
  wb.worksheets.getItem(ROUND_SHEETS.status).load("name");
  wb.worksheets.getItem(ROUND_SHEETS.previous).load("name");
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") return null;
    throw error;
  }
  const grid = {
    sheet: SHEETS.ledger,
    headerRow: header.rowIndex + 1,
    firstCol: header.columnIndex + 1,
    headers: header.values[0].map((v) => String(v ?? "")),
    body: toGridRows(body.values),
  };
  const columns = mapColumns(grid, plan);
  if (columns.findings.length > 0 || !columns.fields.has("no")) return null;
  const filled: Record<number, FilledRow> = {};
  const noCol = columns.fields.get("no") as number;
  for (const row of body.values) {
    const no = itemNumber(toGridRows([row])[0][noCol] ?? null);
    if (no === null || filled[no]) continue;
    const cells = FILLED_FIELDS.map((f: FilledField) => {
      const col = columns.fields.get(f);
      return [f, col === undefined ? null : officePlain(row[col], DATE_SET.has(f))];
    });
    filled[no] = Object.fromEntries(cells) as unknown as FilledRow;
  }
  const statuses = statusesOf(settings);
  const current = roundsFromCells(data.values, null, officePlain);
  const result = closeRound(current, plan, filled, statuses, today, nearDaysOf(meta.values));
  if (!result.ok) throw new LedgerError("general", "现在没有进行中的一轮。", "请先在“本轮”中开始新的一轮。");

  // The new snapshot rows go below what 进展记录 holds (its header row at least).
  const history = historySheet(result.state.history);
  const snapshot = history.blocks[1].values.slice(1);
  const firstRow = Math.max(log.rowIndex + log.rowCount, HISTORY_LAYOUT.headerRow) + 1;
  const sheets = wb.worksheets;
  const logSheet = sheets.getItem(ROUND_SHEETS.history);
  write(logSheet, firstRow, 1, snapshot);
  // Its date columns' format (日期, 完成时限), as the sheet's builder sets it on the body.
  for (const { range, style } of history.styles) {
    if (!style.numberFormat || range.cols !== 1 || range.row !== HISTORY_LAYOUT.firstBodyRow) continue;
    const format = style.numberFormat;
    logSheet.getRangeByIndexes(firstRow - 1, range.col - 1, snapshot.length, 1).numberFormat = snapshot.map(
      () => [format],
    );
  }
  for (const b of roundsDataSheet(result.state).blocks)
    write(sheets.getItem(ROUND_SHEETS.data), b.row, b.col, b.values);
  const previous = previousSheet(plan.items, result.state, statuses).blocks[0];
  write(sheets.getItem(ROUND_SHEETS.previous), previous.row, previous.col, previous.values);
  const status = statusSheet(plan, result.state).blocks[1];
  write(sheets.getItem(ROUND_SHEETS.status), status.row, status.col, status.values);
  await context.sync();
  return result.round;
}

/** 设置's metadata labels and values (I:J), where 临期天数 is. */
function metaBlockRange(context: Excel.RequestContext): Excel.Range {
  const T = SETTINGS_LAYOUT;
  return context.workbook.worksheets
    .getItem(SHEETS.settings)
    .getRangeByIndexes(0, T.metaLabelCol - 1, 60, 2)
    .load("values");
}

/** 临期天数 as set on 设置 (a whole number of days ≥ 0), else the default — as the full update reads it. */
function nearDaysOf(values: unknown[][]): number {
  const line = values.find((l) => String(l[0] ?? "").replace(/\s+/g, "") === META_LABELS.nearDays);
  const near = line?.[1];
  const days = typeof near === "number" ? near : typeof near === "string" ? Number(near.trim()) : NaN;
  return near !== "" && Number.isInteger(days) && days >= 0 ? days : DEFAULT_NEAR_DAYS;
}

/** One 2-D write (constant cells; dates as serials, as the full writer writes them). */
function write(sheet: Excel.Worksheet, row: number, col: number, values: CellValue[][]): void {
  if (values.length === 0) return;
  sheet.getRangeByIndexes(row - 1, col - 1, values.length, values[0].length).values = values.map((line) =>
    line.map((v) => toInput(v) ?? ""),
  );
}
