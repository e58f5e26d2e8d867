/** Counting items per department and status, independently of Excel, and reading the host's pivot cells. */
import { Plan } from "../../src/core/plan/types";
import { ExcelHost } from "../../src/testing/excel-host";
import { PIVOT_NAME, PIVOT_OVERDUE_CAPTION, PIVOT_VALUE_CAPTION } from "../../src/excel/summary";

export type Counts = Record<string, Record<string, number>>;

/** Department → status → distinct items, from the plan's assignments and each item's status. */
export function expectedCounts(plan: Plan, statusOf: (no: number) => string): Counts {
  const out: Counts = {};
  for (const item of plan.items) {
    for (const dept of new Set(item.assignments.map((a) => a.department))) {
      const status = statusOf(item.no) || "(空白)";
      out[dept] = out[dept] ?? {};
      out[dept][status] = (out[dept][status] ?? 0) + 1;
    }
  }
  return out;
}

type Cells = ReturnType<ExcelHost["workbook"]["pivots"]>[number]["cells"];

/**
 * The body columns of a rows × statuses pivot: each one's status ("总计" for the grand total) and data caption.
 * One data hierarchy: statuses on the 行标签 row, the caption top left. Several: Excel's Σ Values field under
 * the statuses — statuses on the row above 行标签 (each over its captions), "<caption>汇总" for the totals.
 */
export function pivotColumns(cells: Cells): { head: number; columns: { status: string; caption: string }[] } {
  const head = cells.findIndex((row) => row[0] === "行标签");
  const above = cells[head - 1] ?? [];
  const columns: { status: string; caption: string }[] = [];
  if (above[0] !== "" && above[0] !== null) {
    for (const s of cells[head].slice(1)) columns.push({ status: String(s), caption: String(above[0]) });
    return { head, columns };
  }
  let status = "";
  cells[head].slice(1).forEach((caption, i) => {
    const top = above[i + 1];
    if (caption === "" || caption === null) {
      columns.push({ status: "总计", caption: String(top).replace(/汇总$/, "") });
      return;
    }
    if (top !== "" && top !== null && top !== undefined) status = String(top);
    columns.push({ status, caption: String(caption) });
  });
  return { head, columns };
}

function pivotOf(host: ExcelHost) {
  const pivot = host.workbook.pivots().find((p) => p.name === PIVOT_NAME);
  if (!pivot) throw new Error("no PivotTable");
  return pivot;
}

/** The PivotTable's 事项数 as department → status → count (grand totals left out). */
export function pivotCounts(host: ExcelHost): Counts {
  const cells = pivotOf(host).cells;
  const { head, columns } = pivotColumns(cells);
  const out: Counts = {};
  for (const row of cells.slice(head + 1)) {
    if (row[0] === "总计") break;
    const dept = String(row[0]);
    columns.forEach(({ status, caption }, i) => {
      if (status === "总计" || caption !== PIVOT_VALUE_CAPTION) return;
      const v = row[i + 1];
      if (typeof v === "number" && v !== 0) (out[dept] = out[dept] ?? {})[status] = v;
    });
  }
  return out;
}

/** The PivotTable's grand-total 逾期数 per department. */
export function pivotOverdue(host: ExcelHost): Map<string, number> {
  const cells = pivotOf(host).cells;
  const { head, columns } = pivotColumns(cells);
  const j = columns.findIndex((c) => c.status === "总计" && c.caption === PIVOT_OVERDUE_CAPTION);
  if (j < 0) throw new Error("no 逾期数 total column");
  const out = new Map<string, number>();
  for (const row of cells.slice(head + 1)) {
    if (row[0] === "总计") break;
    out.set(String(row[0]), Number(row[j + 1] || 0));
  }
  return out;
}
