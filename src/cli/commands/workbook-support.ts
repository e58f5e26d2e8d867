/** Helpers of `taizhang workbook`: reading a plan JSON, refusing plans that would lose items. */
import { FilledValue } from "../../core/ledger/types";
import { restorePlan } from "../../core/plan/restore";
import { ParseResult, Plan } from "../../core/plan/types";

/** A Plan from JSON text, restored field by field (see restorePlan); repairs come back as issues. */
export function planFromJson(text: string): ParseResult<Plan> | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "不是有效的 JSON 文件。" };
  }
  return restorePlan(data);
}

/**
 * Reasons no ledger can be written from the plan: no task at all, or 序号 repeated (a plan JSON edited by
 * hand), so rows could not be told apart. A task without departments is not one: it is marked 待确认.
 */
export function itemLossProblems(plan: Plan): string[] {
  if (plan.items.length === 0) return ["没有找到任何工作任务。"];
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const item of plan.items) {
    if (seen.has(item.no)) repeated.add(item.no);
    seen.add(item.no);
  }
  return repeated.size > 0 ? [`序号 ${[...repeated].join("、")} 重复。`] : [];
}

export function describeValue(v: FilledValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.date.slice(0, 10);
  return `“${String(v)}”`;
}
