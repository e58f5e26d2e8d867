/**
 * A change to the reporting rounds made with an update (the pane's 开始新一轮 / 结束本轮): the core operation
 * (core/rounds/operations.ts, as the command line) runs on the rounds read from the workbook and what people
 * filled in; when it refuses, nothing is written.
 */
import { FilledRow } from "../../core/ledger/types";
import { Plan } from "../../core/plan/types";
import { RoundResult } from "../../core/rounds/operations";
import { Round, RoundsState } from "../../core/rounds/types";
import { StatusDef } from "../../core/status/statuses";
import { LedgerError } from "../ledger-error";

/** The operation: the current rounds, the plan, the filled-in cells by 序号, the statuses and 临期天数. */
export type RoundsChange = (
  current: RoundsState,
  plan: Plan,
  filled: Readonly<Record<number, FilledRow>>,
  statuses: readonly StatusDef[],
  nearDays: number,
) => RoundResult;

export function changedRounds(
  current: RoundsState,
  change: RoundsChange | undefined,
  plan: Plan,
  filled: Readonly<Record<number, FilledRow>>,
  statuses: readonly StatusDef[],
  nearDays: number,
): { state: RoundsState; round: Round | null } {
  if (!change) return { state: current, round: null };
  const result = change(current, plan, filled, statuses, nearDays);
  if (!result.ok) throw new LedgerError("general", result.message, "工作簿未做任何修改。");
  return { state: result.state, round: result.round };
}
