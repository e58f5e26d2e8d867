/** Chinese wording of roles and of an item's departments, as shown in the ledger. */
import { Item, Role, ROLES } from "../plan/types";

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

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/**
 * The matters (scopes) of an item, numbered ①②… in clause order. A department column is narrow, so it shows
 * the role with the matter's number ("牵头①"); 责任部门 in the same row spells the matters out.
 */
export function scopeNumbers(item: Item): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const a of item.assignments) {
    if (a.scope === null || numbers.has(a.scope)) continue;
    const n = numbers.size;
    numbers.set(a.scope, n < CIRCLED.length ? CIRCLED[n] : `(${n + 1})`);
  }
  return numbers;
}

/**
 * Department name -> its mark for the item, e.g. 负责, 牵头①, 分工负责①③, 牵头①；分工负责③ (roles in
 * clause order, joined by ；; a role held both without and with a matter is shown both ways).
 */
export function roleMarks(item: Item): Map<string, string> {
  const numbers = scopeNumbers(item);
  const byDept = new Map<string, Map<Role, { plain: boolean; scoped: string[] }>>();
  for (const a of item.assignments) {
    const roles = byDept.get(a.department) ?? new Map<Role, { plain: boolean; scoped: string[] }>();
    const entry = roles.get(a.role) ?? { plain: false, scoped: [] };
    const no = a.scope === null ? null : (numbers.get(a.scope) as string);
    if (no === null) entry.plain = true;
    else if (!entry.scoped.includes(no)) entry.scoped.push(no);
    roles.set(a.role, entry);
    byDept.set(a.department, roles);
  }
  const marks = new Map<string, string>();
  for (const [dept, roles] of byDept) {
    const parts: string[] = [];
    for (const [role, entry] of roles) {
      if (entry.plain) parts.push(ROLE_LABELS[role]);
      if (entry.scoped.length > 0) parts.push(ROLE_LABELS[role] + entry.scoped.join(""));
    }
    marks.set(dept, parts.join("；"));
  }
  return marks;
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
 * 责任部门, readable: departments grouped by role in clause order, e.g. "办公室（牵头）；公共服务司、商标局（分工负责）";
 * matters numbered as in the department columns, e.g.
 * "①专利受理相关事务：审业部（牵头），专利局办公室、…（分工负责）；②商标受理相关事务：商标局（负责）".
 */
export function departmentsText(item: Item): string {
  const numbers = scopeNumbers(item);
  const sections: { scope: string | null; groups: { role: Role; names: string[] }[] }[] = [];
  for (const a of item.assignments) {
    let section = sections.find((s) => s.scope === a.scope);
    if (!section) {
      section = { scope: a.scope, groups: [] };
      sections.push(section);
    }
    let group = section.groups.find((g) => g.role === a.role);
    if (!group) {
      group = { role: a.role, names: [] };
      section.groups.push(group);
    }
    if (!group.names.includes(a.department)) group.names.push(a.department);
  }
  return sections
    .map((section) => {
      const who = section.groups.map((g) => `${g.names.join("、")}（${ROLE_LABELS[g.role]}）`);
      if (section.scope === null) return who.join("；");
      return `${numbers.get(section.scope)}${section.scope}：${who.join("，")}`;
    })
    .join("；");
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
