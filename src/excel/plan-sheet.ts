/**
 * The plan the open workbook carries (its veryHidden plan sheet, core/ledger/plan-sheet.ts), read through
 * Office.js: one sync to ask whether the sheet is there, one to read it. Never throws for a damaged sheet:
 * that is a read with issues and no plan.
 */
import { PLAN_SHEET, PlanSheetRead } from "../core/ledger/plan-sheet";

/** The plan reader (restorePlan and what it brings) loads only when there is a plan sheet to read. */
const reader = () => import(/* webpackChunkName: "plan-restore" */ "../core/ledger/plan-sheet-read");

export async function readWorkbookPlan(context: Excel.RequestContext): Promise<PlanSheetRead> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET).load("name");
  await context.sync();
  if (sheet.isNullObject) return { found: false };
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await context.sync();
  const { readPlanSheetCells } = await reader();
  if (used.isNullObject) return readPlanSheetCells([]);
  // Cells from A1, as the pure reader expects them.
  const rows: unknown[][] = [];
  used.values.forEach((line, i) => {
    rows[used.rowIndex + i] = [...new Array<unknown>(used.columnIndex).fill(null), ...line];
  });
  return readPlanSheetCells(Array.from(rows, (r) => r ?? []));
}
