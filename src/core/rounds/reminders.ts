/**
 * Where the current round stands, for `taizhang round status` and the pane's 本轮 panel: who reported when,
 * who has not (with the 联系人 they wrote on their own rows), and the 催报名单 as text to paste into a message.
 */
import { LedgerSnapshot } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { contactsOf, notReported } from "./operations";
import { Round, RoundReturn, RoundsState } from "./types";

export interface MissingDepartment {
  department: string;
  /** 联系人 from the department's own rows, each once; empty when none was written. */
  contacts: string[];
}

export interface RoundReport {
  /** The open round, else the last; null when the workbook has none. */
  round: Round | null;
  /** Its returned copies, in the order recorded. */
  reported: RoundReturn[];
  missing: MissingDepartment[];
}

/** The round to report on: the open one, else the last. */
export function currentRound(state: RoundsState): Round | null {
  return state.rounds.find((r) => r.closedAt === null) ?? state.rounds[state.rounds.length - 1] ?? null;
}

export function roundReport(plan: Plan, snapshot: LedgerSnapshot, state: RoundsState): RoundReport {
  const round = currentRound(state);
  if (!round) return { round: null, reported: [], missing: [] };
  return {
    round,
    reported: state.returns.filter((r) => r.round === round.name),
    missing: notReported(state, plan, round).map((department) => ({
      department,
      contacts: contactsOf(plan, snapshot, department),
    })),
  };
}

/** One line per department not reported: `部门<TAB>联系人：…` (ready to paste). */
export function reminderLines(missing: readonly MissingDepartment[]): string[] {
  return missing.map(
    (m) => `${m.department}\t联系人：${m.contacts.length > 0 ? m.contacts.join("；") : "（台账中未填写）"}`,
  );
}
