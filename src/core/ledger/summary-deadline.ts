/**
 * The 部门汇总 columns after the status groups: per department, items now 逾期 and 临期 (all roles, counted
 * once per item as the groups are). They count the ledger itself — rows whose department column holds a role
 * mark and whose 时限状态 says the mark — rather than a per-assignment lookup on 责任分解, which would add a
 * formula per item × department (too much for a 3,000-item ledger's writes).
 */
import { DEADLINE_MARKS, NAMES } from "./constants";
import { CellValue } from "./types";

export interface SummaryExtraColumn {
  header: string;
  /** The group header above it (consecutive columns of one group share a merged cell). */
  group: string;
  /** The formula of a department's row, given its column of the ledger body (e.g. '台账'!$G$6:$G$35). */
  department: (ledgerColumn: string) => CellValue;
  /** The formula of the total row (counted by item). */
  total: () => CellValue;
}

export const SUMMARY_EXTRA_TITLE = "时限（全部事项）";

function markColumn(mark: string): SummaryExtraColumn {
  return {
    header: mark,
    group: SUMMARY_EXTRA_TITLE,
    department: (ledgerColumn) => ({
      formula: `COUNTIFS(${ledgerColumn},"<>",${NAMES.ledgerDeadline},"${mark}")`,
    }),
    total: () => ({ formula: `COUNTIF(${NAMES.ledgerDeadline},"${mark}")` }),
  };
}

export const SUMMARY_EXTRA_COLUMNS: readonly SummaryExtraColumn[] = [
  markColumn(DEADLINE_MARKS.overdue),
  markColumn(DEADLINE_MARKS.near),
];
