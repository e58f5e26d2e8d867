/** `taizhang round status` as lines for people: the round, who reported when, and the 催报名单 with contacts. */
import { LedgerSnapshot } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { reminderLines, roundReport } from "./reminders";
import { returnText } from "./status-sheet";
import { RoundsState } from "./types";

export function statusLines(plan: Plan, snapshot: LedgerSnapshot, state: RoundsState): string[] {
  const { round, reported: back, missing } = roundReport(plan, snapshot, state);
  if (!round) {
    return [
      "这份总表还没有报送轮次。开始一轮：taizhang round start 总表.xlsx “2019年第三季度” --due 2019-09-25",
    ];
  }
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
  lines.push(...reminderLines(missing));
  lines.push("", `请在 ${round.due} 前报送；交回的副本用 taizhang merge 总表.xlsx 副本… 合并即记为已报送。`);
  return lines;
}
