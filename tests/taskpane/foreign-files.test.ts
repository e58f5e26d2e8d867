/**
 * The pane's two file choosers and files in older Office, WPS and OpenDocument formats (tests/fixtures/foreign):
 * 合并回收表 refuses an .xls, .et or .ods copy with how to resave it and writes nothing, and reads an .et in
 * WPS's zip form; 导入计划 refuses a .doc, .wps, .odt, .xls, .et or .ods plan the same way and reads a .wps in
 * WPS's zip form. Both choosers offer these formats, so a person can pick them and be told what to do.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readChosenFile } from "../../src/taskpane/features/import/read-input";
import { prepareMerge } from "../../src/taskpane/features/merge/prepare-merge";
import { readPlanFile } from "../../src/plan-input/read-plan";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { fakeApi } from "./fake-api";

const FIXTURES = join(__dirname, "../fixtures/foreign");
const bytes = (fixture: string) => new Uint8Array(readFileSync(join(FIXTURES, fixture)));
const buffer = (fixture: string) => bytes(fixture).slice().buffer as ArrayBuffer;
const RESAVE_XLSX = "文件 → 另存为 → 文件类型选“Excel 工作簿(*.xlsx)”";
const RESAVE_DOCX = "文件 → 另存为 → 文件类型选“Word 文件(*.docx)”";

async function masterApi() {
  const snapshot = (await readLedgerXlsx(bytes("ledger.xlsx"))).value!;
  const plan = (await readPlanFile("plan.docx", bytes("plan.docx"))).value;
  return fakeApi({ readSnapshot: async () => snapshot, plan: () => plan });
}

describe("合并回收表", () => {
  test.each([
    ["条法司.xls", "copy.xls", "Excel 97-2003 工作簿（.xls）"],
    ["条法司.et", "copy.xls", "WPS 表格（.et）"],
    ["条法司.ods", "copy.ods", "OpenDocument 电子表格（.ods）"],
  ])("refuses %s with how to resave it", async (name, fixture, says) => {
    const api = await masterApi();
    const prepared = await prepareMerge(api, [{ name, bytes: buffer(fixture) }]);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems).toHaveLength(1);
    expect(prepared.problems[0].file).toBe(name);
    expect(prepared.problems[0].message).toContain(says);
    expect(prepared.problems[0].message).toContain(RESAVE_XLSX);
    expect(api.applyMerge).not.toHaveBeenCalled();
  });

  test("reads an .et in WPS's zip form (an .xlsx by another name)", async () => {
    const prepared = await prepareMerge(await masterApi(), [
      { name: "条法司.et", bytes: buffer("copy.xlsx") },
    ]);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.changes.map((c) => [c.no, c.field, c.after])).toEqual([
      [2, "status", "推进中"],
      [2, "progress", "条法司：已完成案例解读初稿"],
    ]);
  });
});

describe("导入计划", () => {
  test.each([
    ["计划.doc", "plan.doc", "Word 97-2003（.doc）", RESAVE_DOCX],
    ["计划.wps", "plan.doc", "WPS 文字（.wps）", RESAVE_DOCX],
    ["计划.odt", "plan.odt", "OpenDocument 文本（.odt）", RESAVE_DOCX],
    ["任务表.xls", "plan.xls", "Excel 97-2003 工作簿（.xls）", RESAVE_XLSX],
    ["任务表.et", "plan.xls", "WPS 表格（.et）", RESAVE_XLSX],
    ["任务表.ods", "plan.ods", "OpenDocument 电子表格（.ods）", RESAVE_XLSX],
  ])("refuses %s with how to resave it", async (name, fixture, says, resave) => {
    const read = await readChosenFile(name, bytes(fixture));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain(`“${name}”`);
    expect(read.message).toContain(says);
    expect(read.message).toContain(resave);
  });

  test("reads a .wps in WPS's zip form (a .docx by another name)", async () => {
    const read = await readChosenFile("计划.wps", bytes("plan.docx"));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.draft.plan.items).toHaveLength(5);
  });
});

test("both choosers offer the older formats, so that choosing one says what to do", () => {
  const source = (path: string) => readFileSync(join(__dirname, "../../src/taskpane/features", path), "utf8");
  const accept = (path: string) => /accept="([^"]*)"/.exec(source(path))![1].split(",");
  expect(accept("merge/MergeSection.tsx")).toEqual(expect.arrayContaining([".xlsx", ".xls", ".et", ".ods"]));
  expect(accept("import/ImportSection.tsx")).toEqual(
    expect.arrayContaining([".docx", ".xlsx", ".doc", ".wps", ".odt", ".xls", ".et", ".ods"]),
  );
});
