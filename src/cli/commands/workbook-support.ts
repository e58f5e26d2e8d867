/** Helpers of `taizhang workbook`: reading a plan JSON, refusing plans that would lose items. */
import { FilledValue } from "../../core/ledger/types";
import { Plan } from "../../core/plan/types";

/** A Plan from JSON text, checked for the fields the ledger needs. */
export function planFromJson(text: string): { plan: Plan } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "不是有效的 JSON 文件。" };
  }
  const p = data as Partial<Plan> | null;
  const arrays: (keyof Plan)[] = ["sections", "subsections", "items", "departments", "requirements"];
  if (
    !p ||
    typeof p !== "object" ||
    typeof p.title !== "string" ||
    arrays.some((k) => !Array.isArray(p[k]))
  ) {
    return { error: "不是计划文件（应含 title、sections、subsections、items、departments、requirements）。" };
  }
  const bad = (p.items ?? []).find(
    (i) => typeof i?.no !== "number" || typeof i.text !== "string" || !Array.isArray(i.assignments),
  );
  if (bad) return { error: "中有格式不正确的事项（每项需有 no、text、assignments）。" };
  return { plan: p as Plan };
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
