import { columnLetter } from "../../src/core/ledger/a1";
import { assignmentRows } from "../../src/core/ledger/assignment-rows";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { NAMES, SHEETS, SUMMARY_LAYOUT } from "../../src/core/ledger/constants";
import { CellValue, SheetSpec } from "../../src/core/ledger/types";
import { SUMMARY_EXTRA_COLUMNS } from "../../src/core/ledger/summary-deadline";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "./plan-2019";

const plan = plan2019();
const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
const byName = (n: string) => spec.sheets.find((s) => s.name === n) as SheetSpec;
const bodyOf = (s: SheetSpec, row: number): CellValue[][] =>
  (s.blocks.find((b) => b.row === row) as { values: CellValue[][] }).values;

describe("责任分解 sheet", () => {
  const sheet = byName(SHEETS.assignments);
  const body = bodyOf(sheet, 2);

  test("one row per item × department × role (counted independently from the plan)", () => {
    const triples = new Set(
      plan.items.flatMap((i) => i.assignments.map((a) => `${i.no}|${a.department}|${a.role}`)),
    );
    expect(body).toHaveLength(triples.size);
    expect(spec.layout.assignments.bodyRows).toBe(triples.size);
    expect(new Set(body.map((r) => `${r[0]}|${r[2]}|${r[4]}`)).size).toBe(triples.size);
  });

  test("计数 is 1 exactly once per item × department, on the strongest role", () => {
    const pairs = new Set(plan.items.flatMap((i) => i.assignments.map((a) => `${i.no}|${a.department}`)));
    expect(body.reduce((n, r) => n + Number(r[7]), 0)).toBe(pairs.size);
    const shenye = body.filter((r) => r[0] === 23 && r[2] === "审业部");
    expect(shenye.map((r) => [r[4], r[5], r[7]])).toEqual([
      ["牵头", "专利受理相关事务", 1],
      ["分工负责", "服务事项“一网通办”", 0],
    ]);
  });

  test("状态 looks the status up in the ledger through named ranges", () => {
    expect(body[0][6]).toEqual({
      formula: `IFERROR(INDEX(${NAMES.ledgerStatus},MATCH($A2,${NAMES.ledgerNo},0)),"")`,
    });
    expect(body[9][6]).toEqual({
      formula: `IFERROR(INDEX(${NAMES.ledgerStatus},MATCH($A11,${NAMES.ledgerNo},0)),"")`,
    });
  });

  test("assignmentRows keeps a department's rows adjacent within an item", () => {
    const rows = assignmentRows(plan);
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const key = `${r.no}|${r.department}`;
      const prev = rows[i - 1];
      if (seen.has(key)) expect(prev && `${prev.no}|${prev.department}`).toBe(key);
      seen.add(key);
    });
  });
});

describe("部门汇总 sheet", () => {
  const sheet = byName(SHEETS.summary);
  const body = bodyOf(sheet, SUMMARY_LAYOUT.firstBodyRow);

  test("one row per department plus a total row; group widths follow the statuses", () => {
    expect(body.map((r) => r[0])).toEqual(plan.departments.map((d) => d.name));
    const total = bodyOf(sheet, SUMMARY_LAYOUT.firstBodyRow + plan.departments.length);
    expect(total[0][0]).toBe("全部工作任务（按事项计）");
    expect(body[0]).toHaveLength(2 + 2 * (DEFAULT_STATUSES.length + 3) + SUMMARY_EXTRA_COLUMNS.length);
  });

  test("counts are SUMIFS over 计数, by department, status header and (lead group) role", () => {
    expect(body[0][2]).toEqual({
      formula: `SUMIFS(${NAMES.assignCount},${NAMES.assignDept},$A5,${NAMES.assignRole},"牵头",${NAMES.assignStatus},C$4)`,
    });
    const allFirst = 2 + DEFAULT_STATUSES.length + 3;
    expect(body[1][allFirst]).toEqual({
      formula: `SUMIFS(${NAMES.assignCount},${NAMES.assignDept},$A6,${NAMES.assignStatus},J$4)`,
    });
    expect(body[1][allFirst + 4]).toEqual({
      formula: `SUMIFS(${NAMES.assignCount},${NAMES.assignDept},$A6)`,
    });
    expect(body[1][allFirst + 5]).toEqual({ formula: "L6" }); // 已完成 is the only done status
    expect(body[1][allFirst + 6]).toEqual({ formula: 'IF(N6=0,"",O6/N6)' });
  });

  test("逾期 and 临期 per department count the ledger rows with its role mark and that 时限状态", () => {
    const first = 2 + 2 * (DEFAULT_STATUSES.length + 3);
    const header = bodyOf(sheet, SUMMARY_LAYOUT.groupRow)[1];
    expect(header.slice(first)).toEqual(["逾期", "临期"]);
    const L = spec.layout.ledger;
    const col = columnLetter(L.departmentColumns[plan.departments[1].name]);
    expect(body[1][first]).toEqual({
      formula: `COUNTIFS('台账'!$${col}$6:$${col}$35,"<>",${NAMES.ledgerDeadline},"逾期")`,
    });
    const total = bodyOf(sheet, SUMMARY_LAYOUT.firstBodyRow + plan.departments.length)[0];
    expect(total[first + 1]).toEqual({ formula: `COUNTIF(${NAMES.ledgerDeadline},"临期")` });
  });

  test("leaves room for the PivotTable to the right", () => {
    const lastCol = 2 + 2 * (DEFAULT_STATUSES.length + 3) + SUMMARY_EXTRA_COLUMNS.length;
    expect(spec.layout.summary.pivotAnchor).toEqual({
      row: SUMMARY_LAYOUT.groupRow,
      col: lastCol + 1 + SUMMARY_LAYOUT.pivotGapColumns,
    });
    for (const b of sheet.blocks)
      for (const r of b.values) expect(b.col + r.length - 1).toBeLessThanOrEqual(lastCol);
  });
});

describe("设置 sheet", () => {
  const sheet = byName(SHEETS.settings);
  const texts = sheet.blocks
    .flatMap((b) => b.values.flat())
    .map((v) => (typeof v === "object" && v && "literal" in v ? v.literal : v));

  test("holds statuses, departments, metadata and the format version", () => {
    for (const s of DEFAULT_STATUSES) expect(texts).toContain(s.name);
    for (const d of plan.departments) expect(texts).toContain(d.name);
    expect(texts).toEqual(
      expect.arrayContaining(["格式版本", 1, "计划标识", spec.planId, "本表所属部门", plan.title]),
    );
  });
});
