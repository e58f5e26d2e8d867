/**
 * The per-department PivotTable on 部门汇总 (ExcelApi 1.8): departments as rows, statuses as columns, the sum
 * of 计数 as values (an item counts once per department even where the department holds two roles), 职责 as
 * a filter, grand totals on. Created once at the layout's pivot anchor, refreshed in place afterwards; nothing
 * else on the sheet is touched. Where PivotTables are not supported, the formula summary is the summary.
 */
import { ASSIGNMENT_HEADERS, SHEETS, TABLES } from "../core/ledger/constants";
import { cellAddress } from "../core/ledger/a1";
import { summarySheet } from "../core/ledger/summary-sheet";
import { Plan } from "../core/plan/types";
import { StatusDef } from "../core/status/statuses";
import { HostCapabilities, SummaryReport } from "./api";
import { LedgerError } from "./ledger-error";
import { noLedgerError, statusBlockRange, statusesOf } from "./ledger-grid";
import { discoverWorkbook, hasSheet } from "./read-ledger";
import { runExcel } from "./run";

/** Name of the add-in's PivotTable (workbook-unique). */
export const PIVOT_NAME = "TZ_DeptPivot";
/** Caption of the values: items (事项) per department and status. */
export const PIVOT_VALUE_CAPTION = "事项数";

/** Top-left cell of the PivotTable for a plan and status list (right of the formula summary). */
export function pivotAnchor(plan: Plan, statuses: readonly StatusDef[]): string {
  const at = summarySheet(plan, statuses).pivotAnchor;
  return cellAddress(at.row, at.col);
}

function missingPart(what: string): LedgerError {
  return new LedgerError(
    "not-found",
    `找不到生成汇总所需的${what}，可能已被删除或改名。`,
    "请点击“生成/更新台账”修复台账结构（已填写的内容会保留），然后再刷新汇总。",
  );
}

function officeCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
  return typeof code === "string" ? code : null;
}

export function refreshSummary(plan: Plan, capabilities: HostCapabilities): Promise<SummaryReport> {
  return capabilities.pivotTables ? refreshPivot(plan) : checkFormulaSummary();
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
  statuses: readonly StatusDef[];
}

/** Two syncs: find the PivotTable (and read the status list), then refresh it or create it. */
function refreshPivot(plan: Plan): Promise<SummaryReport> {
  return runExcel(async (context) => {
    const found = (await findOptimistically(context)) ?? (await findCarefully(context));
    if (!found.pivot.isNullObject) {
      found.pivot.refresh();
      await context.sync();
      return { mode: "pivot", created: false };
    }
    const wb = context.workbook;
    createPivot(
      wb.worksheets.getItem(SHEETS.summary),
      wb.tables.getItem(TABLES.assignments),
      pivotAnchor(plan, found.statuses),
    );
    await context.sync();
    return { mode: "pivot", created: true };
  });
}

/** One sync when the ledger is intact; null when something it needs is missing (ItemNotFound). */
async function findOptimistically(context: Excel.RequestContext): Promise<Found | null> {
  const wb = context.workbook;
  const pivot = wb.pivotTables.getItemOrNullObject(PIVOT_NAME).load("name");
  wb.worksheets.getItem(SHEETS.summary).load("name");
  wb.tables.getItem(TABLES.assignments).load("name");
  const settings = statusBlockRange(context);
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") return null;
    throw error;
  }
  return { pivot, statuses: statusesOf(settings) };
}

/** Says what is missing; carries on with the default status list when only the settings sheet is gone. */
async function findCarefully(context: Excel.RequestContext): Promise<Found> {
  const found = await discoverWorkbook(context);
  if (!hasSheet(found, SHEETS.ledger)) throw noLedgerError();
  if (!hasSheet(found, SHEETS.summary)) throw missingPart(`“${SHEETS.summary}”工作表`);
  if (!found.tables.some((t) => t.name === TABLES.assignments)) {
    throw missingPart(`“${SHEETS.assignments}”表格（${TABLES.assignments}）`);
  }
  const pivot = context.workbook.pivotTables.getItemOrNullObject(PIVOT_NAME).load("name");
  const settings = hasSheet(found, SHEETS.settings) ? statusBlockRange(context) : null;
  await context.sync();
  return { pivot, statuses: statusesOf(settings) };
}

function createPivot(sheet: Excel.Worksheet, source: Excel.Table, anchor: string): void {
  const H = ASSIGNMENT_HEADERS;
  const pivot = sheet.pivotTables.add(PIVOT_NAME, source, sheet.getRange(anchor));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(H.department));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(H.status));
  const values = pivot.dataHierarchies.add(pivot.hierarchies.getItem(H.count));
  values.summarizeBy = Excel.AggregationFunction.sum;
  values.name = PIVOT_VALUE_CAPTION;
  pivot.filterHierarchies.add(pivot.hierarchies.getItem(H.role));
  pivot.layout.showRowGrandTotals = true;
  pivot.layout.showColumnGrandTotals = true;
}
