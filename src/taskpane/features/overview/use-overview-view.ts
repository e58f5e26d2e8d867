import { useMemo, useState } from "react";
import type { Overview } from "../../../core/overview/types";
import { chartLegend, departmentBars, type DepartmentBar, type LegendEntry } from "./bars";

export interface OverviewView {
  bars: DepartmentBar[];
  legend: LegendEntry[];
  showTable: boolean;
  toggleTable(): void;
}

export function useOverviewView(overview: Overview): OverviewView {
  const [showTable, setShowTable] = useState(false);
  const bars = useMemo(() => departmentBars(overview), [overview]);
  const legend = useMemo(() => chartLegend(overview, bars), [overview, bars]);
  return { bars, legend, showTable, toggleTable: () => setShowTable((value) => !value) };
}
