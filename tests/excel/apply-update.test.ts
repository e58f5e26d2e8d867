import { SHEETS } from "../../src/core/ledger/constants";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019, workbookSnapshot } from "./support/host";
import { columnOf, itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

test("what people typed survives a deleted row, a renamed header and a deleted department column", async () => {
  const host = installHost();
  const plan = plan2019();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });

  await host.simulate.userEdit(L, itemAddress(host, 1, "状态"), [["推进中"]]);
  await host.simulate.userEdit(L, itemAddress(host, 2, "状态"), [["已完成"]]);
  host.workbook.seed(`${L}!${itemAddress(host, 3, "状态")}`, [["暂缓"]]); // pasted: bypasses the list
  await host.simulate.userEdit(L, itemAddress(host, 3, "进展情况"), [["已召开专题会议，形成解读方案"]]);
  await host.simulate.userEdit(L, itemAddress(host, 4, "进展情况"), [["'=1+1"]]);
  await host.simulate.userEdit(L, itemAddress(host, 9, "存在问题及下步计划"), [["下一步加强培训"]]);
  await host.simulate.userEdit(L, itemAddress(host, 9, "联系人"), [["张三 010-12345678"]]);
  await host.simulate.userEdit(L, itemAddress(host, 9, "完成时限"), [["2019-06-30"]]);
  await host.simulate.userEdit(L, itemAddress(host, 30, "进展情况"), [["最后一项的进展"]]);
  const row7 = rowOf(host, 7);
  await personRuns(host, (ctx) =>
    ctx.workbook.worksheets.getItem(L).getRange(`${row7}:${row7}`).delete("Up"),
  );
  await host.simulate.userEdit(L, `${columnOf(host, "进展情况")}5`, [["进展说明"]]);
  const dept = columnOf(host, "商标局");
  await personRuns(host, (ctx) =>
    ctx.workbook.worksheets.getItem(L).getRange(`${dept}:${dept}`).delete("Left"),
  );

  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const messages = report.repairs.map((r) => r.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      "补回部门列“商标局”",
      "补回第 7 项的行",
      "恢复“进展情况”列的列名（该列已填写的内容已保留）",
    ]),
  );
  expect(itemValue(host, 1, "状态")).toBe("推进中");
  expect(itemValue(host, 2, "状态")).toBe("已完成");
  expect(itemValue(host, 3, "状态")).toBe("暂缓");
  expect(itemValue(host, 3, "进展情况")).toBe("已召开专题会议，形成解读方案");
  expect(itemValue(host, 4, "进展情况")).toBe("=1+1");
  expect(host.workbook.formulas(`${L}!${itemAddress(host, 4, "进展情况")}`)[0][0]).toBe("=1+1");
  expect(itemValue(host, 9, "存在问题及下步计划")).toBe("下一步加强培训");
  expect(itemValue(host, 9, "联系人")).toBe("张三 010-12345678");
  expect(host.workbook.text(`${L}!${itemAddress(host, 9, "完成时限")}`)[0][0]).toBe("2019-06-30");
  expect(itemValue(host, 30, "进展情况")).toBe("最后一项的进展");
  expect(itemValue(host, 7, "状态")).toBe("未启动");
  expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")?.address).toBe(`${L}!A5:AH35`);

  const before = workbookSnapshot(host);
  const again = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(again.rowsWritten).toBe(0);
  expect(again.repairs).toEqual([]);
  expect(workbookSnapshot(host)).toEqual(before);
});

test("a 序号 typed with full-width digits keeps its row; 0 is no 序号 (its content goes to 未能对应的内容)", async () => {
  const host = installHost();
  const plan = plan2019();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const no = columnOf(host, "序号");
  const row12 = rowOf(host, 12);
  const row5 = rowOf(host, 5);
  await host.simulate.userEdit(L, itemAddress(host, 12, "进展情况"), [["第12项进展"]]);
  await host.simulate.userEdit(L, itemAddress(host, 5, "进展情况"), [["序号被改成0的行"]]);
  host.workbook.seed(`${L}!${no}${row12}`, [["１２ "]]); // pasted from an IME: full-width digits, a stray space
  host.workbook.seed(`${L}!${no}${row5}`, [["0"]]);

  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(itemValue(host, 12, "进展情况")).toBe("第12项进展");
  expect(itemValue(host, 5, "进展情况")).toBe("");
  expect(report.notes.join("")).toContain(SHEETS.unplaced);
  const unplaced = host.workbook.values(`${SHEETS.unplaced}!A4:I5`);
  expect(unplaced.flat()).toContain("序号被改成0的行");
  expect(unplaced.flat()).not.toContain("第12项进展");
});
