/**
 * Bug 3 of issue 11: the PivotTable must never collide with the formula summary. After 刷新汇总, statuses
 * added on 设置 widen 部门汇总; 生成/更新台账 and the next 刷新汇总 must still work, and the pivot's counts must
 * equal counts computed without Excel.
 */
import { LEDGER_HEADERS as H, SETTINGS_LAYOUT, SHEETS } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { cellAddress } from "../../src/core/ledger/a1";
import { ASSIGNMENT_HEADERS, TABLES } from "../../src/core/ledger/constants";
import { PIVOT_NAME, PIVOT_SHEET } from "../../src/excel/summary";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";
import { expectedCounts, pivotCounts } from "./summary-support";

const plan = plan2019();
const T = SETTINGS_LAYOUT;

describe.each([2, 5])("PivotTable after %i statuses are added on 设置", (added) => {
  it("update and refresh succeed and the pivot counts every status", async () => {
    const host = installHost();
    const api = createLedgerApi({ plan });
    await api.createOrUpdate();
    expect(await api.refreshSummary()).toMatchObject({ mode: "pivot", created: true });

    const names = Array.from({ length: added }, (_, i) => `新状态${i + 1}`);
    const first = T.firstStatusRow + DEFAULT_STATUSES.length;
    await host.simulate.userEdit(
      SHEETS.settings,
      `A${first}:B${first + added - 1}`,
      names.map((n) => [n, "否"]),
    );
    await api.createOrUpdate();

    const statusOf = new Map<number, string>([
      [1, names[0]],
      [2, names[added - 1]],
      [3, "已完成"],
    ]);
    for (const [no, status] of statusOf) {
      await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, no, H.status), status);
    }
    expect(await api.refreshSummary()).toMatchObject({ mode: "pivot" });
    expect(host.workbook.pivots().filter((p) => p.name === PIVOT_NAME)).toHaveLength(1);
    expect(pivotCounts(host)).toEqual(expectedCounts(plan, (no) => statusOf.get(no) ?? "未启动"));

    // and the update after that, with one more status, still works
    await host.simulate.userEdit(SHEETS.settings, `A${first + added}:B${first + added}`, [
      ["再加一个", "否"],
    ]);
    await expect(api.createOrUpdate()).resolves.toMatchObject({ created: false });
    await expect(api.refreshSummary()).resolves.toMatchObject({ mode: "pivot", created: false });
  });
});

test("a PivotTable from before, beside the formula summary, is moved to its own sheet by the update", async () => {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  // Where earlier versions put it: right of the formula summary on 部门汇总.
  const at = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null })
    .layout.summary.pivotAnchor;
  await host.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(SHEETS.summary);
    const pivot = sheet.pivotTables.add(
      PIVOT_NAME,
      ctx.workbook.tables.getItem(TABLES.assignments),
      sheet.getRange(cellAddress(at.row, at.col)),
    );
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(ASSIGNMENT_HEADERS.department));
    pivot.columnHierarchies.add(pivot.hierarchies.getItem(ASSIGNMENT_HEADERS.status));
    pivot.dataHierarchies.add(pivot.hierarchies.getItem(ASSIGNMENT_HEADERS.count)).summarizeBy = "Sum";
    await ctx.sync();
  });
  const first = T.firstStatusRow + DEFAULT_STATUSES.length;
  await host.simulate.userEdit(SHEETS.settings, `A${first}:B${first + 1}`, [
    ["甲", "否"],
    ["乙", "否"],
  ]);
  const report = await api.createOrUpdate();
  expect(report.repairs.map((r) => r.message).join("")).toContain(
    `数据透视表移到单独的“${PIVOT_SHEET}”工作表`,
  );
  expect(host.workbook.pivots().map((p) => [p.name, p.sheet])).toEqual([[PIVOT_NAME, PIVOT_SHEET]]);
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 4, H.status), "甲");
  await expect(api.refreshSummary()).resolves.toEqual({ mode: "pivot", created: false });
  expect(pivotCounts(host)).toEqual(expectedCounts(plan, (no) => (no === 4 ? "甲" : "未启动")));
});
