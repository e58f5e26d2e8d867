/** Issue 14: 逾期 per department — the pane's overview counts what 部门汇总's formulas count, on the host. */
import { LEDGER_HEADERS as H, SHEETS, SUMMARY_LAYOUT } from "../../src/core/ledger/constants";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { ExcelHost } from "../../src/testing/excel-host";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";
import { pivotOverdue } from "./summary-support";

const plan = plan2019();

/** 部门汇总's 逾期 column: department → count, as the host computed the formulas. */
function summaryOverdue(host: ExcelHost): Map<string, number> {
  const S = SUMMARY_LAYOUT;
  const rows = host.workbook.values(`${SHEETS.summary}!A${S.headerRow}:AZ${S.firstBodyRow + 60}`);
  const col = rows[0].indexOf("逾期");
  const out = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const name = String(row[0] ?? "");
    if (plan.departments.some((d) => d.name === name)) out.set(name, Number(row[col]));
  }
  return out;
}

test("the overview's 逾期 per department equals 部门汇总's, with 统计日期 fixed", async () => {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  const labels = host.workbook.values(`${SHEETS.settings}!I1:I60`).map((r) => r[0]);
  await host.simulate.userEdit(SHEETS.settings, `J${labels.indexOf("统计日期") + 1}`, [["2019-06-30"]]);
  // 1 and 5 past their deadline; 2 past it but done; 3 due later.
  for (const [no, due] of [
    [1, "2019-05-01"],
    [2, "2019-05-01"],
    [3, "2019-12-31"],
    [5, "2019-06-29"],
  ] as const) {
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, no, H.due), [[due]]);
  }
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 2, H.status), [["已完成"]]);

  const overview = await api.readOverview();
  expect(overview?.overdueItems).toBe(2);
  const expected = summaryOverdue(host);
  expect([...expected.values()].some((n) => n > 0)).toBe(true);
  for (const d of overview?.departments ?? [])
    expect([d.name, d.overdue]).toEqual([d.name, expected.get(d.name)]);
  const lead = (no: number) => plan.items.find((i) => i.no === no)!.assignments[0].department;
  expect(overview?.departments.find((d) => d.name === lead(1))?.overdue).toBeGreaterThan(0);

  // 部门透视: the pivot's 逾期数 total per department (责任分解's 逾期 column summed) is the same count.
  expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: true });
  const pivot = pivotOverdue(host);
  for (const [name, n] of expected) expect([name, pivot.get(name) ?? 0]).toEqual([name, n]);
  expect([...pivot.keys()].every((name) => expected.has(name))).toBe(true);
  // and after an edit, 刷新汇总 follows: item 3 overdue too
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 3, H.due), [["2019-06-01"]]);
  expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: false });
  const again = summaryOverdue(host);
  expect(again).not.toEqual(expected);
  const refreshed = pivotOverdue(host);
  for (const [name, n] of again) expect([name, refreshed.get(name) ?? 0]).toEqual([name, n]);
});
