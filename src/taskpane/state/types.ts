/** The pane's state, as plain data. Text is produced from it at render time (so the language can change). */
import type { ApplyReport, LedgerErrorCode, MergeWriteReport, SummaryReport } from "../../excel/api";
import type { Overview } from "../../core/overview/types";
import type { ValidationReport } from "../../core/validation/types";

/** Things the person starts from the pane; one runs at a time (Excel batches would otherwise interleave). */
export type CommandKind = "apply" | "validate" | "summary" | "filter" | "normalise" | "merge";

/** Where an error came from: a command, or the pane's own background work. */
export type ErrorSource = CommandKind | "overview" | "select" | "watch";

export type CommandResult =
  | { kind: "apply"; report: ApplyReport }
  | { kind: "summary"; report: SummaryReport }
  | { kind: "filter"; department: string | null }
  | { kind: "validate"; report: ValidationReport }
  | { kind: "normalise"; count: number }
  | { kind: "merge"; report: MergeWriteReport; conflicts: number };

export interface PaneError {
  source: ErrorSource;
  code: LedgerErrorCode;
  /** The adapter's Chinese message; null for an unexpected error (the pane says something generic). */
  message: string | null;
  nextStep: string | null;
}

export type OverviewState =
  { status: "loading" } | { status: "ready"; overview: Overview | null } | { status: "failed" };

export interface PaneState {
  busy: CommandKind | null;
  /** The last command's result (shown as a message until dismissed or replaced). */
  result: CommandResult | null;
  error: PaneError | null;
  overview: OverviewState;
  /** The latest validation report (from 校验 or from watching the sheet); null before the first one. */
  validation: ValidationReport | null;
  /** The department the ledger is filtered to; null = 全部部门. */
  department: string | null;
}

export type PaneAction =
  | { type: "command-started"; command: CommandKind }
  | { type: "command-succeeded"; result: CommandResult }
  | { type: "failed"; error: PaneError }
  | { type: "overview-loading" }
  | { type: "overview-loaded"; overview: Overview | null }
  | { type: "validation-changed"; report: ValidationReport }
  | { type: "dismiss-result" }
  | { type: "dismiss-error" };
