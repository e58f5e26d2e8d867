/**
 * Conflict marks in a master merged in place (issue 12): the orange a merge puts on a conflicting cell is the
 * mark of that merge's conflicts only. When a later merge finds the cell no longer in conflict (the office
 * decided it in the master, the copies were sent again), the mark goes and the cell has the format it had
 * before it was marked — as a regenerated master would have it; a conflict that remains stays marked; every
 * other part and row of the master keeps its bytes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SHEETS } from "../../src/core/ledger/constants";
import { buildMergedSpec } from "../../src/core/merge/merged-spec";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerFile } from "../../src/xlsx/merge/read-file";
import { patchWorkbook } from "../../src/xlsx/patch";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";
import { partsOf, withExtras } from "../xlsx/patch-extras";
import { Field, LedgerEditor, load, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();
const OPTIONS = { generatedAt: "2019-09-01T10:00:00.000Z" };
const CONFLICT_ARGB = "FFF8CBAD";
/** Item 5 is 办公室's and 保护司's: each fills these differently, so every one is a conflict. */
const FIELDS: Field[] = ["status", "progress", "problems", "contact", "due"];

function fillOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
}

async function edit(master: Uint8Array, dept: string, f: (ed: LedgerEditor) => void): Promise<Uint8Array> {
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, dept));
  f(ed);
  return save(wb);
}

async function merge(master: Uint8Array, copies: { name: string; bytes: Uint8Array }[]) {
  const merged = await mergeLedgerFiles({ name: "总表.xlsx", bytes: master }, copies, plan, OPTIONS);
  if (!merged.ok) throw new Error(merged.lines.join("\n"));
  expect(merged.lines.join("\n")).not.toContain("重新生成");
  return merged;
}

/** Both departments fill item 5's cells differently: five conflicts, marked. */
async function conflicting(master: Uint8Array) {
  const values = (dept: string) => (ed: LedgerEditor) =>
    ed
      .set(5, "status", dept === "办公室" ? "推进中" : "已完成")
      .set(5, "progress", `${dept}：进展`)
      .set(5, "problems", `${dept}：问题`)
      .set(5, "contact", `${dept}联系人`)
      .set(5, "due", new Date(dept === "办公室" ? "2019-10-01T00:00:00Z" : "2019-11-01T00:00:00Z"));
  return merge(master, [
    { name: "办公室.xlsx", bytes: await edit(master, "办公室", values("办公室")) },
    { name: "保护司.xlsx", bytes: await edit(master, "保护司", values("保护司")) },
  ]);
}

/** The office decides item 5 in the master as Excel would: the values typed in, each cell's format kept. */
async function decide(master: Uint8Array): Promise<Uint8Array> {
  const ed = new LedgerEditor((await load(master)).getWorksheet(SHEETS.ledger)!);
  const decided = await patchWorkbook(master, {
    cells: FIELDS.map((field) => ({
      sheet: SHEETS.ledger,
      ref: { row: ed.row(5), col: ed.col(field) },
      value:
        field === "due" ? { date: "2019-10-15T00:00:00.000Z" } : field === "status" ? "推进中" : "办公室定",
    })),
  });
  if (!decided.ok) throw new Error(decided.message);
  return decided.bytes;
}

/** Each <row> of the 台账 sheet's XML by its number. */
async function ledgerRows(bytes: Uint8Array): Promise<Map<number, string>> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
  const rows = new Map<number, string>();
  for (const m of xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g))
    rows.set(Number(m[1]), m[0]);
  return rows;
}

let original: Uint8Array;
let first: Awaited<ReturnType<typeof conflicting>>;
beforeAll(async () => {
  original = await withExtras(await writeMaster(plan));
  first = await conflicting(original);
}, 120_000);

test("the first merge marks item 5's five conflicting cells and keeps the master's values", async () => {
  const ed = new LedgerEditor((await load(first.bytes)).getWorksheet(SHEETS.ledger)!);
  for (const field of FIELDS) expect(fillOf(ed.cell(5, field))).toBe(CONFLICT_ARGB);
  expect(first.result.report.conflicts).toHaveLength(FIELDS.length);
});

test("decided in the master, copies sent again: the next merge takes the marks off, the formats back", async () => {
  const decided = await decide(first.bytes);
  const copy = await edit(decided, "办公室", (ed) => ed.set(2, "status", "已完成"));
  const second = await merge(decided, [{ name: "办公室.xlsx", bytes: copy }]);
  expect(second.result.report.conflicts).toHaveLength(0);

  const before = new LedgerEditor((await load(original)).getWorksheet(SHEETS.ledger)!);
  const after = new LedgerEditor((await load(second.bytes)).getWorksheet(SHEETS.ledger)!);
  for (const field of FIELDS) {
    expect(fillOf(after.cell(5, field))).not.toBe(CONFLICT_ARGB);
    // the format the cell had before the first merge marked it (borders, wrap, protection, date format)
    expect(after.cell(5, field).style).toEqual(before.cell(5, field).style);
  }
  expect(after.cell(5, "progress").value).toBe("办公室定");
  expect(after.cell(2, "status").value).toBe("已完成");

  // Only the rows of item 2 (taken) and item 5 (unmarked) changed in 台账; the styles part did not grow.
  const rowsBefore = await ledgerRows(decided);
  const rowsAfter = await ledgerRows(second.bytes);
  const changedRows = [...rowsBefore.keys()].filter((r) => rowsAfter.get(r) !== rowsBefore.get(r));
  expect(changedRows.sort((a, b) => a - b)).toEqual([after.row(2), after.row(5)].sort((a, b) => a - b));
  const partsBefore = await partsOf(decided);
  const partsAfter = await partsOf(second.bytes);
  const changedParts = [...partsBefore.keys()].filter(
    (p) => !partsAfter.has(p) || !Buffer.from(partsAfter.get(p)!).equals(Buffer.from(partsBefore.get(p)!)),
  );
  expect(changedParts.sort()).toEqual(
    [
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet1.xml",
      `xl/worksheets/sheet${reportSheetNo(partsBefore)}.xml`,
    ]
      .filter((p) => partsBefore.has(p))
      .sort(),
  );
}, 120_000);

test("merged again with no copies: every mark goes (nothing is in conflict), no value changes", async () => {
  const again = await merge(first.bytes, []);
  const before = new LedgerEditor((await load(first.bytes)).getWorksheet(SHEETS.ledger)!);
  const after = new LedgerEditor((await load(again.bytes)).getWorksheet(SHEETS.ledger)!);
  const orig = new LedgerEditor((await load(original)).getWorksheet(SHEETS.ledger)!);
  for (const field of FIELDS) {
    expect(fillOf(after.cell(5, field))).not.toBe(CONFLICT_ARGB);
    expect(after.cell(5, field).style).toEqual(orig.cell(5, field).style);
    expect(after.cell(5, field).value).toEqual(before.cell(5, field).value);
  }
}, 120_000);

test("a conflict that remains stays marked, and a second mark adds no format", async () => {
  const again = await conflicting(first.bytes);
  expect(again.result.report.conflicts.length).toBeGreaterThan(0);
  const ed = new LedgerEditor((await load(again.bytes)).getWorksheet(SHEETS.ledger)!);
  for (const k of again.result.report.conflicts) expect(fillOf(ed.cell(k.no, k.field))).toBe(CONFLICT_ARGB);
  const styles = async (b: Uint8Array) =>
    (await (await JSZip.loadAsync(b)).file("xl/styles.xml")!.async("string")).match(/<xf\b/g)?.length;
  expect(await styles(again.bytes)).toBe(await styles(first.bytes));
}, 120_000);

test("marks a regenerated master carries (written by the ledger writer) are taken off alike", async () => {
  const read = await readLedgerFile(original);
  if (!read.ok) throw new Error(read.message);
  const regenerated = await writeLedgerXlsx(
    buildMergedSpec(plan, read.snapshot, first.result, OPTIONS.generatedAt, read.carried),
  );
  const marked = new LedgerEditor((await load(regenerated)).getWorksheet(SHEETS.ledger)!);
  expect(fillOf(marked.cell(5, "progress"))).toBe(CONFLICT_ARGB);
  const again = await merge(regenerated, []);
  const after = new LedgerEditor((await load(again.bytes)).getWorksheet(SHEETS.ledger)!);
  const fresh = new LedgerEditor((await load(await writeMaster(plan))).getWorksheet(SHEETS.ledger)!);
  for (const field of FIELDS) {
    expect(fillOf(after.cell(5, field))).not.toBe(CONFLICT_ARGB);
    expect(after.cell(5, field).style).toEqual(fresh.cell(5, field).style);
  }
}, 120_000);

/** The part number of 合并报告 in a package (the last sheet the first merge added). */
function reportSheetNo(parts: Map<string, Uint8Array>): number {
  const text = Buffer.from(parts.get("xl/workbook.xml")!).toString("utf8");
  const rels = Buffer.from(parts.get("xl/_rels/workbook.xml.rels")!).toString("utf8");
  const id = /<sheet name="合并报告"[^>]*r:id="(rId\d+)"/.exec(text)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="worksheets/sheet(\\d+)\\.xml"`).exec(rels)?.[1];
  return Number(target);
}
