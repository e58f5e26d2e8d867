import { buildLedgerSpec } from "../../src/core/ledger/build";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";

test("synthesizePlan is deterministic and realistic", () => {
  const a = synthesizePlan(500, 7);
  expect(synthesizePlan(500, 7)).toEqual(a);
  expect(synthesizePlan(500, 8)).not.toEqual(a);
  expect(a.items.map((i) => i.no)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  expect(a.sections.length).toBeGreaterThan(10);
  expect(a.subsections.length).toBeGreaterThan(a.sections.length);
  const counts = a.items.map((i) => new Set(i.assignments.map((x) => x.department)).size);
  expect(Math.min(...counts)).toBe(1);
  expect(Math.max(...counts)).toBe(4);
  expect(a.items.some((i) => i.assignments.some((x) => x.scope !== null))).toBe(true);
  expect(a.departments.length).toBeGreaterThanOrEqual(18);
  const named = new Set(a.items.flatMap((i) => i.assignments.map((x) => x.department)));
  expect(new Set(a.departments.map((d) => d.name))).toEqual(named);
  for (const i of a.items) expect(a.subsections.find((s) => s.no === i.subsection)?.section).toBe(i.section);
});

test("a 2,000-item spec builds quickly and stays row-independent in its styles", () => {
  const plan = synthesizePlan(2000, 3);
  const t0 = Date.now();
  const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
  expect(Date.now() - t0).toBeLessThan(2000);
  expect(spec.layout.ledger.bodyRows).toBe(2000);
  expect(spec.sheets[0].styles.length).toBeLessThan(
    3 * spec.sheets[0].columns.length + plan.sections.length + 10,
  );
});
