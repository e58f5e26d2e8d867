import type { DepartmentProgress, Overview } from "../../../core/overview/types";

export interface BarSegment {
  status: string;
  count: number;
  /** Share of the department's items, 0..1. */
  share: number;
  /** The status's fill colour from the workbook; null for statuses not in the list. */
  fill: string | null;
}

export interface DepartmentBar {
  name: string;
  total: number;
  done: number;
  rate: number;
  segments: BarSegment[];
}

/**
 * One stacked bar per department, segments in the workbook's status order; counts under statuses not in the
 * list are gathered into one trailing segment (status "", fill null) so a bar always adds up to its total.
 */
export function departmentBars(overview: Overview): DepartmentBar[] {
  const known = new Set(overview.byStatus.map((s) => s.name));
  return overview.departments.map((department) => toBar(department, overview, known));
}

function toBar(department: DepartmentProgress, overview: Overview, known: Set<string>): DepartmentBar {
  const total = department.total;
  const share = (count: number): number => (total > 0 ? count / total : 0);
  const segments: BarSegment[] = overview.byStatus
    .map((status) => {
      const count = department.byStatus[status.name] ?? 0;
      return { status: status.name, count, share: share(count), fill: status.fill };
    })
    .filter((segment) => segment.count > 0);
  const other = Object.entries(department.byStatus)
    .filter(([name]) => !known.has(name))
    .reduce((sum, [, count]) => sum + count, 0);
  if (other > 0) segments.push({ status: "", count: other, share: share(other), fill: null });
  return { name: department.name, total, done: department.done, rate: department.rate, segments };
}
