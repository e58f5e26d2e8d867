import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { run as workbook } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";
import { SHEETS } from "../../src/core/ledger/constants";
import { BASELINE_SHEET } from "../../src/core/merge/constants";
import { buildCopySpec } from "../../src/core/merge/copy-spec";
import { itemsOf } from "../../src/core/merge/department";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { readBaseline } from "../../src/xlsx/merge/read-baseline";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, load, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

test("a department's copy: department recorded, own items first and highlighted, others locked", async () => {
  const master = await writeMaster(plan, {
    5: { status: "推进中", progress: "=已有进展", problems: null, contact: null, due: null, updated: null },
  });
  const bytes = await sendCopy(plan, master, "条法司");
  const read = await readLedgerXlsx(bytes);
  expect(read.issues).toEqual([]);
  expect(read.value!.copyDepartment).toBe("条法司");
  const own = itemsOf(plan, "条法司");
  expect(own).toEqual([5]);
  const order = read.value!.rows.map((r) => r.no);
  expect(order[0]).toBe(5);
  expect([...order].sort((a, b) => a! - b!)).toEqual(plan.items.map((i) => i.no));
  expect(read.value!.rows[0].values).toMatchObject({ status: "推进中", progress: "=已有进展" });

  const wb = await load(bytes);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const ed = new LedgerEditor(ws);
  expect(String(ws.getCell(1, 1).value)).toContain("落实台账（条法司）");
  const first = ed.row(5);
  const other = ed.row(2);
  const fill = (r: number, c: number) =>
    (ws.getCell(r, c).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
  expect(fill(first, ed.col("task"))).toBe("FFFFF2CC");
  expect(fill(other, ed.col("task"))).not.toBe("FFFFF2CC");
  for (const f of ["status", "progress", "problems", "contact", "due", "updated"] as const) {
    expect(ws.getCell(first, ed.col(f)).protection?.locked).toBe(false);
    expect(ws.getCell(other, ed.col(f)).protection?.locked).not.toBe(false);
  }
  expect(ws.getCell(first, ed.col("task")).protection?.locked).not.toBe(false);
  const zip = await JSZip.loadAsync(bytes);
  const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet1).toMatch(/<sheetProtection [^>]*sheet="1"/);
  expect(sheet1).not.toMatch(/<sheetProtection [^>]*password/);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbookXml).toMatch(new RegExp(`<sheet [^>]*name="${BASELINE_SHEET}"[^>]*state="veryHidden"`));
  expect(workbookXml).toContain('name="TZ_Statuses"');

  const baseline = readBaseline(wb)!;
  expect(baseline).toMatchObject({
    planId: read.value!.planId,
    department: "条法司",
    sentAt: "2019-07-01T08:00:00.000Z",
  });
  expect(Object.keys(baseline.rows)).toHaveLength(30);
  expect(baseline.rows[5]).toMatchObject({ status: "推进中", progress: "=已有进展" });
  expect(baseline.rows[2]).toMatchObject({ status: "未启动", progress: null });
});

test("unknown department: a Chinese message listing the plan's departments (core and CLI exit 1)", async () => {
  const r = buildCopySpec(plan, "外交部", { statuses: DEFAULT_STATUSES, generatedAt: null });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.message).toContain("计划中没有名为“外交部”的部门。本计划的部门：办公室、报社、条法司");
  const spaced = buildCopySpec(plan, " 条法 司 ", { statuses: DEFAULT_STATUSES, generatedAt: null });
  expect(spaced.ok && spaced.department).toBe("条法司");

  const dir = mkdtempSync(join(tmpdir(), "tz-for-"));
  const io = capture(dir);
  expect(await workbook(["--for", "外交部"], io)).toBe(1);
  expect(io.stderr.join("")).toContain("本计划的部门：办公室、报社");
  expect(readdirSync(dir)).toEqual([]);

  const ok = capture(dir);
  expect(await workbook(["--for", "商标局"], ok)).toBe(0);
  const [file] = readdirSync(dir);
  expect(file).toBe("国家知识产权局2019年政务公开工作要点-台账-商标局.xlsx");
  expect(ok.stdout.join("\n")).toContain("该部门负责 4 项（序号 5、23、24、26）");
  const read = await readLedgerXlsx(readFileSync(join(dir, file)));
  expect(read.value!.copyDepartment).toBe("商标局");
  expect(read.value!.rows.slice(0, 4).map((r) => r.no)).toEqual([5, 23, 24, 26]);
});
