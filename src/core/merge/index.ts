/**
 * The merge, for the CLI and the task pane: send a department its copy (buildCopySpec), merge returned
 * copies into the master (mergeLedgers -> buildMergedSpec), report (reportLines / the 合并报告 sheet).
 * Reading and writing files is the xlsx adapter's job (src/xlsx/merge/merge-files.ts: mergeLedgerFiles).
 */
export { buildCopySpec } from "./copy-spec";
export type { CopySettings, CopySpecResult } from "./copy-spec";
export { departmentNames, findDepartment, itemsOf, unknownDepartmentMessage } from "./department";
export { copyLabel, mergeLedgers } from "./merge";
export { buildMergedSpec } from "./merged-spec";
export { reportLines, totals } from "./report-text";
export { BASELINE_SHEET, MERGE_FIELDS, REPORT_SHEET } from "./constants";
export type * from "./types";
