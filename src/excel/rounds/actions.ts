/**
 * The pane's 本轮 panel on Office.js, each one Excel.run: where the current round stands (read), 开始新一轮 and
 * 结束本轮 (an update of the ledger with the core's startRound / closeRound, as `taizhang round` does on a
 * file — the same operations on the same records, written by the same update that keeps what people typed).
 */
import { SHEETS } from "../../core/ledger/constants";
import { closeRound, startRound } from "../../core/rounds/operations";
import { RoundReport, roundReport } from "../../core/rounds/reminders";
import { Plan } from "../../core/plan/types";
import type { HostCapabilities } from "../api";
import { ApplyResult, applyLedger } from "../apply";
import { locateLedger } from "../apply/locate";
import { snapshotFromState } from "../apply/snapshot";
import { LedgerError } from "../ledger-error";
import { noLedgerError } from "../ledger-grid";
import { hasSheet, readLedger, readSettings } from "../read-ledger";
import { runExcel } from "../run";
import { closeRoundQuickly } from "./close-round";
import { roundsFromState } from "./read";

/** The current round, who reported and who has not (with contacts). Three syncs. */
export function readRoundReport(plan: Plan): Promise<RoundReport> {
  return runExcel(async (context) => {
    const state = await readLedger(context);
    if (!hasSheet(state, SHEETS.ledger)) throw noLedgerError();
    const loc = locateLedger(
      state,
      plan.departments.map((d) => d.name),
    );
    const snapshot = snapshotFromState(state, loc, readSettings(state));
    return roundReport(plan, snapshot, roundsFromState(state));
  });
}

/** yyyy-mm-dd of a moment, in the local calendar (the day the person sees). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface RoundActionOptions {
  capabilities: HostCapabilities;
  now?: () => Date;
}

/** 开始新一轮: name and due date (yyyy-mm-dd); refused (LedgerError, nothing written) while one is open. */
export function startRoundInWorkbook(
  plan: Plan,
  name: string,
  due: string,
  options: RoundActionOptions,
): Promise<ApplyResult> {
  const today = localDay((options.now ?? (() => new Date()))());
  return applyLedger(plan, {
    ...options,
    rounds: (current) => {
      const open = current.rounds.find((r) => r.closedAt === null);
      if (open) throw openRoundError(open.name);
      return startRound(current, name, due, today);
    },
  });
}

/** 结束本轮: every item's filled-in cells go to 进展记录; refused when no round is open. One Excel.run when whole. */
export async function closeRoundInWorkbook(plan: Plan, options: RoundActionOptions): Promise<ApplyResult> {
  const today = localDay((options.now ?? (() => new Date()))());
  // Two syncs when the workbook is whole (close-round.ts); else the full update, which repairs as it closes.
  const quick = await runExcel((context) => closeRoundQuickly(context, plan, today));
  if (quick)
    return { created: false, rowsWritten: 0, rowsKept: 0, repairs: [], notes: [], syncs: 2, round: quick };
  return applyLedger(plan, {
    ...options,
    rounds: (current, p, filled, statuses, nearDays) => {
      if (!current.rounds.some((r) => r.closedAt === null)) {
        throw new LedgerError("general", "现在没有进行中的一轮。", "请先在“本轮”中开始新的一轮。");
      }
      return closeRound(current, p, filled, statuses, today, nearDays);
    },
  });
}

function openRoundError(name: string): LedgerError {
  return new LedgerError(
    "general",
    `上一轮“${name}”尚未结束。`,
    "请先点“结束本轮”把它结束（各项填写内容会记入“进展记录”），再开始新的一轮。",
  );
}
