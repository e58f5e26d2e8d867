/**
 * One settings reader: with 计入完成 left blank on the 设置 sheet, the command line's reader, the add-in (its
 * update and its validation/overview read, on the test host) and validation all give the same answer.
 */
import ExcelJS from "exceljs";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SETTINGS_HEADERS, SETTINGS_LAYOUT, SHEETS } from "../../src/core/ledger/constants";
import { readSettingsCells } from "../../src/core/ledger/settings-sheet";
import { DEFAULT_STATUSES, StatusDef } from "../../src/core/status/statuses";
import { statusesFromSettings } from "../../src/core/validation/settings";
import { applyLedger } from "../../src/excel/apply";
import { readLedgerGrid } from "../../src/excel/ledger-grid";
import { readLedger, readSettings } from "../../src/excel/read-ledger";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { CAPS, installHost, plan2019 } from "./support/host";

const T = SETTINGS_LAYOUT;
const DONE_ROW = T.firstStatusRow + DEFAULT_STATUSES.findIndex((s) => s.name === "已完成");
const DONE_CELL = `B${DONE_ROW}`;
const NOW = () => new Date("2019-05-01T08:00:00Z");
/** The default list with 已完成's 计入完成 read from a blank cell. */
const EXPECTED: StatusDef[] = DEFAULT_STATUSES.map((s) => ({ ...s, done: false }));

async function cliStatuses(): Promise<StatusDef[]> {
  const spec = buildLedgerSpec(plan2019(), {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: null,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeLedgerXlsx(spec)) as unknown as ArrayBuffer);
  wb.getWorksheet(SHEETS.settings)!.getCell(DONE_CELL).value = null;
  const read = await readLedgerXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return read.value!.statuses;
}

test("blank 计入完成: the CLI, the add-in and validation read the same status list", async () => {
  const fromCli = await cliStatuses();

  const host = installHost();
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  await host.simulate.userEdit(SHEETS.settings, DONE_CELL, [[""]]);
  const fromAddIn = await host.Excel.run(async (ctx) => readSettings(await readLedger(ctx))?.statuses);
  const fromPane = await host.Excel.run(async (ctx) => (await readLedgerGrid(ctx)).statuses);
  const block = host.workbook.values(`${SHEETS.settings}!A${T.firstStatusRow}:D${T.firstStatusRow + 3}`);
  const fromValidation = statusesFromSettings(
    block.map((row) => row.map((v) => (v ?? null) as string | null)),
  );

  expect(fromCli).toEqual(EXPECTED);
  expect(fromAddIn).toEqual(EXPECTED);
  expect(fromPane).toEqual(EXPECTED);
  expect(fromValidation).toEqual(EXPECTED);

  // The add-in's update writes back what it read (否), as `taizhang workbook --from` does.
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW, run: { retryDelayMs: 1 } });
  expect(host.workbook.values(`${SHEETS.settings}!${DONE_CELL}`)).toEqual([["否"]]);
});

describe("readSettingsCells", () => {
  it("finds the status block and the metadata by their labels", () => {
    const cells = [
      ["台账设置"],
      [],
      ["", SETTINGS_HEADERS.statusName, SETTINGS_HEADERS.statusDone, "", "", "", "项目", "内容"],
      ["", " 推进中 ", "是", "#ddebf7", "bad", "", "格式版本", 1],
      ["", "暂缓", "", "", "", "", "计划标识", " abc "],
      ["", "", "是"],
      ["", "不读", "是"],
    ];
    const read = readSettingsCells(cells);
    expect(read.statuses).toEqual([
      { name: "推进中", done: true, fill: "#DDEBF7", font: "#000000" },
      { name: "暂缓", done: false, fill: "#FFFFFF", font: "#000000" },
    ]);
    expect(read.meta.get("格式版本")).toBe(1);
    expect(read.meta.get("计划标识")).toBe(" abc ");
  });
});
