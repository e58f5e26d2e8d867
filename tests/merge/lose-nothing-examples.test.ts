/**
 * Losses the property round trips (tests/xlsx/round-trip.property.test.ts) found, as fixed examples (issue 12):
 * - a file written with inline strings (another program) holding a CR: ExcelJS read `_x000D_` literally, so the
 *   text changed and a copy's hidden baseline no longer matched its seal (the merge was refused);
 * - a formula typed in a row without 序号: `--from` put its result on 未能对应的内容 and the merge report showed
 *   the result, not the "=…" text typed;
 * - a date typed in 进展情况 of such a row came back from 未能对应的内容 as its serial number;
 * - a copy's fill-in column whose header was changed (placed by position, not merged): its cells were in no
 *   sheet of the merged master;
 * - an emoji whose UTF-16 pair fell across JSZip's 16,384-unit pieces was stored as two U+FFFD when a workbook
 *   was written (ExcelJS under node, the package patch): src/xlsx/zip-utf8.ts;
 * - a 未能对应的内容 row holding only its reason (an added column's cells of a row without 序号) was dropped
 *   when the sheet was read again (the next --from).
 */
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { carryOver } from "../../src/core/ledger/carry-over";
import { SHEETS } from "../../src/core/ledger/constants";
import { FilledRow } from "../../src/core/ledger/types";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { patchWorkbook } from "../../src/xlsx/patch";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import "../../src/xlsx/zip-utf8";
import JSZip from "jszip";
import { plan2019 } from "../ledger/plan-2019";
import { withInlineStrings } from "../xlsx/foreign-package";
import { LedgerEditor, load, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();
const OPTIONS = { generatedAt: null };
const TYPED: FilledRow = {
  status: "推进中",
  progress: "第一行\r\n第二行",
  problems: "_x000D_ 是文字",
  contact: "张三\r",
  due: { date: "2019-12-31T00:00:00.000Z" },
  updated: null,
};

async function merge(master: Uint8Array, copy: Uint8Array) {
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "办公室.xlsx", bytes: copy }],
    plan,
    OPTIONS,
  );
  if (!merged.ok) throw new Error(merged.lines.join("\n"));
  return merged;
}

test("text with a CR or a literal _x000D_ in inline strings is read as typed; such a copy's seal checks", async () => {
  const master = await writeMaster(plan, { 1: TYPED });
  for (const drop of [false, true]) {
    const read = await readLedgerXlsx(await withInlineStrings(master, drop));
    expect(read.value!.rows.find((r) => r.no === 1)!.values).toEqual(TYPED);
  }
  // 办公室 edits item 2 (as Excel would: that cell only), then the copy is saved with inline strings.
  const copy = await sendCopy(plan, master, "办公室");
  const ed = new LedgerEditor((await load(copy)).getWorksheet(SHEETS.ledger)!);
  const edited = await patchWorkbook(copy, {
    cells: [{ sheet: SHEETS.ledger, ref: { row: ed.row(2), col: ed.col("progress") }, value: "甲\r乙" }],
  });
  if (!edited.ok) throw new Error(edited.message);
  const merged = await merge(master, await withInlineStrings(edited.bytes, true));
  expect(merged.result.filled[2].progress).toBe("甲\r乙");
  expect(merged.result.filled[1]).toEqual(TYPED);
});

test("--from: a row without 序号 keeps its formula as “=…” text and its date as a date on 未能对应的内容", async () => {
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  const row = ed.ws.getRow(ed.row(30) + 1);
  row.getCell(ed.col("progress")).value = { formula: "1+1", result: 2 };
  row.getCell(ed.col("problems")).value = new Date("2019-10-01T00:00:00Z");
  const read = (await readLedgerXlsx(await save(wb))).value!;
  const carry = carryOver(plan, read);
  const spec = buildLedgerSpec(plan, {
    statuses: read.statuses,
    copyDepartment: null,
    generatedAt: null,
    filled: carry.filled,
    unplaced: carry.unplaced,
  });
  const back = (await readLedgerXlsx(await writeLedgerXlsx(spec))).value!;
  const loose = back.unplaced.filter((u) => u.no === null);
  expect(loose).toHaveLength(1);
  expect(loose[0].values.progress).toBe("=1+1");
  expect(loose[0].values.problems).toEqual({ date: "2019-10-01T00:00:00.000Z" });
});

test("merge: a formula in a copy's row without 序号 is reported as the “=…” text typed", async () => {
  const master = await writeMaster(plan);
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "办公室"));
  ed.ws.getRow(ed.bodyRows().at(-1)! + 1).getCell(ed.col("progress")).value = { formula: "1+1", result: 2 };
  const merged = await merge(master, await save(wb));
  const refused = merged.result.report.events.filter((e) => e.no === null && e.outcome === "rejected");
  expect(refused.map((e) => [e.field, e.value])).toEqual([["progress", "=1+1"]]);
});

test("merge: a copy's renamed fill-in column is not merged; its cells go to 未能对应的内容 in their own column", async () => {
  const master = await writeMaster(plan, { 1: { ...TYPED, problems: null, contact: null } });
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "办公室"));
  ed.set(1, "progress", "办公室：已部署")
    .set(3, "progress", { formula: "1+1", result: 2 })
    .set(3, "status", "已完成");
  ed.ws.getRow(ed.headerRow()).getCell(ed.col("progress")).value = "进展情况（本期）";
  const merged = await merge(master, await save(wb));
  expect(merged.result.filled[1].progress).toBe(TYPED.progress); // the master's, not overwritten
  expect(merged.result.filled[3].status).toBe("已完成"); // the other columns are merged
  const back = (await readLedgerXlsx(merged.bytes)).value!;
  const rows = back.unplaced.filter((u) => u.reason.includes("表头被改动"));
  expect(rows.map((u) => [u.no, u.values.progress])).toEqual(
    expect.arrayContaining([
      [1, "办公室：已部署"],
      [3, "=1+1"],
    ]),
  );
  expect(merged.lines.join("\n")).toContain("表头被改动");
});

test("an emoji across JSZip's 16,384-unit pieces is stored whole: in a part, and in a ledger's long text", async () => {
  for (const pad of ["", "a"]) {
    const text = `${pad}${"a".repeat(16_383)}😀`;
    const zip = new JSZip().file("x.xml", text);
    const back = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    expect(await back.file("x.xml")!.async("string")).toBe(text);
  }
  // Wherever the text starts in the shared strings, one of the two pads puts a pair across a piece's end.
  for (const pad of ["", "a"]) {
    const progress = `${pad}${"😀".repeat(12_000)}`;
    const master = await writeMaster(plan, { 1: { ...TYPED, progress } });
    expect((await readLedgerXlsx(master)).value!.rows.find((r) => r.no === 1)!.values.progress).toBe(
      progress,
    );
  }
});

test("--from twice: an added column's cells of a row without 序号 stay on 未能对应的内容", async () => {
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  const header = ed.ws.getRow(ed.headerRow());
  const col = header.cellCount + 1;
  header.getCell(col).value = "备注";
  ed.ws.getRow(ed.row(30) + 1).getCell(col).value = "插入行的备注";
  let bytes = await save(wb);
  for (let round = 0; round < 2; round++) {
    const read = (await readLedgerXlsx(bytes)).value!;
    const carry = carryOver(plan, read);
    bytes = await writeLedgerXlsx(
      buildLedgerSpec(plan, {
        statuses: read.statuses,
        copyDepartment: null,
        generatedAt: null,
        filled: carry.filled,
        unplaced: carry.unplaced,
      }),
    );
    const loose = (await readLedgerXlsx(bytes)).value!.unplaced.filter((u) => u.no === null);
    expect(loose.map((u) => u.reason).join("")).toContain("“备注”：插入行的备注");
  }
});
