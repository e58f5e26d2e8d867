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

/** Reasons the ledger would lose or mis-number an item: no items, an item without assignments, gaps, repeats. */
export function itemLossProblems(plan: Plan): string[] {
  const problems: string[] = [];
  if (plan.items.length === 0) return ["没有识别出任何编号工作事项。"];
  for (const item of plan.items) {
    if (item.assignments.length === 0) {
      problems.push(`第 ${item.no} 项没有识别出责任部门（分工表述：“${item.clause || "无"}”）。`);
    }
  }
  const seen = new Set<number>();
  for (const item of plan.items) {
    if (seen.has(item.no)) problems.push(`序号 ${item.no} 重复。`);
    seen.add(item.no);
  }
  const max = Math.max(...plan.items.map((i) => i.no));
  const missing: number[] = [];
  for (let n = 1; n <= max; n++) if (!seen.has(n)) missing.push(n);
  if (missing.length > 0) problems.push(`序号不连续，缺少第 ${missing.join("、")} 项。`);
  return problems;
}

export function describeValue(v: FilledValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.date.slice(0, 10);
  return `“${String(v)}”`;
}
