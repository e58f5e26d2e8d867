import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { LEDGER_HEADERS, SHEETS } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";

const plan = plan2019();
const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
const L = spec.layout.ledger;

async function fresh(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeLedgerXlsx(spec)) as unknown as ArrayBuffer);
  return wb;
}
async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test("reads a fresh ledger: metadata, statuses, 30 rows with the default status", async () => {
  const r = await readLedgerXlsx(await writeLedgerXlsx(spec));
  expect(r.issues).toEqual([]);
  const v = r.value!;
  expect(v).toMatchObject({
    formatVersion: 1,
    planId: spec.planId,
    planTitle: plan.title,
    copyDepartment: null,
  });
  expect(v.statuses).toEqual(DEFAULT_STATUSES);
  expect(v.rows.map((x) => x.no)).toEqual(plan.items.map((i) => i.no));
  expect(v.rows.every((x) => x.values.status === "未启动" && x.values.progress === null)).toBe(true);
  expect(v.rows[22].task).toBe(plan.items[22].text);
});

test("survives re-sorted rows, blank rows, a moved column and a deleted column", async () => {
  const wb = await fresh();
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  ws.getRow(L.firstBodyRow + 4).getCell(L.columns.progress).value = "第5项进展";
  ws.getRow(L.firstBodyRow + 4).getCell(L.columns.status).value = "推进中";
  ws.getRow(L.firstBodyRow + 29).getCell(L.columns.contact).value = "李四";
  ws.getRow(L.firstBodyRow + 29).getCell(L.columns.updated).value = new Date("2019-08-01T00:00:00Z");
  // reverse the body rows (a re-sort) by swapping values
  const rows = Array.from({ length: 30 }, (_, i) =>
    (ws.getRow(L.firstBodyRow + i).values as ExcelJS.CellValue[]).slice(),
  );
  rows.reverse().forEach((vals, i) => (ws.getRow(L.firstBodyRow + i).values = vals));
  ws.spliceRows(L.firstBodyRow + 10, 0, [], []); // two blank rows in the middle
  ws.spliceColumns(L.columns.problems, 1); // 存在问题及下步计划 deleted
  ws.spliceColumns(2, 1); // 板块 deleted: everything after moves left
  const r = await readLedgerXlsx(await save(wb));
  const v = r.value!;
  expect(r.issues.map((i) => i.kind)).toEqual(["missing-column"]);
  expect(r.issues[0].message).toContain(LEDGER_HEADERS.problems);
  expect(v.rows).toHaveLength(30);
  const by = new Map(v.rows.map((x) => [x.no, x.values]));
  expect(by.get(5)).toMatchObject({ status: "推进中", progress: "第5项进展", problems: null });
  expect(by.get(30)).toMatchObject({ contact: "李四", updated: { date: "2019-08-01T00:00:00.000Z" } });
});

test("keeps rows without a 序号 or with duplicates, as issues", async () => {
  const wb = await fresh();
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const extra = ws.getRow(L.firstBodyRow + 31);
  extra.getCell(L.columns.progress).value = "没有序号的备注";
  const dup = ws.getRow(L.firstBodyRow + 32);
  dup.getCell(1).value = 3;
  dup.getCell(L.columns.progress).value = "重复";
  const r = await readLedgerXlsx(await save(wb));
  expect(r.issues.map((i) => i.kind)).toEqual(["row-without-no", "duplicate-no"]);
  expect(r.value!.rows.filter((x) => x.no === null).map((x) => x.values.progress)).toEqual([
    "没有序号的备注",
  ]);
});

test("foreign files give a clear Chinese error, never an exception", async () => {
  const notZip = await readLedgerXlsx(new TextEncoder().encode("hello, this is text"));
  expect(notZip.value).toBeNull();
  expect(notZip.issues[0]).toMatchObject({ kind: "not-xlsx" });
  expect(notZip.issues[0].message).toContain("不是 Excel 工作簿");

  const zip = new JSZip();
  zip.file("a.txt", "x");
  const otherZip = await readLedgerXlsx(await zip.generateAsync({ type: "uint8array" }));
  expect(otherZip.value).toBeNull();
  expect(otherZip.issues[0].kind).toBe("not-xlsx");

  const good = await writeLedgerXlsx(spec);
  const corrupt = await readLedgerXlsx(good.slice(0, good.length / 2));
  expect(corrupt.value).toBeNull();
  expect(corrupt.issues[0].kind).toBe("not-xlsx");

  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").getCell("A1").value = "别的表";
  const noLedger = await readLedgerXlsx(await save(other));
  expect(noLedger.value).toBeNull();
  expect(noLedger.issues[0]).toMatchObject({ kind: "no-ledger-sheet" });
  expect(noLedger.issues[0].message).toContain("“Sheet1”");
});

test("a 序号 typed with full-width digits (as Chinese IMEs do) carries its row; 0 is no 序号", async () => {
  const wb = await fresh();
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const row12 = ws.getRow(L.firstBodyRow + 11);
  expect(row12.getCell(L.columns.no).value).toBe(12);
  row12.getCell(L.columns.no).value = " １２";
  row12.getCell(L.columns.progress).value = "第12项进展";
  const row5 = ws.getRow(L.firstBodyRow + 4);
  row5.getCell(L.columns.no).value = "0";
  row5.getCell(L.columns.progress).value = "序号被改成0的行";
  const r = await readLedgerXlsx(await save(wb));
  expect(r.issues.map((i) => i.kind)).toEqual(["bad-no"]);
  expect(r.issues[0].message).toContain("“0”");
  const v = r.value!;
  expect(v.rows.find((x) => x.no === 12)?.values.progress).toBe("第12项进展");
  expect(v.rows.find((x) => x.no === null)?.values.progress).toBe("序号被改成0的行");
  expect(v.rows.some((x) => x.no === 0)).toBe(false);
});
