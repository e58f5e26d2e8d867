/**
 * The contract between the task pane (and ribbon commands) and the workbook. The pane talks to Excel only
 * through an implementation of this interface (src/excel/ledger-api.ts, built on Office.js); every
 * `Excel.run` of the add-in lives in src/excel.
 */
import type { FilledField } from "../core/ledger/constants";
import type { LedgerSnapshot } from "../core/ledger/snapshot";
import type { FilledValue } from "../core/ledger/types";
import type { Overview } from "../core/overview/types";
import type { Plan, PlanIssue } from "../core/plan/types";
import type { RoundReport } from "../core/rounds/reminders";
import type { Normalisation, ValidationReport } from "../core/validation/types";

export interface HostCapabilities {
  /** ExcelApi 1.8: PivotTables. Without it the formula summary on 部门汇总 is the summary. */
  pivotTables: boolean;
  /** ExcelApi 1.8: data validation on the status column. Without it, 校验 still catches bad statuses. */
  dataValidation: boolean;
}

export type RepairKind =
  | "sheet"
  | "table"
  | "department-column"
  | "fill-column"
  | "data-validation"
  | "conditional-format"
  | "named-range"
  | "settings"
  | "rows";

export interface Repair {
  kind: RepairKind;
  /** Chinese, e.g. "补回部门列“商标局”". */
  message: string;
}

export interface ApplyReport {
  /** True when the ledger did not exist and was created. */
  created: boolean;
  /** Rows whose cells were written (0 when nothing changed). */
  rowsWritten: number;
  /** Rows whose filled-in cells were kept from what people typed. */
  rowsKept: number;
  repairs: Repair[];
}

export interface SummaryReport {
  mode: "pivot" | "formula";
  /** True when the PivotTable was created (rather than refreshed). */
  created: boolean;
}

/** One merged cell to write: the item, the field, what the merge was computed from, and the new value. */
export interface MergeCellChange {
  no: number;
  field: FilledField;
  /** What the open workbook held when the merge was computed (checked again before writing). */
  before: FilledValue;
  after: FilledValue;
}

export interface MergeWriteReport {
  /** Cells written. */
  cells: number;
  /** Items (rows) they are on. */
  items: number;
}

/** Typed errors, from Office.js errors or the ledger's state, with a Chinese message and a next step. */
export type LedgerErrorCode =
  | "cell-edit-mode"
  | "not-found"
  | "protected"
  | "no-ledger"
  | "unsupported"
  | "too-large"
  | "other-plan"
  | "general";

/** A plan to write (导入计划), with what its reader could not settle (listed on the 待确认 sheet). */
export interface PlanInput {
  plan: Plan;
  issues?: readonly PlanIssue[];
}

/** Where the plan the add-in works from came from. */
export type PlanSource = "workbook" | "bundled" | "given";

export interface CurrentPlan {
  plan: Plan;
  /** workbook: its plan sheet; bundled: no plan in the workbook (the 2019 sample); given: the caller's. */
  source: PlanSource;
  /** What was wrong with the workbook's plan sheet (then `plan` is the bundled one). */
  issues: PlanIssue[];
}

export interface LedgerApi {
  capabilities(): HostCapabilities;
  /**
   * Creates or updates the ledger. With `input`, writes that plan (an imported one) and works from it
   * afterwards; without, the plan the workbook already follows.
   */
  createOrUpdate(input?: PlanInput): Promise<ApplyReport>;
  validate(): Promise<ValidationReport>;
  /** Writes the proposals only if every target cell still holds `from` (else nothing, LedgerError); 2 syncs. */
  applyNormalisations(changes: Normalisation[]): Promise<number>;
  refreshSummary(): Promise<SummaryReport>;
  /** Filters the ledger table to one department's items; null clears the filter. */
  filterByDepartment(department: string | null): Promise<void>;
  /** Null when the workbook has no ledger yet. */
  readOverview(): Promise<Overview | null>;
  /** Selects a cell such as "台账!Q7" in Excel. */
  selectAddress(address: string): Promise<void>;
  /**
   * Re-validates changed rows and stamps 更新时间 while the pane is open; returns an unsubscribe function.
   * `onError` hears each failed re-check (a LedgerError); the watch keeps running.
   */
  watchLedger(
    onChange: (report: ValidationReport) => void,
    onError?: (error: unknown) => void,
  ): Promise<() => Promise<void>>;
  /**
   * Reads which plan the workbook carries (two syncs, once: cached until a createOrUpdate writes another).
   * Every method that needs the plan loads it first.
   */
  loadPlan(): Promise<CurrentPlan>;
  /** The plan the workbook is checked and merged against, as last loaded (the bundled plan before). */
  plan(): Plan;
  /** What people filled in the open ledger, by 序号 (the master of a merge). Throws "no-ledger" without one. */
  readSnapshot(): Promise<LedgerSnapshot>;
  /**
   * Writes merged cells, all or nothing: throws (writing nothing) when a row or column is missing or a cell no
   * longer holds `before`. One sync to read, one to write.
   */
  applyMerge(changes: readonly MergeCellChange[]): Promise<MergeWriteReport>;
  /** 本轮: the current reporting round, who reported and who has not (with contacts). */
  readRoundReport(): Promise<RoundReport>;
  /** 开始新一轮 (name, due yyyy-mm-dd): an update of the ledger that keeps everything typed. */
  startRound(name: string, due: string): Promise<ApplyReport>;
  /** 结束本轮: every item's filled-in cells go to 进展记录. */
  closeRound(): Promise<ApplyReport>;
}
