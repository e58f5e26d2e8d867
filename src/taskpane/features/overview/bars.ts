import type { DepartmentProgress, Overview } from "../../../core/overview/types";

/** How a segment reads: progress (a done status), still open, or a status that is not in the list / blank. */
export type SegmentTone = "done" | "open" | "invalid";

export interface BarSegment {
  /** The status's name; "" for the segment of statuses not in the list and blank ones. */
  status: string;
  count: number;
  /** Share of the department's items, 0..1. */
  share: number;
  tone: SegmentTone;
  /** The status's fill colour from the workbook; null for the invalid/blank segment. */
  fill: string | null;
}

export interface DepartmentBar {
  name: string;
  total: number;
  done: number;
  rate: number;
  /** Items whose 时限状态 is 逾期. */
  overdue: number;
  segments: BarSegment[];
}

/** One entry of the chart's legend: every status of the list, then 状态无效/未填 when a bar has any. */
export interface LegendEntry {
  status: string;
  tone: SegmentTone;
  fill: string | null;
}

/**
 * One stacked bar per department, segments in the workbook's status order; counts under statuses not in the
 * list (and blank ones) are gathered into one trailing "invalid" segment so a bar always adds up to its total.
 */
export function departmentBars(overview: Overview): DepartmentBar[] {
  const known = new Set(overview.byStatus.map((s) => s.name));
  return overview.departments.map((department) => toBar(department, overview, known));
}

export function chartLegend(overview: Overview, bars: readonly DepartmentBar[]): LegendEntry[] {
  const entries: LegendEntry[] = overview.byStatus.map((s) => ({
    status: s.name,
    tone: s.done ? "done" : "open",
    fill: s.fill,
  }));
  if (bars.some((bar) => bar.segments.some((s) => s.tone === "invalid"))) {
    entries.push({ status: "", tone: "invalid", fill: null });
  }
  return entries;
}

function toBar(department: DepartmentProgress, overview: Overview, known: Set<string>): DepartmentBar {
  const total = department.total;
  const share = (count: number): number => (total > 0 ? count / total : 0);
  const segments: BarSegment[] = overview.byStatus
    .map((status): BarSegment => {
      const count = department.byStatus[status.name] ?? 0;
      return {
        status: status.name,
        count,
        share: share(count),
        tone: status.done ? "done" : "open",
        fill: status.fill,
      };
    })
    .filter((segment) => segment.count > 0);
  const other = Object.entries(department.byStatus)
    .filter(([name]) => !known.has(name))
    .reduce((sum, [, count]) => sum + count, 0);
  if (other > 0) {
    segments.push({ status: "", count: other, share: share(other), tone: "invalid", fill: null });
  }
  return {
    name: department.name,
    total,
    done: department.done,
    rate: department.rate,
    overdue: department.overdue,
    segments,
  };
}
