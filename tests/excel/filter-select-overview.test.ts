import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { computeOverview } from "../../src/core/overview/overview";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import { installHost, plan2019 } from "./support/host";
import { columnOf, itemAddress, rowOf } from "./support/ledger";

const plan = plan2019();

async function ledger() {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  host.stats.reset();
  return { host, api };
}

/** Items (序号) whose rows are visible in the ledger body. */
function visibleItems(host: ReturnType<typeof installHost>): number[] {
  const hidden = new Set(host.workbook.hiddenRows(SHEETS.ledger));
  return plan.items.map((i) => i.no).filter((no) => !hidden.has(rowOf(host, no)));
}

describe("filterByDepartment", () => {
  it("shows only the department's items, switches department, and clears", async () => {
    const { host, api } = await ledger();
    const assigned = (dept: string) =>
      plan.items.filter((i) => i.assignments.some((a) => a.department === dept)).map((i) => i.no);
    await api.filterByDepartment("商标局");
    expect(visibleItems(host)).toEqual(assigned("商标局"));
    expect(host.stats.syncCount).toBe(2);
    const criteria = host.workbook.tables().find((t) => t.name === "TZ_Ledger")!.filters;
    expect(criteria).toEqual({ 商标局: expect.objectContaining({ filterOn: "Custom", criterion1: "<>" }) });

    await api.filterByDepartment("办公室");
    expect(visibleItems(host)).toEqual(assigned("办公室"));
    expect(Object.keys(host.workbook.tables().find((t) => t.name === "TZ_Ledger")!.filters)).toEqual([
      "办公室",
    ]);

    await api.filterByDepartment(null);
    expect(visibleItems(host)).toEqual(plan.items.map((i) => i.no));
    expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")!.filters).toEqual({});
  });

  it("says when the department has no column, and when there is no ledger", async () => {
    const { api } = await ledger();
    const error = await api.filterByDepartment("不存在的部门").catch((e: unknown) => e);
    expect(isLedgerError(error) && [error.code, error.message]).toEqual([
      "not-found",
      "台账中没有“不存在的部门”列，无法按该部门筛选。",
    ]);
    installHost();
    const none = await createLedgerApi({ plan })
      .filterByDepartment("商标局")
      .catch((e: unknown) => e);
    expect(isLedgerError(none) && none.code).toBe("no-ledger");
  });
});

describe("readOverview", () => {
  it("is null without a ledger", async () => {
    installHost();
    expect(await createLedgerApi({ plan }).readOverview()).toBeNull();
  });

  it("counts statuses from the cells in one sync", async () => {
    const { host, api } = await ledger();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 1, H.status), "已完成");
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 2, H.status), "推进中");
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 3, H.status)}`, [["完成"]]);
    host.stats.reset();
    const overview = (await api.readOverview())!;
    expect(host.stats.syncCount).toBe(1);
    expect(overview.planTitle).toBe(plan.title);
    expect(overview.totalItems).toBe(30);
    expect(overview.doneItems).toBe(1);
    expect(overview.invalidStatusItems).toBe(1);
    expect(Object.fromEntries(overview.byStatus.map((s) => [s.name, s.count]))).toEqual({
      未启动: 27,
      推进中: 1,
      已完成: 1,
      滞后: 0,
    });
    const office = overview.departments.find((d) => d.name === "办公室")!;
    const officeItems = plan.items.filter((i) => i.assignments.some((a) => a.department === "办公室"));
    expect(office.total).toBe(officeItems.length);
    expect(Object.values(office.byStatus).reduce((a, b) => a + b, 0)).toBe(office.total);
  });
});

describe("selectAddress", () => {
  it("activates the sheet and selects the cell", async () => {
    const { host, api } = await ledger();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEETS.summary).activate();
      await ctx.sync();
    });
    const address = `${SHEETS.ledger}!${columnOf(host, H.status)}12`;
    host.stats.reset();
    await api.selectAddress(address);
    expect(host.stats.syncCount).toBe(1);
    expect(host.workbook.activeSheet()).toBe(SHEETS.ledger);
    const selected = await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(selected).toBe(address);
  });

  it("rejects an address without a sheet with a Chinese message", async () => {
    const { api } = await ledger();
    const error = await api.selectAddress("Q12").catch((e: unknown) => e);
    expect(isLedgerError(error) && error.message).toBe("无法定位单元格“Q12”。");
  });
});

describe("computeOverview (pure) agrees with readOverview", () => {
  it("same result from the same cells", async () => {
    const { host, api } = await ledger();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 4, H.status), "滞后");
    const fromExcel = await api.readOverview();
    const values = host.workbook.values(`${SHEETS.ledger}!A5:${columnOf(host, H.updated)}35`);
    const grid = {
      sheet: SHEETS.ledger,
      headerRow: 5,
      firstCol: 1,
      headers: values[0].map(String),
      body: values.slice(1) as (string | number | boolean | null)[][],
    };
    const { DEFAULT_STATUSES } = await import("../../src/core/status/statuses");
    expect(fromExcel).toEqual(computeOverview(grid, plan, DEFAULT_STATUSES));
  });
});
