/**
 * Merge writes into the master (issue 12): what the office added to its master in Excel — its own sheet, a
 * comment, a chart, a wider column, a defined name — is still there after a merge, every untouched part byte
 * for byte; the merged cells hold the copies' values; the result passes check-xlsx and LibreOffice reads it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { SHEETS } from "../../src/core/ledger/constants";
import { REPORT_SHEET } from "../../src/core/merge/constants";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { parseCsv } from "../xlsx/csv";
import { COMMENT_TEXT, EXTRA_NAME, EXTRA_SHEET, partsOf, withExtras } from "../xlsx/patch-extras";
import { LedgerEditor, load, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();
const OPTIONS = { generatedAt: "2019-09-01T10:00:00.000Z" };
const TOOLS = join(__dirname, "../../../shared/tools");
const CHECK = join(TOOLS, "check-xlsx");
const RENDER = join(TOOLS, "render-xlsx");

/** A master with the office's additions, 办公室's and 保护司's copies with edits (one conflicting). */
async function scenario() {
  const plain = await writeMaster(plan);
  const master = await withExtras(plain);
  const edit = async (dept: string, f: (ed: LedgerEditor) => void) => {
    const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, plain, dept));
    f(ed);
    return save(wb);
  };
  const copies = [
    {
      name: "办公室.xlsx",
      bytes: await edit("办公室", (ed) =>
        ed
          .set(2, "status", "已完成")
          .set(2, "progress", "第一行\n第二行")
          .set(5, "progress", "办公室：已部署")
          .set(9, "progress", "=1+1")
          .set(24, "status", "推进中")
          .set(24, "updated", new Date("2019-08-15T00:00:00Z")),
      ),
    },
    { name: "保护司.xlsx", bytes: await edit("保护司", (ed) => ed.set(5, "progress", "保护司：已梳理")) },
  ];
  const merged = await mergeLedgerFiles({ name: "总表.xlsx", bytes: master }, copies, plan, OPTIONS);
  if (!merged.ok) throw new Error(merged.lines.join("\n"));
  return { master, merged };
}

let run: Awaited<ReturnType<typeof scenario>>;
beforeAll(async () => {
  run = await scenario();
}, 60_000);

test("every part the merge does not write keeps its bytes; the office's additions are all there", async () => {
  const before = await partsOf(run.master);
  const after = await partsOf(run.merged.bytes);
  const changed = [...before.keys()].filter(
    (p) => !after.has(p) || !Buffer.from(after.get(p)!).equals(Buffer.from(before.get(p)!)),
  );
  // 台账 (the cells), the strings and styles they use, the workbook (recalculation, the new sheet)
  expect(changed.sort()).toEqual(
    [
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ].sort(),
  );
  const added = [...after.keys()].filter((p) => !before.has(p));
  expect(added).toHaveLength(1); // the 合并报告 sheet
  for (const part of [
    "xl/comments1.xml",
    "xl/charts/chart1.xml",
    "xl/drawings/drawing1.xml",
    "xl/worksheets/sheet90.xml",
    "xl/worksheets/sheet3.xml",
  ]) {
    expect(after.has(part)).toBe(true);
  }
  const zip = await JSZip.loadAsync(run.merged.bytes);
  const ledger = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const original = await (
    await JSZip.loadAsync(run.master)
  )
    .file("xl/worksheets/sheet1.xml")!
    .async("string");
  const cols = (xml: string) => /<cols>.*?<\/cols>/.exec(xml)?.[0];
  expect(cols(ledger)).toBe(cols(original));
  expect(ledger).toContain('width="61.25"');
  expect(ledger).toMatch(/<legacyDrawing r:id="rId92"\/>/);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbook).toContain(`<definedName name="${EXTRA_NAME}">`);
  expect(workbook).toContain('name="TZ_Statuses"');
  expect(workbook).toContain('fullCalcOnLoad="1"');
  expect(run.merged.lines.join("\n")).not.toContain("重新生成");
});

test("the merged cells hold the copies' values; a conflict is marked and kept; the report is added", async () => {
  const wb = await load(run.merged.bytes);
  const ed = new LedgerEditor(wb.getWorksheet(SHEETS.ledger)!);
  expect(ed.cell(2, "status").value).toBe("已完成");
  expect(ed.cell(2, "progress").value).toBe("第一行\n第二行");
  expect(ed.cell(9, "progress").value).toBe("=1+1");
  expect(ed.cell(9, "progress").formula).toBeUndefined();
  expect(ed.cell(24, "updated").value).toEqual(new Date("2019-08-15T00:00:00Z"));
  expect(ed.cell(5, "progress").value).toBeNull();
  expect((ed.cell(5, "progress").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFF8CBAD");
  // the style the cell had (borders, wrap, unlocked…) is kept under the mark
  const masterEd = new LedgerEditor((await load(run.master)).getWorksheet(SHEETS.ledger)!);
  expect(ed.cell(5, "progress").border).toEqual(masterEd.cell(5, "progress").border);
  expect(ed.cell(2, "progress").style).toEqual(masterEd.cell(2, "progress").style);
  expect(wb.getWorksheet(REPORT_SHEET)).toBeDefined();
  expect(wb.getWorksheet(EXTRA_SHEET)!.getCell("B1").value).toBe(42);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    ...(await load(run.master)).worksheets.map((w) => w.name),
    REPORT_SHEET,
  ]);
});

test("every item's filled-in cells read back as the merge result has them (as a regenerated master would)", async () => {
  const read = await readLedgerXlsx(run.merged.bytes);
  const filled = Object.fromEntries(read.value!.rows.map((r) => [r.no, r.values]));
  expect(filled).toEqual(run.merged.result.filled);
});

test("a second merge into the merged master replaces its 合并报告 and keeps the additions", async () => {
  const again = await mergeLedgerFiles({ name: "总表.xlsx", bytes: run.merged.bytes }, [], plan, OPTIONS);
  if (!again.ok) throw new Error(again.lines.join("\n"));
  const wb = await load(again.bytes);
  expect(wb.worksheets.filter((w) => w.name === REPORT_SHEET)).toHaveLength(1);
  const after = await partsOf(again.bytes);
  expect(after.has("xl/charts/chart1.xml") && after.has("xl/comments1.xml")).toBe(true);
  expect(new LedgerEditor(wb.getWorksheet(SHEETS.ledger)!).cell(2, "status").value).toBe("已完成");
});

(existsSync(CHECK) ? test : test.skip)("the merged master passes check-xlsx", () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-into-"));
  writeFileSync(join(dir, "merged.xlsx"), run.merged.bytes);
  const result = spawnSync(CHECK, [join(dir, "merged.xlsx")], { encoding: "utf8", timeout: 120_000 });
  expect(result.stdout + result.stderr).not.toMatch(/invalid|error/i);
  expect(result.status).toBe(0);
});

(existsSync(RENDER) ? test : test.skip)(
  "LibreOffice opens the merged master: the merged values, the office's sheet and the report are there",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-into-lo-"));
    writeFileSync(join(dir, "总表.xlsx"), run.merged.bytes);
    execFileSync(RENDER, ["--csv", join(dir, "总表.xlsx"), join(dir, "csv")], {
      stdio: "pipe",
      timeout: 180_000,
    });
    const sheet = (name: string) => parseCsv(readFileSync(join(dir, "csv", `总表-${name}.csv`), "utf8"));
    const ledger = sheet(SHEETS.ledger);
    const row2 = ledger.find((r) => r[0] === "2")!;
    expect(row2).toContain("已完成");
    expect(row2.some((c) => c.includes("第一行") && c.includes("第二行"))).toBe(true);
    expect(ledger.find((r) => r[0] === "9")).toContain("=1+1");
    expect(sheet(EXTRA_SHEET)[0].slice(0, 2)).toEqual(["科室自用", "42"]);
    expect(sheet(REPORT_SHEET).some((r) => r.includes("办公室.xlsx"))).toBe(true);
  },
  240_000,
);

test("the comment the office wrote is still the master's", async () => {
  const zip = await JSZip.loadAsync(run.merged.bytes);
  expect(await zip.file("xl/comments1.xml")!.async("string")).toContain(COMMENT_TEXT);
});
