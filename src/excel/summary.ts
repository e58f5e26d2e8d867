/**
 * The per-department PivotTable (ExcelApi 1.8) on a sheet of its own, 部门透视: departments as rows, statuses
 * as columns, the sums of 计数 (事项数) and of 逾期 (逾期数) as values (an item counts once per department even
 * where the department holds two roles), 职责 as a filter, grand totals on. Two data hierarchies put Excel's
 * Σ Values field under the statuses, so each status shows 事项数 and 逾期数, and the grand total column pair
 * ends with 逾期数汇总: 逾期 per department, as 部门汇总's 逾期 column counts it (issue 14). Created once,
 * refreshed in place afterwards (one without 逾期数, from before, is created again); nothing else is touched. Its own sheet, because the formula summary on 部门汇总 grows with the status list: a PivotTable
 * beside it made every later 生成/更新台账 fail with "Cannot change part of PivotTable" once statuses were
 * added (issue 11, bug 3). A PivotTable from before (on 部门汇总) is moved: deleted and created again here.
 * Where PivotTables are not supported, the formula summary is the summary.
 */
import { ASSIGNMENT_HEADERS, SHEETS, TABLES } from "../core/ledger/constants";
import { Plan } from "../core/plan/types";
import { HostCapabilities, SummaryReport } from "./api";
import { LedgerError } from "./ledger-error";
import { noLedgerError } from "./ledger-grid";
import { discoverWorkbook, hasSheet } from "./read-ledger";
import { runExcel } from "./run";
import { officeCode } from "./office-code";

/** Name of the add-in's PivotTable (workbook-unique). */
export const PIVOT_NAME = "TZ_DeptPivot";
/** Caption of the values: items (事项) per department and status. */
export const PIVOT_VALUE_CAPTION = "事项数";
/**
 * Caption of the second values: items now 逾期 (the sum of 责任分解's 逾期 column). Not "逾期" itself: Excel
 * refuses a data field named like a field of the source.
 */
export const PIVOT_OVERDUE_CAPTION = "逾期数";

/** The PivotTable's own sheet (the add-in's; not part of the ledger the command line writes). */
export const PIVOT_SHEET = "部门透视";
/** Top-left cell of the PivotTable on its sheet (a title above it). */
export const PIVOT_ANCHOR = "A3";
const PIVOT_TITLE = "各部门事项数（数据透视表）：台账更新后，请点击“刷新汇总”更新本表。";

function missingPart(what: string): LedgerError {
  return new LedgerError(
    "not-found",
    `找不到生成汇总所需的${what}，可能已被删除或改名。`,
    "请点击“生成/更新台账”修复台账结构（已填写的内容会保留），然后再刷新汇总。",
  );
}

export function refreshSummary(_plan: Plan, capabilities: HostCapabilities): Promise<SummaryReport> {
  return capabilities.pivotTables ? refreshPivot() : checkFormulaSummary();
}

/** ExcelApi below 1.8: nothing to do but make sure there is a ledger (and its formula summary). One sync. */
function checkFormulaSummary(): Promise<SummaryReport> {
  return runExcel(async (context) => {
    const ledger = context.workbook.worksheets.getItemOrNullObject(SHEETS.ledger).load("name");
    const summary = context.workbook.worksheets.getItemOrNullObject(SHEETS.summary).load("name");
    await context.sync();
    if (ledger.isNullObject) throw noLedgerError();
    if (summary.isNullObject) throw missingPart(`“${SHEETS.summary}”工作表`);
    return { mode: "formula", created: false };
  });
}

interface Found {
  pivot: Excel.PivotTable;
  pivotSheet: Excel.Worksheet;
}

/**
 * Two syncs: find the PivotTable, then refresh it — or create it on its own sheet (moving one from before,
 * which sat beside the formula summary on 部门汇总).
 */
function refreshPivot(): Promise<SummaryReport> {
  return runExcel(async (context) => {
    const found = (await findOptimistically(context)) ?? (await findCarefully(context));
    const { pivot, pivotSheet } = found;
    if (!pivot.isNullObject && pivot.worksheet.name === PIVOT_SHEET && hasOverdue(pivot)) {
      pivot.refresh();
      await context.sync();
      return { mode: "pivot", created: false };
    }
    if (!pivot.isNullObject) pivot.delete();
    placePivot(context, !pivotSheet.isNullObject);
    await context.sync();
    return { mode: "pivot", created: true };
  });
}

/** Whether the pivot counts 逾期 (one created before issue 14 does not, and is created again). */
function hasOverdue(pivot: Excel.PivotTable): boolean {
  return pivot.dataHierarchies.items.some((d) => d.name === PIVOT_OVERDUE_CAPTION);
}

function loadPivot(context: Excel.RequestContext): Found {
  const wb = context.workbook;
  return {
    pivot: wb.pivotTables
      .getItemOrNullObject(PIVOT_NAME)
      .load("name,worksheet/name,dataHierarchies/items/name"),
    pivotSheet: wb.worksheets.getItemOrNullObject(PIVOT_SHEET).load("name"),
  };
}

/** One sync when the ledger is intact; null when something it needs is missing (ItemNotFound). */
async function findOptimistically(context: Excel.RequestContext): Promise<Found | null> {
  const wb = context.workbook;
  const found = loadPivot(context);
  wb.worksheets.getItem(SHEETS.summary).load("name");
  wb.tables.getItem(TABLES.assignments).load("name");
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") return null;
    throw error;
  }
  return found;
}

/** Says what is missing. */
async function findCarefully(context: Excel.RequestContext): Promise<Found> {
  const found = await discoverWorkbook(context);
  if (!hasSheet(found, SHEETS.ledger)) throw noLedgerError();
  if (!hasSheet(found, SHEETS.summary)) throw missingPart(`“${SHEETS.summary}”工作表`);
  if (!found.tables.some((t) => t.name === TABLES.assignments)) {
    throw missingPart(`“${SHEETS.assignments}”表格（${TABLES.assignments}）`);
  }
  const pivot = loadPivot(context);
  await context.sync();
  return pivot;
}

/**
 * Queues the PivotTable on its own sheet (added when `sheetExists` is false, with a title above the table).
 * No sync; the assignments table must exist (or be queued) before.
 */
export function placePivot(context: Excel.RequestContext, sheetExists: boolean): void {
  const sheets = context.workbook.worksheets;
  const sheet = sheetExists ? sheets.getItem(PIVOT_SHEET) : sheets.add(PIVOT_SHEET);
  if (!sheetExists) {
    const title = sheet.getRange("A1");
    title.values = [[PIVOT_TITLE]];
    title.format.font.bold = true;
  }
  createPivot(sheet, context.workbook.tables.getItem(TABLES.assignments), PIVOT_ANCHOR);
}

function createPivot(sheet: Excel.Worksheet, source: Excel.Table, anchor: string): void {
  const H = ASSIGNMENT_HEADERS;
  const pivot = sheet.pivotTables.add(PIVOT_NAME, source, sheet.getRange(anchor));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(H.department));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(H.status));
  const values = pivot.dataHierarchies.add(pivot.hierarchies.getItem(H.count));
  values.summarizeBy = Excel.AggregationFunction.sum;
  values.name = PIVOT_VALUE_CAPTION;
  const overdue = pivot.dataHierarchies.add(pivot.hierarchies.getItem(H.overdue));
  overdue.summarizeBy = Excel.AggregationFunction.sum;
  overdue.name = PIVOT_OVERDUE_CAPTION;
  pivot.filterHierarchies.add(pivot.hierarchies.getItem(H.role));
  pivot.layout.showRowGrandTotals = true;
  pivot.layout.showColumnGrandTotals = true;
}
