import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import {
  PIVOT_ANCHOR,
  PIVOT_NAME,
  PIVOT_OVERDUE_CAPTION,
  PIVOT_SHEET,
  PIVOT_VALUE_CAPTION,
} from "../../src/excel/summary";
import { ExcelHost } from "../../src/testing/excel-host";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";
import { expectedCounts, pivotColumns, pivotCounts } from "./summary-support";

const plan = plan2019();

async function ledger(options: Parameters<typeof installHost>[0] = {}) {
  const host = installHost(options);
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  host.stats.reset();
  return { host, api };
}

/** Every cell of every sheet except the PivotTable's own area. */
function cellsOutsidePivot(host: ExcelHost): unknown {
  const pivot = host.workbook.model.pivots[0];
  const inside = (sheetId: string, key: string) => {
    if (!pivot?.rendered || pivot.sheetId !== sheetId) return false;
    const [r, c] = key.split(",").map(Number);
    const p = pivot.rendered;
    return r >= p.row && r < p.row + p.rows && c >= p.col && c < p.col + p.cols;
  };
  return host.workbook.model.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].filter(([k]) => !inside(s.id, k)).map(([k, v]) => [k, JSON.stringify(v)]),
    formats: [...s.formats.entries()]
      .filter(([k]) => !inside(s.id, k))
      .map(([k, v]) => [k, JSON.stringify(v)]),
  }));
}

describe("per-department PivotTable", () => {
  it("creates the PivotTable on its own sheet in two syncs, counting each item once per department", async () => {
    const { host, api } = await ledger();
    const statusOf = new Map<number, string>([
      [1, "已完成"],
      [2, "推进中"],
      [23, "滞后"],
    ]);
    for (const [no, status] of statusOf) {
      await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, no, H.status), status);
    }
    const before = cellsOutsidePivot(host);
    host.stats.reset();
    expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: true });
    expect(host.stats.syncCount).toBe(2);
    const [pivot] = host.workbook.pivots();
    expect(pivot).toMatchObject({
      name: PIVOT_NAME,
      sheet: PIVOT_SHEET,
      rows: ["部门"],
      columns: ["状态"],
      filters: ["职责"],
      data: [
        { field: "计数", summarizeBy: "Sum", name: PIVOT_VALUE_CAPTION },
        { field: "逾期", summarizeBy: "Sum", name: PIVOT_OVERDUE_CAPTION },
      ],
    });
    expect(pivot.address?.startsWith(`${PIVOT_SHEET}!${PIVOT_ANCHOR}`)).toBe(true);
    expect(pivotCounts(host)).toEqual(expectedCounts(plan, (no) => statusOf.get(no) ?? "未启动"));
    // nothing else changed: the ledger's sheets as before, the pivot's sheet holds its title and the pivot
    const after = cellsOutsidePivot(host) as { name: string }[];
    expect(after.filter((s) => s.name !== PIVOT_SHEET)).toEqual(before);
  });

  it("refreshes in place: no second PivotTable, new counts after edits, nothing else touched", async () => {
    const { host, api } = await ledger();
    await api.refreshSummary();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "已完成");
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 6, H.status), "滞后");
    const before = cellsOutsidePivot(host);
    const topLeft = host.workbook.pivots()[0].address?.split(":")[0];
    host.stats.reset();
    expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: false });
    expect(host.stats.syncCount).toBe(2);
    expect(host.workbook.pivots()).toHaveLength(1);
    expect(host.workbook.pivots()[0].address?.split(":")[0]).toBe(topLeft); // grows with new statuses
    const status = (no: number) => (no === 5 ? "已完成" : no === 6 ? "滞后" : "未启动");
    expect(pivotCounts(host)).toEqual(expectedCounts(plan, status));
    expect(cellsOutsidePivot(host)).toEqual(before);
  });

  it("a PivotTable from before issue 14 (no 逾期数) is created again with it", async () => {
    const { host, api } = await ledger();
    await api.refreshSummary();
    await host.Excel.run(async (ctx) => {
      const pivot = ctx.workbook.pivotTables.getItem(PIVOT_NAME);
      pivot.dataHierarchies.remove(pivot.dataHierarchies.getItem(PIVOT_OVERDUE_CAPTION));
      await ctx.sync();
    });
    host.stats.reset();
    expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: true });
    expect(host.stats.syncCount).toBe(2);
    expect(host.workbook.pivots().map((p) => [p.sheet, p.data.map((d) => d.name)])).toEqual([
      [PIVOT_SHEET, [PIVOT_VALUE_CAPTION, PIVOT_OVERDUE_CAPTION]],
    ]);
  });

  it("grand totals: the 总计 row counts each department-item pair once", async () => {
    const { host, api } = await ledger();
    await api.refreshSummary();
    const cells = host.workbook.pivots()[0].cells;
    const total = cells.find((row) => row[0] === "总计")!;
    const pairs = plan.items.reduce((n, i) => n + new Set(i.assignments.map((a) => a.department)).size, 0);
    const { columns } = pivotColumns(cells);
    const at = columns.findIndex((c) => c.status === "总计" && c.caption === PIVOT_VALUE_CAPTION);
    expect(total[at + 1]).toBe(pairs);
    // 逾期数: nothing is done yet, so the tasks whose 完成时限 (from the plan) has passed (统计日期 is today)
    const today = new Date().toISOString().slice(0, 10);
    const overdue = plan.items.filter((i) => i.deadline?.date && i.deadline.date < today).length;
    expect(overdue).toBeGreaterThan(0); // the 2019 plan's 2020年底前 (item 22)
    expect(total[total.length - 1]).toBe(overdue);
  });

  it("without ExcelApi 1.8 the formula summary is the summary", async () => {
    const { host, api } = await ledger({ supportedSets: { ExcelApi: "1.7" } });
    expect(api.capabilities()).toEqual({ pivotTables: false, dataValidation: false });
    expect(await api.refreshSummary()).toEqual({ mode: "formula", created: false });
    expect(host.workbook.pivots()).toEqual([]);
  });

  it("says there is no ledger yet", async () => {
    installHost();
    const error = await createLedgerApi({ plan })
      .refreshSummary()
      .catch((e: unknown) => e);
    expect(isLedgerError(error) && error.code).toBe("no-ledger");
  });

  it("says what to repair when the assignments table is gone", async () => {
    const { host, api } = await ledger();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("TZ_Assignments").convertToRange();
      await ctx.sync();
    });
    const error = await api.refreshSummary().catch((e: unknown) => e);
    expect(isLedgerError(error) && [error.code, error.message]).toEqual([
      "not-found",
      "找不到生成汇总所需的“责任分解”表格（TZ_Assignments），可能已被删除或改名。",
    ]);
  });
});
