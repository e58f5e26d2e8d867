/**
 * "Done when", through the Excel test host: create the ledger → people edit (typed and pasted statuses, a
 * deleted row, a renamed header) → validate → repair → refresh the summary, asserting on the cells.
 */
import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { columnOf, itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";
import { expectedCounts, pivotCounts } from "./summary-support";

const L = SHEETS.ledger;
const NOW = new Date(2019, 6, 1, 9, 30);

test("create → edits → validate → repair → summary", async () => {
  const plan = plan2019();
  const host = installHost();
  const api = createLedgerApi({ plan, now: () => NOW });

  // 1. Create.
  const created = await api.createOrUpdate();
  expect(created.created).toBe(true);
  expect(await api.validate()).toEqual({ findings: [], normalisations: [] });
  const live: ValidationReport[] = [];
  const unsubscribe = await api.watchLedger((report) => live.push(report));

  // 2. People edit.
  await host.simulate.userEdit(L, itemAddress(host, 1, H.status), "已完成");
  await host.simulate.userEdit(L, itemAddress(host, 1, H.progress), "已印发解读材料");
  await host.simulate.userEdit(L, itemAddress(host, 2, H.status), "推进中");
  await host.simulate.userPaste(L, itemAddress(host, 4, H.status), "完成"); // the drop-down cannot stop a paste
  await host.simulate.userEdit(L, itemAddress(host, 4, H.progress), "初稿已完成");
  await host.simulate.userEdit(L, itemAddress(host, 6, H.problems), "无");
  const row10 = rowOf(host, 10);
  await personRuns(host, (ctx) =>
    ctx.workbook.worksheets.getItem(L).getRange(`${row10}:${row10}`).delete("Up"),
  );
  const progressHeader = `${columnOf(host, H.progress)}5`;
  await host.simulate.userEdit(L, progressHeader, "进展说明");
  await host.simulate.settle();

  // Live checks stamped 更新时间 on the rows whose status or progress changed, and only those.
  for (const no of [1, 2, 4]) expect(itemValue(host, no, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  for (const no of [3, 6]) expect(itemValue(host, no, H.updated)).toBe("");

  // 3. Validate.
  const report = await api.validate();
  expect(live[live.length - 1]).toEqual(report);
  const status4 = `${L}!${itemAddress(host, 4, H.status)}`;
  expect(report.findings).toEqual([
    expect.objectContaining({ kind: "missing-column", address: `${L}!${progressHeader}`, value: "进展说明" }),
    {
      kind: "invalid-status",
      item: 4,
      address: status4,
      value: "完成",
      message: `第 4 项（${status4}）的状态“完成”不在状态列表中。建议改为“已完成”（见“规范化建议”）。`,
    },
    expect.objectContaining({ kind: "missing-item", item: 10, address: null }),
  ]);
  expect(report.normalisations).toEqual([
    { address: status4, item: 4, from: "完成", to: "已完成", field: "status" },
  ]);
  expect(await api.applyNormalisations(report.normalisations)).toBe(1);
  expect(itemValue(host, 4, H.status)).toBe("已完成");

  // 4. Repair: the row and the header come back; what people typed stays.
  const repaired = await api.createOrUpdate();
  expect(repaired.created).toBe(false);
  expect(repaired.repairs.map((r) => r.message)).toEqual(
    expect.arrayContaining(["补回第 10 项的行", "恢复“进展情况”列的列名（该列已填写的内容已保留）"]),
  );
  await host.simulate.settle();
  expect(host.workbook.value(`${L}!${progressHeader}`)).toBe(H.progress);
  expect(itemValue(host, 1, H.status)).toBe("已完成");
  expect(itemValue(host, 1, H.progress)).toBe("已印发解读材料");
  expect(itemValue(host, 2, H.status)).toBe("推进中");
  expect(itemValue(host, 4, H.status)).toBe("已完成");
  expect(itemValue(host, 4, H.progress)).toBe("初稿已完成");
  expect(itemValue(host, 6, H.problems)).toBe("无");
  expect(itemValue(host, 10, H.status)).toBe("未启动");
  for (const no of [1, 2, 4]) expect(itemValue(host, no, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  expect(await api.validate()).toEqual({ findings: [], normalisations: [] });

  // 5. Summary: the PivotTable's counts equal counts computed from the plan and the edits.
  expect(await api.refreshSummary()).toEqual({ mode: "pivot", created: true });
  const statusOf = (no: number) => ({ 1: "已完成", 2: "推进中", 4: "已完成" })[no] ?? "未启动";
  expect(pivotCounts(host)).toEqual(expectedCounts(plan, statusOf));
  const overview = await api.readOverview();
  expect([overview?.doneItems, overview?.invalidStatusItems]).toEqual([2, 0]);

  await unsubscribe();
});
