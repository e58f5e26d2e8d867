/** What a department name looks like, and whether it names a unit or a placeholder role. */
import { Department, DepartmentKind } from "./types";

/** Endings of organisational units (司, 局, 部, 中心, 报社 …) and of placeholder roles (部门, 单位). */
const UNIT_ENDINGS = /(?:室|司|局|部|处|厅|中心|社|会|所|院|组|委|办|科|队|站|馆|校|公司|集团|署|部门|单位)$/;
/** Words that belong to role clauses, never at the end of a department's name. */
const ROLE_WORD_AT_END = /(?:牵头|负责|配合|督促|落实|分工)$/;
const NOT_IN_NAME = /[,，;；:：。!！?？()（）\s]/;

/** Whether `name` can be read as a department (政策牵头起草部门 yes, 复审 or 政策 no). */
export function looksLikeDepartment(name: string): boolean {
  return (
    [...name].length >= 2 &&
    !NOT_IN_NAME.test(name) &&
    !ROLE_WORD_AT_END.test(name) &&
    !name.includes("由") &&
    UNIT_ENDINGS.test(name)
  );
}

/** A role rather than a unit: 各有关部门单位, 政策牵头起草部门, 新媒体开设部门单位, 有关单位 … */
export function departmentKind(name: string): DepartmentKind {
  return /^(?:各|有关|相关)/.test(name) || /(?:部门|单位)$/.test(name) ? "placeholder" : "unit";
}

const LIST_SEPARATOR = /、/;
const FINAL_JOIN = /[和及]/g;

/**
 * Splits a list of departments written as 甲、乙和丙. A 和/及 is split only at the last join, and only when
 * both sides read as department names, so 复审和无效审理部 stays one department. Returns null when any part
 * does not read as a department.
 */
export function splitDepartmentList(text: string): string[] | null {
  const parts = text.split(LIST_SEPARATOR).map((p) => p.trim());
  const last = parts.pop() ?? "";
  const joins = [...last.matchAll(FINAL_JOIN)].map((m) => m.index ?? 0).reverse();
  let tail = [last];
  for (const at of joins) {
    const left = last.slice(0, at);
    const right = last.slice(at + 1);
    if (looksLikeDepartment(left) && looksLikeDepartment(right)) {
      tail = [left, right];
      break;
    }
  }
  const names = [...parts, ...tail];
  return names.every(looksLikeDepartment) ? names : null;
}

/** Units first in order of first appearance, then placeholders in order of first appearance. */
export function orderDepartments(namesInOrder: readonly string[]): Department[] {
  const seen = new Set<string>();
  const all: Department[] = [];
  for (const name of namesInOrder) {
    if (seen.has(name)) continue;
    seen.add(name);
    all.push({ name, kind: departmentKind(name) });
  }
  return [...all.filter((d) => d.kind === "unit"), ...all.filter((d) => d.kind === "placeholder")];
}
