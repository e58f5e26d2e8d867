/**
 * The merge, for the CLI and the task pane: send a department its copy (buildCopySpec), merge returned
 * copies into the master (runMerge: the one orchestration -> mergeLedgers -> buildMergedSpec), report
 * (reportLines, eventLine, conflictLine / the 合并报告 sheet), in each host's words (MergeHints).
 * Reading and writing is the hosts' job: files in src/xlsx/merge/merge-files.ts (mergeLedgerFiles), the open
 * workbook in src/taskpane/features/merge/prepare-merge.ts and src/excel.
 */
export { buildCopySpec } from "./copy-spec";
export type { CopySettings, CopySpecResult } from "./copy-spec";
export { departmentNames, findDepartment, itemsOf, unknownDepartmentMessage } from "./department";
export { copyLabel, mergeLedgers } from "./merge";
export { buildMergedSpec } from "./merged-spec";
export { conflictLine, eventLine, eventsByOutcome, refusedLines, reportLines, totals } from "./report-text";
export { commandLineHints } from "./hints";
export type { MergeHints } from "./hints";
export { runMerge } from "./run-merge";
export type { HostRead, MergeCopyInput, MergeInput, MergeMaster, MergeRun } from "./run-merge";
export { BASELINE_SHEET, MERGE_FIELDS, REPORT_SHEET } from "./constants";
export type * from "./types";
