/**
 * The pane's user-facing text. Chinese (zh-CN) is the default; English (en-US) when Office's display language
 * starts with "en". Both dictionaries implement `Messages`, so the compiler and a parity test keep them complete.
 */
import type { ApplyReport, LedgerErrorCode, MergeWriteReport, SummaryReport } from "../../excel/api";
import type { MergeOutcome } from "../../core/merge/types";
import type { Finding, FindingKind, Normalisation } from "../../core/validation/types";

export type Locale = "zh-CN" | "en-US";

export interface Messages {
  appLabel: string;
  defaultTitle: string;
  loadingLedger: string;
  starting: string;
  /** Office.onReady is taking long: how long so far and what to do. */
  startingSlow: (seconds: number) => string;
  noLedgerTitle: string;
  noLedgerBody: string;
  progress: (done: number, total: number) => string;
  progressLabel: string;
  statusCounts: string;
  invalidStatusItems: (count: number) => string;
  /** The pane's tabs. */
  tabsLabel: string;
  tabLedger: string;
  tabSummary: string;
  tabShare: string;
  tabImport: string;
  tabRound: string;
  /** 汇总 before there is a ledger. */
  summaryEmpty: string;
  /** 分发与合并 before there is a ledger. */
  shareEmpty: string;
  roundEmpty: string;
  actionsHeading: string;
  createOrUpdate: string;
  validate: string;
  refreshSummary: string;
  departmentLabel: string;
  allDepartments: string;
  busy: string;
  /** While a part of the pane is being loaded (not a command running). */
  loading: string;
  dismiss: string;
  applyResult: (report: ApplyReport) => string;
  summaryResult: (report: SummaryReport) => string;
  filterResult: (department: string | null) => string;
  validateResult: (findings: number, normalisations: number) => string;
  normaliseResult: (count: number) => string;
  normaliseTitle: string;
  validationHeading: string;
  findingGroup: (kind: FindingKind, count: number) => string;
  findingLine: (finding: Finding) => string;
  goToCell: (address: string) => string;
  normalisationsHeading: (count: number) => string;
  normalisationLine: (change: Normalisation) => string;
  confirmNormalisations: (count: number) => string;
  overviewHeading: string;
  chartLabel: (departments: number) => string;
  showTable: string;
  tableCaption: string;
  departmentColumn: string;
  totalColumn: string;
  doneColumn: string;
  rateColumn: string;
  /** 逾期 per department (the 部门汇总 column of that name). */
  overdueColumn: string;
  overdueCount: (count: number) => string;
  /** Statuses not in the list and blank ones, in the chart, its legend and the table. */
  invalidOrBlankStatus: string;
  legendLabel: string;
  rate: (rate: number) => string;
  errorTitle: (code: LedgerErrorCode) => string;
  unexpectedError: string;
  unexpectedNextStep: string;
  crashTitle: string;
  crashNextStep: string;
  reload: string;
  /** A failure of the ribbon's 刷新汇总 kept for the pane (src/commands/refresh-summary.ts). */
  ribbonFailureTitle: string;
  ribbonFailure: (message: string, nextStep: string) => string;
  mergeHeading: string;
  mergeHint: string;
  mergePick: string;
  mergeFileLabel: string;
  mergeReading: (files: number) => string;
  mergeRefusedTitle: string;
  mergeFailedTitle: string;
  mergeSummary: (copies: number, counts: Record<MergeOutcome, number>, conflicts: number) => string;
  mergeCounts: (counts: Record<MergeOutcome, number>) => string;
  mergeOutcome: (outcome: MergeOutcome, count: number) => string;
  mergeNotes: string;
  mergeConflictsHeading: (count: number) => string;
  mergeConfirm: (cells: number) => string;
  mergeNothingToWrite: string;
  mergeCancel: string;
  mergeClose: string;
  mergeWritten: (report: MergeWriteReport, conflicts: number) => string;
  distributeHeading: string;
  distributeHint: string;
  distributeDepartment: string;
  distributeChoose: string;
  distributeDownload: string;
  distributeDone: (fileName: string, items: number) => string;
  /** The workbook has no merge key (an older ledger): the copy is not sealed. */
  distributeUnsealed: string;
  distributeFailedTitle: string;
  outsideTitle: string;
  outsideReason: (reason: OutsideReason, host: string | null) => string;
  outsideWeb: string;
  outsideDesktop: string;
}

export type OutsideReason = "no-office" | "other-host";

export const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
