/** Counting items per department and status, independently of Excel, and reading the host's pivot cells. */
import { Plan } from "../../src/core/plan/types";
import { ExcelHost } from "../../src/testing/excel-host";
import { PIVOT_NAME } from "../../src/excel/summary";

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

/** The PivotTable's body as department → status → count (grand totals left out). */
export function pivotCounts(host: ExcelHost): Counts {
  const pivot = host.workbook.pivots().find((p) => p.name === PIVOT_NAME);
  if (!pivot) throw new Error("no PivotTable");
  const cells = pivot.cells;
  const head = cells.findIndex((row) => row[0] === "行标签");
  const statuses = cells[head].slice(1, -1).map(String);
  const out: Counts = {};
  for (const row of cells.slice(head + 1)) {
    if (row[0] === "总计") break;
    const dept = String(row[0]);
    statuses.forEach((s, i) => {
      const v = row[i + 1];
      if (typeof v === "number" && v !== 0) (out[dept] = out[dept] ?? {})[s] = v;
    });
  }
  return out;
}
