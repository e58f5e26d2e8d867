/**
 * The imported plan while the person checks it (导入计划's preview): pure edits on a Plan — a task's
 * departments typed as a list, a department renamed, two departments merged — each returning a new plan with
 * its department list recomputed, and the reader's doubts that an edit settled dropped.
 */
import { ROLE_LABELS } from "../../../core/ledger/roles";
import { departmentKind } from "../../../core/plan/departments";
import type { Assignment, Department, Item, Plan, PlanIssue, Role } from "../../../core/plan/types";
import { ROLES } from "../../../core/plan/types";

export interface PlanDraft {
  plan: Plan;
  /** What the reader could not settle (the 待确认 list), less what the person has fixed since. */
  issues: PlanIssue[];
}

/** Role written when the person types a name without one. */
export const DEFAULT_ROLE: Role = "responsible";

const ROLE_BY_LABEL = new Map<string, Role>(ROLES.map((r) => [ROLE_LABELS[r], r]));

/** An item's departments as the editor shows them: 办公室（牵头）、商标局（配合）. */
export function assignmentsText(item: Item): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const a of item.assignments) {
    const key = `${a.department}\u0001${a.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${a.department}（${ROLE_LABELS[a.role]}）`);
  }
  return parts.join("、");
}

export type ParsedAssignments =
  { ok: true; assignments: Assignment[] } | { ok: false; message: string; part: string };

/**
 * 办公室（牵头）、商标局（配合）、条法司 → assignments; a name without a role is 负责. Separators: 、，,；;
 * and new lines. Brackets may be full- or half-width. An unknown role word is an error naming it.
 */
export function parseAssignmentsText(text: string, previous: readonly Assignment[] = []): ParsedAssignments {
  const out: Assignment[] = [];
  for (const raw of text.split(/[、，,；;\n]+/)) {
    const part = raw.trim();
    if (part === "") continue;
    const m = /^(.+?)\s*[（(]\s*([^（）()]*?)\s*[)）]$/.exec(part);
    const name = (m ? m[1] : part).trim();
    const label = m ? m[2] : "";
    const role = label === "" ? DEFAULT_ROLE : ROLE_BY_LABEL.get(label);
    if (name === "" || role === undefined) return { ok: false, message: "role", part };
    if (out.some((a) => a.department === name && a.role === role)) continue;
    const before = previous.find((a) => a.department === name && a.role === role);
    out.push({ department: name, role, scope: before?.scope ?? null });
  }
  return { ok: true, assignments: out };
}

/** The department list from the items, keeping the kind and order of names already listed. */
function departmentsOf(items: readonly Item[], before: readonly Department[]): Department[] {
  const used = new Set(items.flatMap((i) => i.assignments.map((a) => a.department)));
  const kept = before.filter((d) => used.has(d.name));
  const listed = new Set(kept.map((d) => d.name));
  for (const item of items) {
    for (const a of item.assignments) {
      if (listed.has(a.department)) continue;
      listed.add(a.department);
      kept.push({ name: a.department, kind: departmentKind(a.department) });
    }
  }
  return [...kept.filter((d) => d.kind === "unit"), ...kept.filter((d) => d.kind === "placeholder")];
}

function withItems(draft: PlanDraft, items: Item[], issues: PlanIssue[] = draft.issues): PlanDraft {
  return {
    plan: { ...draft.plan, items, departments: departmentsOf(items, draft.plan.departments) },
    issues,
  };
}

/** Doubts about an item's departments, settled once the person has given the item departments. */
const ABOUT_DEPARTMENTS: readonly PlanIssue["kind"][] = ["missing-clause", "unknown-clause"];

/** Sets one task's departments (and roles). */
export function setTaskAssignments(draft: PlanDraft, itemNo: number, assignments: Assignment[]): PlanDraft {
  const items = draft.plan.items.map((i) => (i.no === itemNo ? { ...i, assignments } : i));
  const settled = assignments.length > 0;
  const issues = settled
    ? draft.issues.filter((x) => !(x.item === itemNo && ABOUT_DEPARTMENTS.includes(x.kind)))
    : draft.issues;
  return withItems(draft, items, issues);
}

/**
 * Renames a department everywhere; renaming it to a name the plan already has merges the two (an item that
 * then names the department twice in the same role keeps it once). The alias doubt about the pair is dropped.
 */
export function renameDepartment(draft: PlanDraft, from: string, to: string): PlanDraft {
  const name = to.trim();
  if (name === "" || name === from) return draft;
  const items = draft.plan.items.map((item) => {
    if (!item.assignments.some((a) => a.department === from)) return item;
    const assignments: Assignment[] = [];
    for (const a of item.assignments) {
      const next = a.department === from ? { ...a, department: name } : a;
      const twice = assignments.some(
        (b) => b.department === next.department && b.role === next.role && b.scope === next.scope,
      );
      if (!twice) assignments.push(next);
    }
    return { ...item, assignments };
  });
  const renamed = draft.plan.departments.some((d) => d.name === name)
    ? draft.plan.departments
    : draft.plan.departments.map((d) => (d.name === from ? { ...d, name } : d));
  const issues = draft.issues.filter((x) => !(x.kind === "department" && x.text.split(" / ").includes(from)));
  return withItems({ plan: { ...draft.plan, departments: renamed }, issues }, items);
}

/** Tasks with no department read: 待确认 in the ledger. */
export function pendingItems(plan: Plan): Item[] {
  return plan.items.filter((i) => i.assignments.length === 0);
}
