import { SHEETS } from "../../src/core/ledger/constants";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019, workbookSnapshot } from "./support/host";
import { itemAddress, personRuns, rowOf } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

test("a formula a person typed into a fill-in cell is left as the person's formula on 生成/更新台账", async () => {
  const host = installHost();
  const plan = plan2019();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const due = itemAddress(host, 3, "完成时限");
  // The host has no TODAY(); a formula of the same shape (a date serial plus 30 days) stands in for it.
  await host.simulate.userEdit(L, due, [["=INT(43646.5)+30"]]);
  expect(host.workbook.formulas(`${L}!${due}`)[0][0]).toBe("=INT(43646.5)+30");

  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(host.workbook.formulas(`${L}!${itemAddress(host, 3, "完成时限")}`)[0][0]).toBe("=INT(43646.5)+30");
  expect(report.notes.join("")).not.toContain("公式");

  const before = workbookSnapshot(host);
  const again = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(again.rowsWritten).toBe(0);
  expect(workbookSnapshot(host)).toEqual(before);
});

test("a row holding a person's formula that must move keeps the formula, and the move is reported", async () => {
  const host = installHost();
  const plan = plan2019();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  await host.simulate.userEdit(L, itemAddress(host, 9, "进展情况"), [['="已完成"&"第一阶段"']]);
  const row7 = rowOf(host, 7);
  await personRuns(host, (ctx) =>
    ctx.workbook.worksheets.getItem(L).getRange(`${row7}:${row7}`).delete("Up"),
  );

  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(host.workbook.formulas(`${L}!${itemAddress(host, 9, "进展情况")}`)[0][0]).toBe(
    '="已完成"&"第一阶段"',
  );
  expect(report.notes.join("")).toContain("第 9 项“进展情况”中填写的公式已随该行移到新位置");

  const before = workbookSnapshot(host);
  const again = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(again.rowsWritten).toBe(0);
  expect(workbookSnapshot(host)).toEqual(before);
});
