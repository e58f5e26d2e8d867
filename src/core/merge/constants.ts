/** Names and texts of the merge: the report sheet, the hidden baseline sheet of a department's copy. */
import { LEDGER_COLUMNS, LedgerColumnDef } from "../ledger/constants";

/** The sheet the merge adds to the merged master. */
export const REPORT_SHEET = "合并报告";

/**
 * The veryHidden sheet of a department's copy: the filled-in values of every item at send-out time, so a
 * merge can tell what the department changed (and what the office changed meanwhile).
 */
export const BASELINE_SHEET = "TZ_Baseline";

/** Metadata labels in the baseline sheet's first rows (column A label, column B value). */
export const BASELINE_META = {
  planId: "计划标识",
  department: "本表所属部门",
  sentAt: "发出时间",
  round: "报送轮次",
  /** HMAC under the master's merge key (seal.ts); absent in copies sent by older versions. */
  seal: "校验码",
} as const;

/** Baseline table header: 序号 then the fields it keeps (BASELINE_FIELDS) in sheet order. */
export const BASELINE_LAYOUT = { metaRow: 1, headerRow: 7, firstBodyRow: 8 } as const;

/** The fields a merge takes from a copy and compares (更新时间 follows the row): `merged` in LEDGER_COLUMNS. */
export type MergeField = Extract<LedgerColumnDef, { merged: true }>["field"];
export const MERGE_FIELDS: readonly MergeField[] = LEDGER_COLUMNS.filter((c) => c.merged).map(
  (c) => c.field as MergeField,
);

export const MERGE_COLORS = {
  conflict: "#F8CBAD",
  own: "#FFF2CC",
  report: "#C55A11",
} as const;
