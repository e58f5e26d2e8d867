import { NAMES, SHEETS } from "../../src/core/ledger/constants";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019, workbookSnapshot } from "./support/host";
import { columnOf, itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

async function created(options: Parameters<typeof installHost>[0] = {}) {
  const host = installHost(options);
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  return host;
}

async function update() {
  return applyLedger(plan2019(), { capabilities: CAPS, now: NOW, run: { retryDelayMs: 1 } });
}

async function expectStable(host: ReturnType<typeof installHost>) {
  const before = workbookSnapshot(host);
  const again = await update();
  expect(again.repairs).toEqual([]);
  expect(again.rowsWritten).toBe(0);
  expect(workbookSnapshot(host)).toEqual(before);
}

const statusValidation = (host: ReturnType<typeof installHost>) =>
  host.workbook.dataValidations(L).filter((v) => v.type === "List");

test("a cleared status validation and deleted conditional formats are restored", async () => {
  const host = await created();
  const status = columnOf(host, "状态");
  await personRuns(host, (ctx) => {
    const r = ctx.workbook.worksheets.getItem(L).getRange(`${status}6:${status}35`);
    r.dataValidation.clear();
    r.conditionalFormats.clearAll();
  });
  expect(statusValidation(host)).toEqual([]);
  const report = await update();
  expect(report.repairs.map((r) => r.kind).sort()).toEqual(["conditional-format", "data-validation"]);
  expect(report.repairs.find((r) => r.kind === "data-validation")?.message).toBe(
    "恢复状态列的数据验证（下拉列表）",
  );
  expect(statusValidation(host)).toEqual([
    expect.objectContaining({
      addresses: [`${status}6:${status}35`],
      rule: { list: expect.objectContaining({ source: `=${NAMES.statuses}` }) },
    }),
  ]);
  expect(host.workbook.conditionalFormats(L)).toHaveLength(4 + 4); // statuses, then 逾期/临期 on two columns
  await expectStable(host);
});

test("a deleted settings sheet and a deleted name are put back", async () => {
  const host = await created();
  await personRuns(host, (ctx) => {
    ctx.workbook.worksheets.getItem(SHEETS.settings).delete();
    ctx.workbook.names.getItem(NAMES.ledgerNo).delete();
  });
  const report = await update();
  const messages = report.repairs.map((r) => r.message);
  expect(messages).toContain("补回“设置”工作表（状态列表按默认值恢复）");
  expect(messages).toContain(`补回名称“${NAMES.ledgerNo}”`);
  expect(host.workbook.getSheetNames()).toContain(SHEETS.settings);
  expect(host.workbook.values(`${SHEETS.settings}!A3:A6`).map((r) => r[0])).toEqual([
    "未启动",
    "推进中",
    "已完成",
    "滞后",
  ]);
  expect(host.workbook.names().map((n) => n.name)).toContain(NAMES.ledgerNo);
  // The summary formulas work again through the restored names.
  expect(host.workbook.warnings).toEqual([]);
  await expectStable(host);
});

test("a status added on the settings sheet gets its colour rule; typed statuses stay", async () => {
  const host = await created();
  await host.simulate.userEdit(SHEETS.settings, "A7:D7", [["暂停", "否", "#FFEB9C", "#9C5700"]]);
  await host.simulate.userEdit(L, itemAddress(host, 5, "状态"), [["暂停"]]);
  await update();
  expect(itemValue(host, 5, "状态")).toBe("暂停");
  const rules = host.workbook.conditionalFormats(L);
  expect(rules).toHaveLength(5 + 4);
  expect(rules.some((r) => JSON.stringify(r.rule).includes("暂停"))).toBe(true);
  await expectStable(host);
});

test("a row a person inserted into the table keeps its content on the 未能对应的内容 sheet", async () => {
  const host = await created();
  const row = rowOf(host, 10);
  await personRuns(
    host,
    (ctx) => void ctx.workbook.worksheets.getItem(L).getRange(`${row}:${row}`).insert("Down"),
  );
  await host.simulate.userEdit(L, `${columnOf(host, "工作任务")}${row}`, [["临时增加的任务"]]);
  await host.simulate.userEdit(L, `${columnOf(host, "进展情况")}${row}`, [["临时任务的进展"]]);
  await host.simulate.userEdit(L, itemAddress(host, 30, "联系人"), [["李四"]]);
  const report = await update();
  expect(report.notes.join("")).toContain(SHEETS.unplaced);
  expect(itemValue(host, 30, "联系人")).toBe("李四");
  expect(rowOf(host, 30)).toBe(35);
  expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")?.address).toBe(`${L}!A5:AH35`);
  expect(host.workbook.usedRange(L)).toBe(`${L}!A1:AH35`);
  const unplaced = host.workbook.values(`${SHEETS.unplaced}!A4:I4`)[0];
  expect(unplaced[1]).toBe("临时增加的任务");
  expect(unplaced[3]).toBe("临时任务的进展");
  await expectStable(host);
});

test("a protected ledger sheet stops the update with a clear error and changes nothing", async () => {
  const host = await created();
  await host.simulate.userEdit(L, itemAddress(host, 1, "进展情况"), [["进展"]]);
  await personRuns(host, (ctx) => ctx.workbook.worksheets.getItem(L).protection.protect());
  const before = workbookSnapshot(host);
  await expect(update()).rejects.toMatchObject({ name: "LedgerError", code: "protected" });
  expect(workbookSnapshot(host)).toEqual(before);
});

test("cell-edit mode is waited out (Excel.run with delayForCellEdit)", async () => {
  const host = installHost();
  host.simulate.cellEditMode(300);
  const report = await applyLedger(plan2019(), { capabilities: CAPS, now: NOW, run: { retryDelayMs: 1 } });
  expect(report.created).toBe(true);
  expect(host.workbook.tables().map((t) => t.name)).toEqual(["TZ_Ledger", "TZ_Assignments"]);
});

test("without table.resize (ExcelApi 1.12) a deleted row is repaired by redefining the table over the same cells", async () => {
  const host = await created({ supportedSets: { ExcelApi: "1.12" } });
  await host.simulate.userEdit(L, itemAddress(host, 12, "进展情况"), [["第12项进展"]]);
  const row = rowOf(host, 3);
  await personRuns(host, (ctx) => ctx.workbook.worksheets.getItem(L).getRange(`${row}:${row}`).delete("Up"));
  const report = await update();
  expect(report.repairs.map((r) => r.message)).toContain("补回第 3 项的行");
  expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")?.address).toBe(`${L}!A5:AH35`);
  expect(itemValue(host, 12, "进展情况")).toBe("第12项进展");
  await expectStable(host);
});

test("a column a person added inside the table is moved, with its content, to the right of the table", async () => {
  const host = await created();
  const due = columnOf(host, "完成时限");
  await personRuns(
    host,
    (ctx) => void ctx.workbook.worksheets.getItem(L).getRange(`${due}:${due}`).insert("Right"),
  );
  await host.simulate.userEdit(L, `${due}5`, [["备注"]]);
  await host.simulate.userEdit(L, `${due}${rowOf(host, 8)}`, [["需与商标局会商"]]);
  await host.simulate.userEdit(L, itemAddress(host, 8, "完成时限"), [["2019-09-30"]]);
  const report = await update();
  expect(report.notes.join("")).toContain("备注");
  expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")?.address).toBe(`${L}!A5:AH35`);
  expect(host.workbook.value(`${L}!AI5`)).toBe("备注");
  expect(host.workbook.value(`${L}!AI${rowOf(host, 8)}`)).toBe("需与商标局会商");
  expect(host.workbook.text(`${L}!${itemAddress(host, 8, "完成时限")}`)[0][0]).toBe("2019-09-30");
  await expectStable(host);
});
