/** Reporting rounds (报送轮次) as plain data: rounds, who returned a copy when, and the progress history. */
import { FilledField } from "../ledger/constants";
import { FilledRow, FilledValue } from "../ledger/types";

/** One round: a name, when it started, its due date and (once closed) when it closed. Dates are ISO. */
export interface Round {
  name: string;
  startedAt: string;
  due: string;
  closedAt: string | null;
}

/** A department's copy of a round came back (recorded by merge). */
export interface RoundReturn {
  round: string;
  department: string;
  /** ISO date-time the copy came back (its file's time). */
  returnedAt: string;
  late: boolean;
  file: string;
}

/** One line of 进展记录: a task's cells at a round's close, or a cell a merge changed. */
export type HistoryEntry =
  | {
      kind: "snapshot";
      round: string;
      date: string;
      no: number;
      department: string;
      values: FilledRow;
      /** 时限状态 at the close (逾期 / 临期 / ""). */
      deadline: string;
    }
  | {
      kind: "change";
      round: string;
      date: string;
      no: number;
      department: string;
      field: FilledField;
      before: FilledValue;
      after: FilledValue;
      file: string;
    };

export interface RoundsState {
  rounds: Round[];
  returns: RoundReturn[];
  history: HistoryEntry[];
}

export const NO_ROUNDS: RoundsState = { rounds: [], returns: [], history: [] };
