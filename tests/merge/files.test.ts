import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SHEETS } from "../../src/core/ledger/constants";
import { REPORT_SHEET } from "../../src/core/merge/constants";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, META_LABELS, load, save, sendCopy, setMeta, sheetRows, writeMaster } from "./helpers";

const plan = plan2019();
const OPTIONS = { generatedAt: "2019-09-01T10:00:00.000Z" };

/** 办公室's copy, returned with realistic mess. */
async function messyOfficeCopy(master: Uint8Array): Promise<Uint8Array> {
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "办公室"));
  ed.set(2, "status", "完成")
    .set(9, "progress", "=1+1")
    .set(16, "contact", "+86 10 1234")
    .set(17, "progress", "@SUM(A1:A3)")
    .set(19, "progress", "\t缩进的说明")
    .set(20, "status", "做完啦")
    .set(5, "progress", "办公室：已部署")
    .set(11, "progress", "替公共服务司写的")
    .set(21, "problems", "这一列稍后被删除")
    .set(24, "updated", new Date("2019-08-15T00:00:00Z"))
    .set(24, "status", "推进中")
    .set(25, "progress", { formula: "1+1", result: 2 })
    .set(28, "contact", { formula: "SUM(A1:A2)" } as ExcelJS.CellFormulaValue);
  const ws = ed.ws;
  // re-sort: reverse the body rows, then two blank rows in the middle, then delete a column
  const first = ed.headerRow() + 1;
  const rows = Array.from({ length: 30 }, (_, i) =>
    (ws.getRow(first + i).values as ExcelJS.CellValue[]).slice(),
  );
  rows.reverse().forEach((vals, i) => (ws.getRow(first + i).values = vals));
  ws.spliceRows(first + 12, 0, [], []);
  ws.spliceColumns(ed.col("problems"), 1);
  return save(wb);
}

async function editCopy(
  master: Uint8Array,
  dept: string,
  edit: (ed: LedgerEditor) => void,
): Promise<Uint8Array> {
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, dept));
  edit(ed);
  return save(wb);
}

test("merges messy returned copies: re-sorted, blank rows, deleted column, variants, formula-like text, conflicts", async () => {
  const master = await writeMaster(plan);
  const copies = [
    { name: "办公室.xlsx", bytes: await messyOfficeCopy(master) },
    {
      name: "保护司.xlsx",
      bytes: await editCopy(master, "保护司", (ed) => ed.set(5, "progress", "保护司：已梳理")),
    },
    {
      name: "公共服务司.xlsx",
      bytes: await editCopy(master, "公共服务司", (ed) => {
        ed.set(11, "status", "推进中").set(13, "due", new Date("2019-12-31T00:00:00Z"));
      }),
    },
  ];
  const merged = await mergeLedgerFiles({ name: "总表.xlsx", bytes: master }, copies, plan, OPTIONS);
  if (!merged.ok) throw new Error(merged.lines.join("\n"));
  const out = await load(merged.bytes);
  const ed = new LedgerEditor(out.getWorksheet(SHEETS.ledger)!);
  const v = (no: number, f: Parameters<LedgerEditor["cell"]>[1]) => ed.cell(no, f).value;

  expect(v(2, "status")).toBe("已完成");
  expect(v(20, "status")).toBe("未启动");
  expect(v(11, "status")).toBe("推进中");
  expect(v(11, "progress")).toBeNull();
  expect(v(13, "due")).toEqual(new Date("2019-12-31T00:00:00Z"));
  expect(v(24, "status")).toBe("推进中");
  expect(v(24, "updated")).toEqual(new Date("2019-08-15T00:00:00Z"));
  expect(v(21, "problems")).toBeNull();
  expect(v(5, "progress")).toBeNull();
  for (const [no, field, text] of [
    [9, "progress", "=1+1"],
    [16, "contact", "+86 10 1234"],
    [17, "progress", "@SUM(A1:A3)"],
    [19, "progress", "\t缩进的说明"],
    [25, "progress", "=1+1"],
    [28, "contact", "=SUM(A1:A2)"],
  ] as const) {
    const cell = ed.cell(no, field);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(cell.formula).toBeUndefined();
  }
  const zip = await JSZip.loadAsync(merged.bytes);
  const ledgerXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  // the only formulas on 台账 are the 时限状态 column's, never a department's text
  for (const f of ledgerXml.match(/<f>[^<]*<\/f>/g) ?? []) expect(f).toContain("TZ_AsOf");
  expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('name="TZ_Statuses"');
  const conflictFill = (ed.cell(5, "progress").fill as { fgColor?: { argb?: string } }).fgColor?.argb;
  expect(conflictFill).toBe("FFF8CBAD");

  const { report } = merged.result;
  expect(report.copies.map((c) => [c.department, c.counts])).toEqual([
    ["办公室", { taken: 9, skipped: 1, rejected: 1, conflict: 1 }],
    ["保护司", { taken: 0, skipped: 0, rejected: 0, conflict: 1 }],
    ["公共服务司", { taken: 2, skipped: 0, rejected: 0, conflict: 0 }],
  ]);
  expect(report.copies[0].notes).toEqual([
    "副本中没有“存在问题及下步计划”列（可能已删除），该列未读取、未改动总表。",
  ]);
  const text = merged.lines.join("\n");
  expect(text).toContain("《办公室.xlsx》（办公室）[负责 19 项]：采纳 9 格，跳过 1 格，拒绝 1 格，冲突 1 格");
  expect(text).toContain("采纳 序号 2「状态」：“未启动” → “已完成”——状态“完成”按“已完成”采纳（名称规范化）");
  expect(text).toContain(
    "采纳 序号 25「进展情况」：（空） → “=1+1”——副本中该格是公式（显示为“2”），已按文字采纳，不会执行",
  );
  expect(text).toContain(
    "采纳 序号 28「联系人」：（空） → “=SUM(A1:A2)”——副本中该格是公式（显示为（空）），已按文字采纳",
  );
  expect(text).toContain("拒绝 序号 20「状态」：副本 “做完啦”");
  expect(text).toContain("跳过 序号 11「进展情况」：副本 “替公共服务司写的”");
  expect(text).toContain(
    "序号 5「进展情况」：总表 （空）；《办公室.xlsx》（办公室） “办公室：已部署”；《保护司.xlsx》（保护司） “保护司：已梳理”",
  );

  const rows = sheetRows(out.getWorksheet(REPORT_SHEET)!);
  expect(
    rows.some((r) => r[0] === "办公室.xlsx" && r[1] === "办公室" && r.slice(3, 7).join() === "9,1,1,1"),
  ).toBe(true);
  const conflictRow = rows.find((r) => r[2] === "冲突" && r[3] === "5" && r[7] !== "")!;
  expect(conflictRow[7]).toBe(
    "《办公室.xlsx》（办公室）：办公室：已部署\n《保护司.xlsx》（保护司）：保护司：已梳理",
  );
  const formulaRow = rows.find((r) => r[2] === "采纳" && r[3] === "9")!;
  expect(formulaRow[7]).toBe("=1+1");
  const reportSheet = out.getWorksheet(REPORT_SHEET)!;
  reportSheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
});

test("bad files: every problem reported in Chinese at once, nothing produced", async () => {
  const master = await writeMaster(plan);
  const good = await sendCopy(plan, master, "条法司");
  const corrupt = good.slice();
  corrupt.fill(0x41, 200, corrupt.length - 200);
  const cfb = new Uint8Array(4096);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const encrypted = cfb.slice();
  const name = "EncryptedPackage";
  for (let i = 0; i < name.length; i++) encrypted[1024 + i * 2] = name.charCodeAt(i);
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").getCell("A1").value = "随便一张表";
  const foreign = await writeLedgerXlsx(
    buildLedgerSpec(synthesizePlan(30, 7), {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
    }),
  );
  const oldWb = await load(good);
  setMeta(oldWb, META_LABELS.formatVersion, 0);
  const files = [
    { name: "好的.xlsx", bytes: good },
    { name: "损坏.xlsx", bytes: corrupt },
    { name: "文本.xlsx", bytes: new TextEncoder().encode("这是一个文本文件，只是改了扩展名") },
    { name: "加密.xlsx", bytes: encrypted },
    { name: "旧格式或加密.xlsx", bytes: cfb },
    { name: "别的表.xlsx", bytes: await save(other) },
  ];
  const unreadable = await mergeLedgerFiles({ name: "总表.xlsx", bytes: master }, files, plan, OPTIONS);
  expect(unreadable.ok).toBe(false);
  if (unreadable.ok) return;
  expect(unreadable.problems.map((p) => p.file)).toEqual(files.slice(1).map((f) => f.name));
  const [c, t, e, x, n] = unreadable.problems.map((p) => p.message);
  expect(c).toContain("文件已损坏");
  expect(t).toContain("这不是 Excel 工作簿");
  expect(e).toContain("设置了打开密码（已加密）");
  expect(x).toContain("旧版 Excel 97-2003（.xls）");
  expect(n).toContain("这不是台账文件：找不到名为“台账”的工作表（文件中的工作表：“Sheet1”）");
  expect(unreadable.lines[0]).toContain("总表未作任何改动");

  const mismatched = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [
      { name: "别的计划.xlsx", bytes: foreign },
      { name: "旧格式.xlsx", bytes: await save(oldWb) },
    ],
    plan,
    OPTIONS,
  );
  expect(mismatched.ok).toBe(false);
  if (mismatched.ok) return;
  expect(mismatched.problems[0].message).toContain(
    "“别的计划.xlsx” 是另一份计划的台账（“合成测试30项工作要点”",
  );
  expect(mismatched.problems[1].message).toContain("旧格式的台账（格式版本 0，当前为 1）");
  expect(mismatched.problems[1].message).toContain("taizhang workbook --from 旧格式.xlsx");

  const notMaster = await mergeLedgerFiles(
    { name: "条法司.xlsx", bytes: good },
    [{ name: "好的.xlsx", bytes: good }],
    plan,
    OPTIONS,
  );
  expect(!notMaster.ok && notMaster.problems[0].message).toContain("是发给“条法司”的部门副本，不是总表");
});
