/**
 * Items no copy can edit: their departments are all placeholders (泛指: 各有关部门, 各单位…) or none at all.
 * They are deliberately not given to any department's copy — which unit answers for 各单位 is the office's
 * call, not the tool's — but listed as 未分发 wherever copies are made and merged, so the office fills them
 * in the master itself or names real departments in 责任部门 and sends the copies again (docs/merge.md).
 */
import { Plan } from "../plan/types";

/** 序号 of the items assigned to no unit (only placeholders, or nobody), in plan order. */
export function undistributedItems(plan: Plan): number[] {
  const units = new Set(plan.departments.filter((d) => d.kind === "unit").map((d) => d.name));
  return plan.items.filter((i) => !i.assignments.some((a) => units.has(a.department))).map((i) => i.no);
}

/** The Chinese note for those items, with a next step; null when every item reaches some unit's copy. */
export function undistributedNote(plan: Plan): string | null {
  const items = undistributedItems(plan);
  if (items.length === 0) return null;
  const byNo = new Map(plan.items.map((i) => [i.no, i]));
  const placeholders = [
    ...new Set(items.flatMap((no) => byNo.get(no)?.assignments.map((a) => a.department) ?? [])),
  ];
  const who = placeholders.length > 0 ? `只由泛指的部门（${placeholders.join("、")}）负责` : "没有责任部门";
  return `未分发：序号 ${items.join("、")} 共 ${items.length} 项${who}，不在任何部门副本中可编辑。请在总表中直接填写；如要由具体部门填写，请在“责任部门”中写明部门后重新发出副本。`;
}
