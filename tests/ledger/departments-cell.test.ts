/** 责任部门 read back: the ledger's own wording round-trips for any item; a clause typed the plan's way reads too. */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { applyCorrections, readDepartmentsCell } from "../../src/core/ledger/departments-cell";
import { departmentsText } from "../../src/core/ledger/roles";
import { parsePlan } from "../../src/core/plan/parse";
import { synthesizePlan } from "../../src/core/plan/synthetic";

const key = (a: { department: string; role: string; scope: string | null }) =>
  JSON.stringify([a.department, a.role, a.scope]);

it("reads back what departmentsText wrote, for every item of any synthetic plan (scopes included)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
      for (const item of synthesizePlan(40, seed).items) {
        const back = readDepartmentsCell(departmentsText(item));
        expect(new Set(back?.map(key))).toEqual(new Set(item.assignments.map(key)));
      }
    }),
    { numRuns: 50 },
  );
});

it("reads the seed plan's item 23 (three matters) back", () => {
  const text = readFileSync(
    join(__dirname, "../../data/plans/cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt"),
    "utf8",
  );
  const item = parsePlan(text).value.items[22];
  expect(new Set(readDepartmentsCell(departmentsText(item))?.map(key))).toEqual(
    new Set(item.assignments.map(key)),
  );
});

it.each([
  ["市财政局牵头，市审计局配合", ["市财政局:lead", "市审计局:cooperate"]],
  [
    "牵头单位：市财政局；配合单位：市审计局、市统计局",
    ["市财政局:lead", "市审计局:cooperate", "市统计局:cooperate"],
  ],
  ["各县（市、区）人民政府（负责）", ["各县（市、区）人民政府:responsible"]],
])("reads a correction typed as %s", (text, expected) => {
  expect(readDepartmentsCell(text)?.map((a) => `${a.department}:${a.role}`)).toEqual(expected);
});

it("leaves blanks and unreadable text alone, and never touches a revised task", () => {
  const plan = parsePlan("1.做好甲。（办公室负责）\n2.做好乙。").value;
  const result = applyCorrections(plan, [
    { no: 1, task: "做好甲。", departments: "这是一段说明" },
    { no: 2, task: "做好乙（已修订）。", departments: "办公室（负责）" },
  ]);
  expect(result.corrected).toEqual([]);
  expect(result.unreadable).toEqual([{ no: 1, text: "这是一段说明" }]);
  expect(result.plan).toBe(plan);
});
