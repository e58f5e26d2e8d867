import { LEDGER_HEADERS as H } from "../../../src/core/ledger/constants";
import { computeOverview } from "../../../src/core/overview/overview";
import { DEFAULT_STATUSES } from "../../../src/core/status/statuses";
import { plan2019 } from "../../ledger/plan-2019";
import { col, freshGrid, rowOf, setCell } from "../validation/grid-fixture";

const plan = plan2019();

describe("computeOverview", () => {
  it("a fresh ledger: everything in the first status, nothing done", () => {
    const o = computeOverview(freshGrid(plan), plan, DEFAULT_STATUSES);
    expect(o.planTitle).toBe(plan.title);
    expect(o.issuer).toBe(plan.issuer);
    expect([o.totalItems, o.doneItems, o.invalidStatusItems]).toEqual([30, 0, 0]);
    expect(o.byStatus).toEqual([
      { name: "未启动", count: 30, done: false, fill: "#EDEDED" },
      { name: "推进中", count: 0, done: false, fill: "#DDEBF7" },
      { name: "已完成", count: 0, done: true, fill: "#E2EFDA" },
      { name: "滞后", count: 0, done: false, fill: "#FCE4D6" },
    ]);
    expect(o.departments.map((d) => d.name)).toEqual(plan.departments.map((d) => d.name));
  });

  it("counts per department: distinct items, done, leads, rate; totals add up with invalid statuses", () => {
    const grid = freshGrid(plan);
    const office = plan.items.filter((i) => i.assignments.some((a) => a.department === "办公室"));
    setCell(grid, office[0].no, H.status, "已完成");
    setCell(grid, office[1].no, H.status, "完成"); // not in the list
    grid.body.splice(rowOf(grid, office[2].no), 1); // row deleted: no status at all
    const o = computeOverview(grid, plan, DEFAULT_STATUSES);
    expect(o.doneItems).toBe(1);
    expect(o.invalidStatusItems).toBe(2);
    expect(o.byStatus.reduce((n, s) => n + s.count, 0) + o.invalidStatusItems).toBe(o.totalItems);
    const d = o.departments.find((x) => x.name === "办公室")!;
    expect(d.total).toBe(office.length);
    expect(d.done).toBe(1);
    expect(d.rate).toBeCloseTo(1 / office.length);
    expect(d.lead).toBe(
      office.filter((i) => i.assignments.some((a) => a.department === "办公室" && a.role === "lead")).length,
    );
    expect(d.byStatus).toEqual({ 已完成: 1, 完成: 1, "": 1, 未启动: office.length - 3 });
  });

  it("an item where a department holds two roles counts once for it", () => {
    const item = plan.items.find((i) => {
      const depts = i.assignments.map((a) => a.department);
      return new Set(depts).size < depts.length;
    })!;
    const dept = item.assignments.find(
      (a, k) => item.assignments.findIndex((b) => b.department === a.department) !== k,
    )!.department;
    const o = computeOverview(freshGrid(plan), plan, DEFAULT_STATUSES);
    const expected = plan.items.filter((i) => i.assignments.some((a) => a.department === dept)).length;
    expect(o.departments.find((x) => x.name === dept)!.total).toBe(expected);
  });

  it("uses the first row of a duplicated 序号 and ignores rows without one", () => {
    const grid = freshGrid(plan);
    const copy = [...grid.body[rowOf(grid, 1)]];
    copy[col(grid, H.status)] = "已完成";
    grid.body.push(copy);
    expect(computeOverview(grid, plan, DEFAULT_STATUSES).doneItems).toBe(0);
  });
});
