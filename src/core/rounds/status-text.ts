/** `taizhang round status` as lines for people: the round, who reported when, and the 催报名单 with contacts. */
import { LedgerSnapshot } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { contactsOf, notReported } from "./operations";
import { returnText } from "./status-sheet";
import { Round, RoundsState } from "./types";

/** The round to report on: the open one, else the last. */
export function currentRound(state: RoundsState): Round | null {
  return state.rounds.find((r) => r.closedAt === null) ?? state.rounds[state.rounds.length - 1] ?? null;
}

export function statusLines(plan: Plan, snapshot: LedgerSnapshot, state: RoundsState): string[] {
  const round = currentRound(state);
  if (!round) {
    return [
      "这份总表还没有报送轮次。开始一轮：taizhang round start 总表.xlsx “2019年第三季度” --due 2019-09-25",
    ];
  }
  const back = state.returns.filter((r) => r.round === round.name);
  const missing = notReported(state, plan, round);
  const lines = [
    `轮次：${round.name}（${round.startedAt} 开始，截止 ${round.due}，${round.closedAt ? `已于 ${round.closedAt} 结束` : "进行中"}）`,
    `已报送 ${back.length} 个部门${back.filter((r) => r.late).length > 0 ? `（其中逾期 ${back.filter((r) => r.late).length} 个）` : ""}：`,
    ...back.map((r) => `  · ${r.department}：${returnText(state, round.name, r.department)}（${r.file}）`),
  ];
  if (missing.length === 0) {
    lines.push(
      "全部部门均已报送。",
      round.closedAt ? "" : "结束本轮并保存进展记录：taizhang round close 总表.xlsx",
    );
    return lines.filter((l) => l !== "");
  }
  lines.push(`未报送 ${missing.length} 个部门。催报名单（可直接复制）：`, "");
  for (const d of missing) {
    const contacts = contactsOf(plan, snapshot, d);
    lines.push(`${d}\t联系人：${contacts.length > 0 ? contacts.join("；") : "（台账中未填写）"}`);
  }
  lines.push("", `请在 ${round.due} 前报送；交回的副本用 taizhang merge 总表.xlsx 副本… 合并即记为已报送。`);
  return lines;
}
