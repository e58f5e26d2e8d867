/**
 * The long table behind the summary: one row per item × department × role. Within an item, a department's
 * rows are adjacent and strongest role first; 计数 is 1 on its first row only, so summing 计数 counts each
 * item once per department (item 23: 审业部 leads one matter and shares another).
 */
import { Item, Plan, Role } from "../plan/types";
import { roleRank } from "./roles";

export interface AssignmentRow {
  no: number;
  section: number;
  department: string;
  role: Role;
  /** Scopes of this role, joined with ；, or "" */
  scope: string;
  count: 0 | 1;
}

export function assignmentRows(plan: Plan): AssignmentRow[] {
  const rows: AssignmentRow[] = [];
  for (const item of plan.items) rows.push(...itemRows(item));
  return rows;
}

function itemRows(item: Item): AssignmentRow[] {
  const byDept = new Map<string, Map<Role, string[]>>();
  for (const a of item.assignments) {
    const roles = byDept.get(a.department) ?? new Map<Role, string[]>();
    const scopes = roles.get(a.role) ?? [];
    if (a.scope && !scopes.includes(a.scope)) scopes.push(a.scope);
    roles.set(a.role, scopes);
    byDept.set(a.department, roles);
  }
  const rows: AssignmentRow[] = [];
  for (const [department, roles] of byDept) {
    const sorted = [...roles].sort((x, y) => roleRank(x[0]) - roleRank(y[0]));
    sorted.forEach(([role, scopes], i) => {
      rows.push({
        no: item.no,
        section: item.section,
        department,
        role,
        scope: scopes.join("；"),
        count: i === 0 ? 1 : 0,
      });
    });
  }
  return rows;
}
