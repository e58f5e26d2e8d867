/**
 * Issue 14: the add-in's 生成/更新台账 keeps what the rounds commands wrote — TZ_Rounds, 报送情况, 进展记录,
 * TZ_Previous and the summary's 本轮 columns — and a 统计日期 a person fixed in 设置.
 */
import { SHEETS } from "../../src/core/ledger/constants";
import { ROUND_SHEETS } from "../../src/core/rounds/constants";
import { applyLedger } from "../../src/excel/apply";
import { ExcelHost } from "../../src/testing/excel-host";
import { CAPS, installHost, plan2019 } from "./support/host";
import { itemAddress, personRuns } from "./support/ledger";

const NOW = () => new Date("2019-08-01T08:00:00Z");

/** The 设置 cell next to a label in the metadata block (column I labels, J values). */
function settingsCell(host: ExcelHost, label: string): string {
  const labels = host.workbook.values(`${SHEETS.settings}!I1:I60`).map((r) => r[0]);
  const i = labels.indexOf(label);
  if (i < 0) throw new Error(`no ${label} on 设置`);
  return `J${i + 1}`;
}

/** What `taizhang round start/close` leaves in a workbook: a closed round with a snapshot and an open one. */
function seedRounds(host: ExcelHost): void {
  host.workbook.addSheet(ROUND_SHEETS.data);
  host.workbook.seed(`${ROUND_SHEETS.data}!A1:J3`, [
    ["轮次", "开始日期", "截止日期", "结束日期", null, "轮次", "部门", "交回时间", "逾期", "文件"],
    [
      "2019年第二季度",
      "'2019-04-01",
      "'2019-06-25",
      "'2019-06-28",
      null,
      "2019年第二季度",
      "商标局",
      "'2019-06-27T10:00:00.000Z",
      "是",
      "商标局.xlsx",
    ],
    ["2019年第三季度", "'2019-07-01", "'2019-09-25", null, null, null, null, null, null, null],
  ]);
  host.workbook.addSheet(ROUND_SHEETS.history);
  host.workbook.seed(`${ROUND_SHEETS.history}!A2:E3`, [
    ["轮次", "日期", "记录", "序号", "部门"],
    ["2019年第二季度", "'2019-06-28", "本轮结束快照", 1, "办公室"],
  ]);
}

test("an update keeps the rounds and a fixed 统计日期 (and writes the summary's 本轮 columns)", async () => {
  const host = installHost();
  const plan = plan2019();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const asOf = settingsCell(host, "统计日期");
  await host.simulate.userEdit(SHEETS.settings, asOf, [["2019-06-30"]]);
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 2, "进展情况"), [["已印发"]]);
  seedRounds(host);
  await personRuns(host, (ctx) => {
    ctx.workbook.worksheets.getItem(ROUND_SHEETS.data).visibility = "VeryHidden";
  });

  await applyLedger(plan, { capabilities: CAPS, now: NOW });

  expect(host.workbook.text(`${SHEETS.settings}!${asOf}`)[0][0]).toBe("2019-06-30");
  expect(host.workbook.formulas(`${SHEETS.settings}!${asOf}`)[0][0]).toBe(43646);
  const names = host.workbook.getSheetNames();
  expect(names).toEqual(expect.arrayContaining(Object.values(ROUND_SHEETS)));
  const data = host.workbook.values(`${ROUND_SHEETS.data}!A2:D3`);
  expect(data.map((r) => r[0])).toEqual(["2019年第二季度", "2019年第三季度"]);
  expect(host.workbook.values(`${ROUND_SHEETS.data}!F2:I2`)[0]).toEqual([
    "2019年第二季度",
    "商标局",
    "2019-06-27T10:00:00.000Z",
    "是",
  ]);
  const history = host.workbook.values(`${ROUND_SHEETS.history}!A3:D3`)[0];
  expect(history).toEqual(["2019年第二季度", expect.any(Number), "本轮结束快照", 1]);
  const status = host.workbook.values(`${ROUND_SHEETS.status}!A3:C3`)[0];
  expect(String(status[2])).toContain("2019年第三季度");
  const summaryHeaders = host.workbook.values(`${SHEETS.summary}!A1:Z6`).flat();
  expect(summaryHeaders).toEqual(expect.arrayContaining(["本轮新完成", "本轮新逾期"]));
  expect(host.workbook.sheetInfo(ROUND_SHEETS.data).visibility).toBe("VeryHidden");
  expect(host.workbook.sheetInfo(ROUND_SHEETS.previous).visibility).toBe("VeryHidden");
});
