import { readFileSync } from "node:fs";
import { join } from "node:path";
import { restorePlan } from "../../../src/core/plan/restore";
import { Plan } from "../../../src/core/plan/types";

const planJson = readFileSync(join(__dirname, "../../../data/plans/cnipa-2019.json"), "utf8");
const fresh = (): Plan => JSON.parse(planJson) as Plan;

test("a valid plan comes back unchanged, with no issues", () => {
  const { value, issues } = restorePlan(fresh());
  expect(issues).toEqual([]);
  expect(value).toEqual(fresh());
});

test("not an object: an empty plan and the reasons, never an exception", () => {
  for (const data of [null, 42, "plan", [1, 2]]) {
    const { value, issues } = restorePlan(data);
    expect(value.items).toEqual([]);
    expect(issues.map((i) => i.kind)).toContain("no-items");
    expect(issues.map((i) => i.kind)).toContain("invalid-data");
  }
});

test("assignments with an unknown role or no department are dropped and reported by item", () => {
  const plan = fresh() as unknown as { items: { no: number; assignments: unknown[] }[] };
  plan.items[4].assignments.push({ department: "办公室", role: "approve" }, { role: "lead" }, "办公室");
  const { value, issues } = restorePlan(plan);
  expect(value.items[4].assignments).toEqual(fresh().items[4].assignments);
  const about5 = issues.filter((i) => i.item === 5);
  expect(about5).toHaveLength(3);
  expect(about5.every((i) => i.kind === "invalid-data" && i.message.includes("第 5 项"))).toBe(true);
});

test("an item without a number or text is reported, not guessed", () => {
  const plan = fresh() as unknown as { items: unknown[] };
  plan.items[6] = { text: "无序号的事项", assignments: [] };
  const { value, issues } = restorePlan(plan);
  expect(value.items.map((i) => i.no)).not.toContain(7);
  expect(value.items).toHaveLength(29);
  expect(issues.some((i) => i.message.includes("第 7 个事项缺少序号或文字"))).toBe(true);
});

test("departments named by assignments but missing from the list are added with their kind", () => {
  const plan = fresh();
  plan.departments = plan.departments.filter((d) => d.name !== "商标局" && d.name !== "政策牵头起草部门");
  const { value, issues } = restorePlan(plan);
  expect(value.departments.find((d) => d.name === "商标局")).toEqual({ name: "商标局", kind: "unit" });
  expect(value.departments.find((d) => d.name === "政策牵头起草部门")).toEqual({
    name: "政策牵头起草部门",
    kind: "placeholder",
  });
  const units = value.departments.filter((d) => d.kind === "unit").length;
  expect(value.departments.slice(0, units).every((d) => d.kind === "unit")).toBe(true);
  expect(issues.some((i) => i.message.includes("商标局"))).toBe(true);
});

test("wrong-typed scalars get defaults: published, issuer, deadlines", () => {
  const plan = fresh() as unknown as Record<string, unknown>;
  plan.published = "6/12/2019";
  delete plan.issuer;
  (plan.requirements as { deadline: unknown }[])[1].deadline = { kind: "date", date: "明年" };
  const { value } = restorePlan(plan);
  expect(value.published).toBeNull();
  expect(value.issuer).toBe("国家知识产权局");
  expect(value.requirements[1].deadline).toBeNull();
  expect(value.requirements[0].deadline).toEqual(fresh().requirements[0].deadline);
});
