/**
 * computeOverview: where the plan stands, from the ledger's cells (序号 and 状态 of each row), the plan (who
 * is assigned to what) and the workbook's status list; 逾期 per department from 时限状态 as its formula computed
 * it — the rows 部门汇总's 逾期 column counts. Pure.
 */
import { Plan } from "../plan/types";
import { StatusDef, isDone } from "../status/statuses";
import { mapColumns } from "../validation/columns";
import { LedgerGrid } from "../validation/grid";
import { itemNumber } from "../validation/normalise";
import { cellText, removeSpaces, trimEdges } from "../validation/text";
import { DEADLINE_MARKS, LEDGER_HEADERS } from "../ledger/constants";
import { DepartmentProgress, Overview } from "./types";

/** 状态 of each item by 序号 (first row wins); items without a row are absent. */
export function itemStatuses(grid: LedgerGrid, plan: Plan): Map<number, string> {
  const { fields } = mapColumns(grid, plan);
  return columnByItem(grid, fields.get("no"), fields.get("status"));
}

/** 时限状态 (逾期 / 临期 / "", as its formula computed it) of each item by 序号, from the column so headed. */
export function itemDeadlines(grid: LedgerGrid, plan: Plan): Map<number, string> {
  const col = grid.headers.findIndex((h) => removeSpaces(h) === LEDGER_HEADERS.deadlineState);
  return columnByItem(grid, mapColumns(grid, plan).fields.get("no"), col < 0 ? undefined : col);
}

function columnByItem(
  grid: LedgerGrid,
  noCol: number | undefined,
  col: number | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  if (noCol === undefined) return out;
  for (const row of grid.body) {
    const no = itemNumber(row[noCol] ?? null);
    if (no === null || out.has(no)) continue;
    out.set(no, col === undefined ? "" : trimEdges(cellText(row[col] ?? null)));
  }
  return out;
}

export function computeOverview(grid: LedgerGrid, plan: Plan, statuses: readonly StatusDef[]): Overview {
  return overviewFromStatuses(itemStatuses(grid, plan), plan, statuses, itemDeadlines(grid, plan));
}

/**
 * The overview given each item's status. An item whose status is not in the list — blank, or with no row at
 * all — is counted in `invalidStatusItems` (so the status counts plus it add up to the total) and, per
 * department, under its own text ("" for blank).
 */
export function overviewFromStatuses(
  byItem: ReadonlyMap<number, string>,
  plan: Plan,
  statuses: readonly StatusDef[],
  deadlines: ReadonlyMap<number, string> = new Map(),
): Overview {
  const overdue = (no: number): boolean => deadlines.get(no) === DEADLINE_MARKS.overdue;
  const names = new Set(statuses.map((s) => s.name));
  const statusOf = (no: number): string => byItem.get(no) ?? "";
  const counts = new Map<string, number>(statuses.map((s) => [s.name, 0]));
  let doneItems = 0;
  let invalidStatusItems = 0;
  for (const item of plan.items) {
    const status = statusOf(item.no);
    if (names.has(status)) counts.set(status, (counts.get(status) ?? 0) + 1);
    else invalidStatusItems++;
    if (isDone(statuses, status)) doneItems++;
  }
  return {
    planTitle: plan.title,
    issuer: plan.issuer,
    totalItems: plan.items.length,
    doneItems,
    byStatus: statuses.map((s) => ({
      name: s.name,
      count: counts.get(s.name) ?? 0,
      done: s.done,
      fill: s.fill,
    })),
    departments: departmentProgress(plan, statuses, statusOf, overdue),
    invalidStatusItems,
    overdueItems: plan.items.filter((i) => overdue(i.no)).length,
  };
}

function departmentProgress(
  plan: Plan,
  statuses: readonly StatusDef[],
  statusOf: (no: number) => string,
  overdue: (no: number) => boolean,
): DepartmentProgress[] {
  const items = new Map<string, Set<number>>();
  const leads = new Map<string, Set<number>>();
  for (const item of plan.items) {
    for (const a of item.assignments) {
      add(items, a.department, item.no);
      if (a.role === "lead") add(leads, a.department, item.no);
    }
  }
  return plan.departments.map((d) => {
    const own = [...(items.get(d.name) ?? [])];
    const byStatus: Record<string, number> = {};
    let done = 0;
    for (const no of own) {
      const status = statusOf(no);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (isDone(statuses, status)) done++;
    }
    return {
      name: d.name,
      kind: d.kind,
      total: own.length,
      done,
      lead: leads.get(d.name)?.size ?? 0,
      rate: own.length > 0 ? done / own.length : 0,
      byStatus,
      overdue: own.filter(overdue).length,
    };
  });
}

function add(map: Map<string, Set<number>>, key: string, no: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(no);
  map.set(key, set);
}
