import { useMemo, useState } from "react";
import type { Overview } from "../../../core/overview/types";
import { departmentBars, type DepartmentBar } from "./bars";

export interface OverviewView {
  bars: DepartmentBar[];
  showTable: boolean;
  toggleTable(): void;
}

export function useOverviewView(overview: Overview): OverviewView {
  const [showTable, setShowTable] = useState(false);
  const bars = useMemo(() => departmentBars(overview), [overview]);
  return { bars, showTable, toggleTable: () => setShowTable((value) => !value) };
}
