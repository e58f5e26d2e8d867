/**
 * A plan from untrusted JSON (a file someone edited, an older export) restored to a valid Plan: every field
 * checked, wrong shapes dropped or given a default, and each repair reported as a PlanIssue — never
 * half-trusted. Departments referenced by an assignment but missing from the list are added.
 */
import { departmentKind, orderDepartments } from "./departments";
import { chineseNumeral } from "./numerals";
import { issuerOf } from "./metadata";
import {
  Assignment,
  Deadline,
  Department,
  Item,
  ItemDeadline,
  ParseResult,
  Plan,
  PlanIssue,
  ROLES,
  Requirement,
  Role,
  Section,
  Subsection,
} from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const posInt = (v: unknown): number | null =>
  Number.isInteger(v) && (v as number) > 0 ? (v as number) : null;
const isoDate = (v: unknown): string | null =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class Issues {
  readonly all: PlanIssue[] = [];
  add(item: number | null, message: string, text = ""): void {
    this.all.push({ line: 0, item, kind: "invalid-data", message, text });
  }
}

function restoreAssignment(raw: unknown, itemNo: number, issues: Issues): Assignment | null {
  const department = isObj(raw) ? str(raw.department)?.trim() : null;
  const role = isObj(raw) ? raw.role : null;
  if (!department || !ROLES.includes(role as Role)) {
    issues.add(
      itemNo,
      `第 ${itemNo} 项有一条分工格式不正确（需要 department 与 role），已忽略。`,
      JSON.stringify(raw),
    );
    return null;
  }
  const scope = isObj(raw) ? str(raw.scope) : null;
  return { department, role: role as Role, scope: scope && scope.trim() !== "" ? scope : null };
}

function restoreItem(raw: unknown, index: number, issues: Issues): Item | null {
  const no = isObj(raw) ? posInt(raw.no) : null;
  const text = isObj(raw) ? str(raw.text) : null;
  if (!isObj(raw) || no === null || text === null) {
    issues.add(
      null,
      `第 ${index + 1} 个事项缺少序号或文字，无法使用。`,
      JSON.stringify(raw)?.slice(0, 200) ?? "",
    );
    return null;
  }
  if (!Array.isArray(raw.assignments)) issues.add(no, `第 ${no} 项没有 assignments 列表。`);
  const assignments = list(raw.assignments)
    .map((a) => restoreAssignment(a, no, issues))
    .filter((a): a is Assignment => a !== null);
  const subsection = raw.subsection === null || raw.subsection === undefined ? null : posInt(raw.subsection);
  return {
    no,
    section: posInt(raw.section) ?? 1,
    subsection,
    text,
    clause: str(raw.clause) ?? "",
    assignments,
    label: str(raw.label) ?? String(no),
    deadline: restoreItemDeadline(raw.deadline),
  };
}

function restoreItemDeadline(raw: unknown): ItemDeadline | null {
  if (!isObj(raw)) return null;
  const text = str(raw.text);
  return text === null ? null : { text, date: isoDate(raw.date) };
}

function restoreDeadline(raw: unknown): Deadline | null {
  if (!isObj(raw)) return null;
  if (raw.kind === "date") {
    const date = isoDate(raw.date);
    return date ? { kind: "date", date } : null;
  }
  if (raw.kind === "workdays") {
    const days = posInt(raw.days);
    return days ? { kind: "workdays", days, from: "published", date: isoDate(raw.date) } : null;
  }
  return null;
}

function restoreRequirement(raw: unknown, index: number, issues: Issues): Requirement | null {
  const text = isObj(raw) ? str(raw.text) : null;
  if (!isObj(raw) || text === null) {
    issues.add(null, `第 ${index + 1} 条总体要求格式不正确，已忽略。`);
    return null;
  }
  return {
    id: str(raw.id) ?? `requirement-${index + 1}`,
    text,
    who: list(raw.who).filter((w): w is string => typeof w === "string"),
    reportTo: str(raw.reportTo),
    deadline: restoreDeadline(raw.deadline),
  };
}

function restoreDepartments(raw: unknown, items: readonly Item[], issues: Issues): Department[] {
  const listed: Department[] = [];
  for (const d of list(raw)) {
    const name = isObj(d) ? str(d.name)?.trim() : null;
    if (!name) continue;
    const kind = isObj(d) && (d.kind === "unit" || d.kind === "placeholder") ? d.kind : departmentKind(name);
    if (!listed.some((x) => x.name === name)) listed.push({ name, kind });
  }
  const missing = orderDepartments(
    items
      .flatMap((i) => i.assignments.map((a) => a.department))
      .filter((n) => !listed.some((d) => d.name === n)),
  );
  if (missing.length > 0) {
    issues.add(null, `部门列表缺少 ${missing.map((d) => d.name).join("、")}，已按分工补上。`);
  }
  const all = [...listed, ...missing];
  return [...all.filter((d) => d.kind === "unit"), ...all.filter((d) => d.kind === "placeholder")];
}

export function restorePlan(data: unknown): ParseResult<Plan> {
  const issues = new Issues();
  const raw: Obj = isObj(data) ? data : {};
  if (!isObj(data)) issues.add(null, "计划文件不是一个 JSON 对象。");
  const title = str(raw.title) ?? "";
  if (title === "") issues.add(null, "计划缺少标题（title）。");
  const sections: Section[] = list(raw.sections).flatMap((s) => {
    const no = isObj(s) ? posInt(s.no) : null;
    return no !== null && isObj(s)
      ? [{ no, title: str(s.title) ?? "", label: str(s.label) ?? chineseNumeral(no) }]
      : [];
  });
  const subsections: Subsection[] = list(raw.subsections).flatMap((s) => {
    const no = isObj(s) ? posInt(s.no) : null;
    const section = isObj(s) ? posInt(s.section) : null;
    return no !== null && section !== null && isObj(s)
      ? [{ no, section, title: str(s.title) ?? "", label: str(s.label) ?? `（${chineseNumeral(no)}）` }]
      : [];
  });
  const items = list(raw.items)
    .map((item, i) => restoreItem(item, i, issues))
    .filter((i): i is Item => i !== null);
  if (items.length === 0) {
    issues.all.push({
      line: 0,
      item: null,
      kind: "no-items",
      message: "计划中没有可用的工作事项。",
      text: "",
    });
  }
  for (const item of items) {
    if (!sections.some((s) => s.no === item.section)) {
      sections.push({ no: item.section, title: "", label: chineseNumeral(item.section) });
      issues.add(item.no, `第 ${item.no} 项所属的板块 ${item.section} 不在板块列表中，已补上空标题。`);
    }
  }
  sections.sort((a, b) => a.no - b.no);
  const plan: Plan = {
    title,
    issuer: str(raw.issuer) ?? issuerOf(title),
    published: isoDate(raw.published),
    preamble: str(raw.preamble) ?? "",
    sections,
    subsections,
    items,
    departments: restoreDepartments(raw.departments, items, issues),
    requirements: list(raw.requirements)
      .map((r, i) => restoreRequirement(r, i, issues))
      .filter((r): r is Requirement => r !== null),
  };
  return { value: plan, issues: issues.all };
}
