/** The merge as plain data: returned copies in, merged filled-in values and a report out. */
import { FilledField } from "../ledger/constants";
import { LedgerSnapshot } from "../ledger/snapshot";
import { FilledRow, FilledValue, UnplacedRow } from "../ledger/types";
import { MergeField } from "./constants";
import type { MergeHints } from "./hints";

/** What a department's copy held when it was sent out (its hidden baseline sheet). */
export interface CopyBaseline {
  planId: string | null;
  department: string | null;
  /** ISO date-time, or null. */
  sentAt: string | null;
  /** The reporting round it was sent for (null: none recorded). */
  round?: string | null;
  /** Filled-in values at send-out, by 序号. */
  rows: Record<number, FilledRow>;
  /** HMAC of the above under the master's merge key (core/merge/seal.ts); null/absent: unsealed (older copy). */
  seal?: string | null;
}

/** One returned copy as read from its file. */
export interface ReturnedCopy {
  /** File name, as shown in the report. */
  name: string;
  snapshot: LedgerSnapshot;
  /** Null/absent: the copy has no baseline sheet; the master's current values stand in for it. */
  baseline?: CopyBaseline | null;
  /** Filled-in fields whose column the copy lacks (deleted): never read as "cleared". */
  missingFields?: readonly FilledField[];
  /**
   * Why its baseline cannot be trusted (unsealed, or the master has no key): it is then merged as a copy
   * without a baseline (never over the master's content) and this note replaces the "baseline deleted" one.
   */
  baselineDoubt?: string;
}

/**
 * What happened to one cell of one copy: taken into the master; skipped (not this department's item,
 * nothing to do); rejected (invalid or unplaceable: a person must look); conflict (left for a person).
 */
export type MergeOutcome = "taken" | "skipped" | "rejected" | "conflict";

export const MERGE_OUTCOMES: readonly MergeOutcome[] = ["taken", "skipped", "rejected", "conflict"];

export interface MergeEvent {
  /** Index into MergeReport.copies. */
  copy: number;
  outcome: MergeOutcome;
  /** The master's item, or the copy's own 序号 when the row matches no item (null if it has none). */
  no: number | null;
  field: FilledField;
  /** The master's value before the merge (null when the row matches no item). */
  before: FilledValue;
  /** The copy's value, as typed. */
  value: FilledValue;
  /** The master's value after the merge. */
  after: FilledValue;
  /** Chinese, for people. */
  reason: string;
  /** Row in the copy's 台账 sheet. */
  sheetRow: number | null;
}

/** A cell changed to different values by two copies, or by a copy and the master: left unchanged. */
export interface Conflict {
  no: number;
  field: MergeField;
  /** The master's (kept) value. */
  master: FilledValue;
  /** The master itself changed the cell since the copies were sent out. */
  masterChanged: boolean;
  values: { copy: number; value: FilledValue }[];
}

export interface CopyReport {
  name: string;
  department: string | null;
  /** Number of items this copy may change (all items when it has no department). */
  items: number;
  /** Warnings about the copy as a whole (no department, no baseline, a deleted column, moved rows…). */
  notes: string[];
  counts: Record<MergeOutcome, number>;
}

export interface MergeReport {
  masterName: string;
  /** Warnings about the master. */
  notes: string[];
  copies: CopyReport[];
  /** In order: copy by copy, item by item. */
  events: MergeEvent[];
  conflicts: Conflict[];
}

/** A reason the whole merge must not happen (wrong plan, old format, unknown department…). */
export interface MergeProblem {
  file: string;
  message: string;
}

export interface MergeResult {
  /** Non-empty: nothing may be written; `filled` is then the master's own content. */
  problems: MergeProblem[];
  /** The merged master's filled-in cells by 序号 (pass as LedgerSettings.filled). */
  filled: Record<number, FilledRow>;
  /** The master's unplaced rows, kept (pass as LedgerSettings.unplaced). */
  unplaced: UnplacedRow[];
  report: MergeReport;
}

export interface MergeOptions {
  /** The master's file name, for the report. */
  masterName?: string;
  /** The host's words for the master and the next steps (default: the command line's, for masterName). */
  hints?: MergeHints;
  /**
   * The master's merge key (its TZ_Key sheet): each copy's baseline seal is checked with it; null: the master
   * has none, so no baseline can be trusted. Absent: baselines are taken as given (callers holding data, not files).
   */
  key?: string | null;
}
