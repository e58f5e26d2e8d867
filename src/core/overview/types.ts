/** Where the plan stands, computed from the workbook's cells (pure data, for the pane's header and overview). */
export interface StatusCount {
  name: string;
  count: number;
  done: boolean;
  fill: string;
}

export interface DepartmentProgress {
  name: string;
  kind: "unit" | "placeholder";
  /** Distinct items the department is assigned to (any role). */
  total: number;
  /** Of which in a done status. */
  done: number;
  /** Items it leads. */
  lead: number;
  /** done / total, 0 when total is 0. */
  rate: number;
  byStatus: Record<string, number>;
  /** Its items whose 时限状态 is 逾期 (past the deadline, not done). */
  overdue: number;
}

export interface Overview {
  planTitle: string;
  issuer: string;
  totalItems: number;
  doneItems: number;
  byStatus: StatusCount[];
  departments: DepartmentProgress[];
  /** Items whose status is not in the list (counted separately so totals still add up). */
  invalidStatusItems: number;
  /** Items whose 时限状态 is 逾期. */
  overdueItems: number;
}
