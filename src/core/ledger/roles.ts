/** Chinese wording of roles and of an item's departments, as shown in the ledger. */
import { Assignment, Item, Role, ROLES } from "../plan/types";

export const ROLE_LABELS: Record<Role, string> = {
  lead: "牵头",
  responsible: "负责",
  shared: "分工负责",
  supervise: "督促",
  cooperate: "配合",
};

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** One assignment as a mark: 负责 / 负责（新录入人员培训工作）. */
export function assignmentMark(a: Assignment): string {
  return a.scope ? `${ROLE_LABELS[a.role]}（${a.scope}）` : ROLE_LABELS[a.role];
}

/** Department name -> its mark for the item (two roles joined by ；), in clause order. */
export function roleMarks(item: Item): Map<string, string> {
  const marks = new Map<string, string[]>();
  for (const a of item.assignments) {
    const list = marks.get(a.department) ?? [];
    const mark = assignmentMark(a);
    if (!list.includes(mark)) list.push(mark);
    marks.set(a.department, list);
  }
  return new Map([...marks].map(([dept, list]) => [dept, list.join("；")]));
}

/** 牵头部门: the lead departments; if none, those responsible; else empty. */
export function leadDepartments(item: Item): string[] {
  for (const role of ["lead", "responsible"] as const) {
    const names = unique(item.assignments.filter((a) => a.role === role).map((a) => a.department));
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * 责任部门, readable: departments grouped by role and scope in clause order, e.g.
 * "办公室（牵头）；公共服务司、商标局（分工负责）" or "审业部（牵头：专利受理相关事务）；…".
 */
export function departmentsText(item: Item): string {
  const groups: { key: string; label: string; names: string[] }[] = [];
  for (const a of item.assignments) {
    const key = `${a.role}\u0000${a.scope ?? ""}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      const label = a.scope ? `${ROLE_LABELS[a.role]}：${a.scope}` : ROLE_LABELS[a.role];
      group = { key, label, names: [] };
      groups.push(group);
    }
    if (!group.names.includes(a.department)) group.names.push(a.department);
  }
  return groups.map((g) => `${g.names.join("、")}（${g.label}）`).join("；");
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
