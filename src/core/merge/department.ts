/** Departments and the items they are assigned to (any role: 牵头, 负责, 分工负责, 督促, 配合). */
import { Plan } from "../plan/types";

export function departmentNames(plan: Plan): string[] {
  return plan.departments.map((d) => d.name);
}

/** 序号 of the items a department is assigned to, in plan order. */
export function itemsOf(plan: Plan, department: string): number[] {
  return plan.items.filter((i) => i.assignments.some((a) => a.department === department)).map((i) => i.no);
}

/** A department name as given on a command line or picked in the pane: exact, else whitespace-insensitive. */
export function findDepartment(plan: Plan, name: string): string | null {
  const names = departmentNames(plan);
  if (names.includes(name)) return name;
  const key = name.normalize("NFKC").replace(/\s+/g, "");
  return names.find((n) => n.normalize("NFKC").replace(/\s+/g, "") === key) ?? null;
}

/** The Chinese message for a department the plan does not name, listing the ones it does. */
export function unknownDepartmentMessage(plan: Plan, name: string): string {
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  const others = plan.departments.filter((d) => d.kind !== "unit").map((d) => d.name);
  const list = `本计划的部门：${units.join("、")}${others.length > 0 ? `；泛指的部门：${others.join("、")}` : ""}`;
  return `计划中没有名为“${name}”的部门。${list}。`;
}
