/**
 * The plan the open workbook carries (its veryHidden plan sheet, core/ledger/plan-sheet.ts), read through
 * Office.js: one sync to ask whether the sheet is there, one that reads the used range's extent and the first
 * rows, and — only for a plan too big for that — more syncs of row batches, each response ≤ READ_BUDGET_BYTES
 * (issue 10: 10,000 items are about 6 MB of pieces, over Excel on the web's 5 MB response limit in one read).
 * Never throws for a damaged sheet: that is a read with issues and no plan.
 */
import {
  PLAN_CHUNK_CHARS,
  PLAN_FIRST_CHUNK_ROW,
  PLAN_SHEET,
  PlanSheetRead,
  number,
} from "../core/ledger/plan-sheet";

/** The plan reader (restorePlan and what it brings) loads only when there is a plan sheet to read. */
const reader = () => import(/* webpackChunkName: "plan-restore" */ "../core/ledger/plan-sheet-read");

/** Response size allowed per sync: under the project's 2.5 MB (half of Excel on the web's 5 MB). */
export const READ_BUDGET_BYTES = 2_000_000;
/**
 * Response bytes of one row A:B, at worst: a piece of PLAN_CHUNK_CHARS UTF-16 units, each at most 3 bytes in
 * the response's JSON (the pieces are JSON text: no raw control characters, `"` and `\` escape to 2 bytes,
 * a CJK character is 3), plus the piece number and punctuation.
 */
const ROW_BYTES = PLAN_CHUNK_CHARS * 3 + 64;
/** Rows (columns A:B) read per sync: 20. */
export const PLAN_ROWS_PER_SYNC = Math.max(PLAN_FIRST_CHUNK_ROW, Math.floor(READ_BUDGET_BYTES / ROW_BYTES));

export async function readWorkbookPlan(context: Excel.RequestContext): Promise<PlanSheetRead> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET).load("name");
  await context.sync();
  if (sheet.isNullObject) return { found: false };
  // The used range's extent (no values) and, optimistically, the first rows: the whole plan when it is small.
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  const first = sheet.getRangeByIndexes(0, 0, PLAN_ROWS_PER_SYNC, 2).load("values");
  await context.sync();
  const { readPlanSheetCells } = await reader();
  // Only columns A:B, from A1, as the pure reader reads them.
  const rows: unknown[][] = [...first.values];
  if (!used.isNullObject) {
    // Rows the reader needs: the header's piece count says how many, the used range caps it (an edited count).
    const count = number(rows[2]?.[1]);
    const needed = count !== null && count >= 1 ? PLAN_FIRST_CHUNK_ROW - 1 + count : 0;
    await readRows(context, sheet, rows, Math.min(used.rowIndex + used.rowCount, needed));
  }
  return readPlanSheetCells(rows);
}

/** Appends rows (A:B) to `rows` until it holds `last`, PLAN_ROWS_PER_SYNC rows a sync, one sync after another. */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: unknown[][],
  last: number,
): Promise<void> {
  if (rows.length >= last) return;
  const batch = sheet
    .getRangeByIndexes(rows.length, 0, Math.min(PLAN_ROWS_PER_SYNC, last - rows.length), 2)
    .load("values");
  await context.sync();
  rows.push(...batch.values);
  return readRows(context, sheet, rows, last);
}
