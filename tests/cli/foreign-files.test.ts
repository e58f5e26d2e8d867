/**
 * Files in the formats older Office and WPS save (tests/fixtures/foreign, made by LibreOffice with
 * scripts/make-foreign-fixtures.js): every command line entry point refuses .xls, .et (OLE form), .ods, .doc,
 * .wps (OLE form) and .odt with how to resave the file, and writes nothing; the zip forms of .et and .wps are
 * read as the .xlsx/.docx they are. With LibreOffice installed: the .xls and .ods, resaved as .xlsx as the
 * message says, merge with nothing lost.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { hasOffice } from "../xlsx/foreign-package";

const FIXTURES = join(__dirname, "../fixtures/foreign");
const RESAVE_XLSX = "文件 → 另存为 → 文件类型选“Excel 工作簿(*.xlsx)”";
const RESAVE_DOCX = "文件 → 另存为 → 文件类型选“Word 文件(*.docx)”";

if (!hasOffice) console.warn("跳过“按提示另存为 .xlsx 后合并”的测试：未安装 soffice（CI 会安装）。");

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** A fresh folder holding the fixtures under the given names (`{ "总表.et": "ledger.xls" }`). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tz-foreign-files-"));
  for (const [name, fixture] of Object.entries(files)) copyFileSync(join(FIXTURES, fixture), join(dir, name));
  return dir;
}

async function run(dir: string, args: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = capture(dir);
  const code = await main(args, io);
  return { code, err: io.stderr.join("\n"), out: io.stdout.join("\n") };
}

/** name as the person has it -> fixture bytes; `ods` says which message. */
const SHEETS = [
  { name: "台账.xls", fixture: "ledger.xls", copy: "copy.xls", says: "Excel 97-2003 工作簿（.xls）" },
  { name: "台账.et", fixture: "ledger.xls", copy: "copy.xls", says: "WPS 表格（.et）" },
  { name: "台账.ods", fixture: "ledger.ods", copy: "copy.ods", says: "OpenDocument 电子表格（.ods）" },
];

describe.each(SHEETS)("a ledger saved as $name", ({ name, fixture, copy, says }) => {
  test("workbook --from and --for refuse it with how to resave it, and write nothing", async () => {
    const dir = folder({ [name]: fixture });
    const from = await run(dir, ["workbook", "--from", name, "--out", "新.xlsx"]);
    expect(from.code).toBe(1);
    expect(from.err).toContain(says);
    expect(from.err).toContain(RESAVE_XLSX);
    const copies = await run(dir, ["workbook", "--from", name, "--for", "全部", "--out", "发出"]);
    expect(copies.code).not.toBe(0);
    expect(copies.err).toContain(says);
    expect(copies.err).toContain(RESAVE_XLSX);
    const one = await run(dir, ["workbook", "--from", name, "--for", "条法司"]);
    expect(one.code).not.toBe(0);
    expect(one.err).toContain(RESAVE_XLSX);
    expect(readdirSync(dir)).toEqual([name]);
  });

  test("merge refuses it as a master and as a copy, and writes nothing", async () => {
    const dir = folder({ [name]: fixture, "总表.xlsx": "ledger.xlsx", [`条法司-${name}`]: copy });
    const asMaster = await run(dir, ["merge", name, "总表.xlsx", "--out", "合并.xlsx"]);
    expect(asMaster.code).not.toBe(0);
    expect(asMaster.err + asMaster.out).toContain(says);
    expect(asMaster.err + asMaster.out).toContain(RESAVE_XLSX);
    const asCopy = await run(dir, ["merge", "总表.xlsx", `条法司-${name}`, "--out", "合并.xlsx"]);
    expect(asCopy.code).not.toBe(0);
    expect(asCopy.err + asCopy.out).toContain(says);
    expect(asCopy.err + asCopy.out).toContain(RESAVE_XLSX);
    expect(existsSync(join(dir, "合并.xlsx"))).toBe(false);
    expect(readFileSync(join(dir, "总表.xlsx"))).toEqual(readFileSync(join(FIXTURES, "ledger.xlsx")));
  });
});

test("an .et in WPS's zip form is an .xlsx: --from, --for and merge read it", async () => {
  const dir = folder({ "总表.et": "ledger.xlsx", "条法司.et": "copy.xlsx" });
  expect((await run(dir, ["workbook", "--from", "总表.et", "--out", "新.xlsx"])).code).toBe(0);
  expect(
    (await run(dir, ["workbook", "--from", "总表.et", "--for", "条法司", "--out", "发.xlsx"])).code,
  ).toBe(0);
  const merged = await run(dir, ["merge", "总表.et", "条法司.et", "--out", "合并.xlsx"]);
  expect(merged.err).toBe("");
  expect(merged.code).toBe(0);
  expect(merged.out).toContain("（条法司）[负责 1 项]：采纳 2 格");
});

const PLANS = [
  { name: "计划.doc", fixture: "plan.doc", says: "Word 97-2003（.doc）", resave: RESAVE_DOCX },
  { name: "计划.wps", fixture: "plan.doc", says: "WPS 文字（.wps）", resave: RESAVE_DOCX },
  { name: "计划.odt", fixture: "plan.odt", says: "OpenDocument 文本（.odt）", resave: RESAVE_DOCX },
  { name: "任务表.xls", fixture: "plan.xls", says: "Excel 97-2003 工作簿（.xls）", resave: RESAVE_XLSX },
  { name: "任务表.et", fixture: "plan.xls", says: "WPS 表格（.et）", resave: RESAVE_XLSX },
  { name: "任务表.ods", fixture: "plan.ods", says: "OpenDocument 电子表格（.ods）", resave: RESAVE_XLSX },
];

test.each(PLANS)("a plan saved as $name: parse and workbook --plan say how to resave it", async (plan) => {
  const dir = folder({ [plan.name]: plan.fixture });
  for (const args of [
    ["parse", plan.name],
    ["workbook", "--plan", plan.name, "--out", "台账.xlsx"],
  ]) {
    const refused = await run(dir, args);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(plan.says);
    expect(refused.err).toContain(plan.resave);
  }
  expect(readdirSync(dir)).toEqual([plan.name]);
});

test("a .wps in WPS's zip form is a .docx: parse reads its five tasks", async () => {
  const dir = folder({ "计划.wps": "plan.docx" });
  const parsed = await run(dir, ["parse", "计划.wps"]);
  expect(parsed.code).toBe(0);
  expect((JSON.parse(parsed.out) as { items: unknown[] }).items).toHaveLength(5);
});

/** The fixture resaved as .xlsx by LibreOffice, as the message tells a person to do. */
function resaved(dir: string, name: string): string {
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", name],
    { cwd: dir, stdio: "pipe", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${String(run.stderr)}`);
  rmSync(join(dir, "profile"), { recursive: true, force: true });
  return name.replace(/\.\w+$/, ".xlsx");
}

(hasOffice ? test.each(["xls", "ods"]) : test.skip.each(["xls", "ods"]))(
  "a master and a copy saved as .%s and resaved as .xlsx merge with nothing lost",
  async (ext) => {
    const dir = folder({ [`总表.${ext}`]: `ledger.${ext}`, [`条法司.${ext}`]: `copy.${ext}` });
    const master = resaved(dir, `总表.${ext}`);
    const copy = resaved(dir, `条法司.${ext}`);
    const merged = await run(dir, ["merge", master, copy, "--out", "合并.xlsx"]);
    expect(merged.err).toBe("");
    expect(merged.code).toBe(0);
    expect(merged.out).toContain("（条法司）[负责 1 项]：采纳 2 格");
    const rows = (await readLedgerXlsx(readFileSync(join(dir, "合并.xlsx")))).value!.rows;
    expect(rows.find((r) => r.no === 2)!.values).toMatchObject({
      status: "推进中",
      progress: "条法司：已完成案例解读初稿",
    });
  },
  300_000,
);
