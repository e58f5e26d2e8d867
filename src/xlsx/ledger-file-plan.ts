/**
 * The plan a ledger file works from when only the file is at hand (the web page's 分发 and 合并): the plan it
 * carries on its hidden plan sheet; for a ledger from before workbooks carried their plan, the bundled plan
 * when the ledger's 计划标识 names it; otherwise a message with the next step.
 */
import { planId } from "../core/ledger/plan-id";
import { Plan } from "../core/plan/types";
import { readPlanSheetXlsx } from "./plan-sheet";

export type LedgerFilePlan = { ok: true; plan: Plan } | { ok: false; message: string };

export async function ledgerFilePlan(
  bytes: Uint8Array,
  /** The ledger's 计划标识 (设置), as the ledger reader gave it. */
  ledgerPlanId: string | null,
  fallback: Plan | null,
): Promise<LedgerFilePlan> {
  const read = await readPlanSheetXlsx(bytes).catch(() => null);
  if (read === null) {
    return { ok: false, message: "无法读取：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）。" };
  }
  if (read.found && read.plan) return { ok: true, plan: read.plan };
  if (read.found) {
    const why = read.issues.map((i) => i.message).join("；");
    return {
      ok: false,
      message: `台账中保存的计划已损坏${why ? `（${why}）` : ""}。请用 taizhang workbook --plan 计划文件 --from 台账.xlsx 重新生成台账，或在“导入计划”中重新导入计划。`,
    };
  }
  if (fallback && (ledgerPlanId === null || ledgerPlanId === planId(fallback))) {
    return { ok: true, plan: fallback };
  }
  return {
    ok: false,
    message:
      "这份台账没有保存它的计划（较早版本生成）。请用 taizhang workbook --plan 计划文件 --from 台账.xlsx 升级后重试，或在“导入计划”中重新导入计划生成台账。",
  };
}
