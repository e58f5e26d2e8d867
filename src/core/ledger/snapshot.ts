/** What a ledger file holds, read back as plain data: the cells people filled in, by 序号. */
import { isBlank } from "../util/blank";
import { StatusDef } from "../status/statuses";
import { FilledField } from "./constants";
import { FilledRow, UnplacedRow } from "./types";
import type { AddedCell } from "./added-columns";

export type LedgerIssueKind =
  | "not-xlsx"
  | "no-ledger-sheet"
  | "no-header"
  | "missing-column"
  | "renamed-column"
  | "duplicate-no"
  | "bad-no"
  | "row-without-no"
  | "no-settings"
  | "format-version"
  | "added-column";

export interface LedgerIssue {
  kind: LedgerIssueKind;
  /** Chinese, for people. */
  message: string;
  sheet: string | null;
  /** 1-based sheet row, if any. */
  row: number | null;
}

/** Like ParseResult, with ledger issues; `value` is null when the file is not a ledger at all. */
export interface LedgerReadResult {
  value: LedgerSnapshot | null;
  issues: LedgerIssue[];
}

export interface SnapshotRow {
  /** 序号, or null when the row has none (or an unreadable one) but holds typed content. */
  no: number | null;
  task: string;
  values: FilledRow;
  /** Where it was in the file (1-based). */
  sheetRow: number;
  /** The 责任部门 cell as the file has it (null when the file has no such column): corrections are read from it. */
  departments?: string | null;
  /** Filled-in cells holding a formula, as "=…" text (`values` has their cached results). Never executed. */
  formulas?: Partial<Record<FilledField, string>>;
  /** Cells of columns a person added (备注, a second 进展情况…), in sheet order; see added-columns.ts. */
  added?: AddedCell[];
}

export interface LedgerSnapshot {
  formatVersion: number | null;
  planId: string | null;
  planTitle: string | null;
  copyDepartment: string | null;
  /** The file's own status list (empty if its settings sheet is gone). */
  statuses: StatusDef[];
  rows: SnapshotRow[];
  /** Rows already on a 未能对应的内容 sheet (from an earlier regeneration): carried again, never dropped. */
  unplaced: UnplacedRow[];
  /**
   * Filled-in fields whose header the file lacks: deleted or renamed beyond recognition (not "blank"), or
   * renamed but placed by their neighbours (then also in `renamedFields`, and their values are read).
   */
  missingFields?: FilledField[];
  /** Filled-in fields found by their position because their header was changed (core/ledger/header-match.ts). */
  renamedFields?: FilledField[];
  /**
   * The master's merge key (its veryHidden TZ_Key sheet, core/ledger/key-sheet.ts), when the host read it: null
   * when the workbook has none (or a damaged one); absent when the reader does not look for it.
   */
  mergeKey?: string | null;
}

export function isEmptyFilled(row: FilledRow): boolean {
  // A cell of only spaces is kept as typed when its row is placed, but does not make a row worth placing.
  return Object.values(row).every((v) => isBlank(v));
}
