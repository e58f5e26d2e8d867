import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";
import { LEDGER_HEADERS, SHEETS } from "../../src/core/ledger/constants";
import { readLedgerXlsx } from "../../src/xlsx/read";

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}
const DEFAULT_NAME = "国家知识产权局2019年政务公开工作要点-台账.xlsx";
const PLAN_TXT = join(__dirname, "../../data/plans/cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt");

test("default: the bundled 2019 plan, a Chinese file name in the current folder; no silent overwrite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  const io = capture(dir);
  expect(await run([], io)).toBe(0);
  expect(existsSync(join(dir, DEFAULT_NAME))).toBe(true);
  expect(io.stdout.join("\n")).toContain(`已生成台账：${join(dir, DEFAULT_NAME)}`);
  expect(io.stdout.join("\n")).toContain("共 30 项工作、5 个板块");
  const read = await readLedgerXlsx(readFileSync(join(dir, DEFAULT_NAME)));
  expect(read.value!.rows).toHaveLength(30);

  const again = capture(dir);
  expect(await run([], again)).toBe(1);
  expect(again.stderr.join("")).toContain("已存在，未覆盖");
  expect(await run(["--force"], capture(dir))).toBe(0);
});

test("--plan PLAN.txt parses the text; a numbering gap is reported and the ledger still written, every task a row", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  const io = capture(dir);
  expect(await run(["--plan", PLAN_TXT, "--out", "a.xlsx"], io)).toBe(0);
  expect(existsSync(join(dir, "a.xlsx"))).toBe(true);

  const text = readFileSync(PLAN_TXT, "utf8");
  const broken = text.replace("\n7.出台", "\n8.出台");
  writeFileSync(join(dir, "broken.txt"), broken);
  const gap = capture(dir);
  expect(await run(["--plan", "broken.txt", "--out", "b.xlsx"], gap)).toBe(0);
  const err = gap.stderr.join("\n");
  expect(err).toContain("编号不连续：缺少第 7 项");
  expect(err).toContain("编号重复：第 8 项已出现过");
  const read = await readLedgerXlsx(readFileSync(join(dir, "b.xlsx")));
  expect(read.value!.rows).toHaveLength(30);

  writeFileSync(join(dir, "empty.txt"), "某某局2024年工作要点\n\n这里没有任何任务。\n");
  const none = capture(dir);
  expect(await run(["--plan", "empty.txt", "--out", "c.xlsx"], none)).toBe(1);
  expect(none.stderr.join("\n")).toContain("未生成台账");
  expect(existsSync(join(dir, "c.xlsx"))).toBe(false);
});

test("a task whose departments could not be read is written as 待确认; a correction typed in 责任部门 is kept by --from, and again next time", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  const plan = join(__dirname, "../fixtures/plans/unknown-clause.txt");
  expect(await run(["--plan", plan, "--out", "v1.xlsx"], capture(dir))).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "v1.xlsx"));
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  expect(wb.getWorksheet("待确认")).toBeDefined();
  let headerRow = 0;
  let depCol = 0;
  let noCol = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.value === LEDGER_HEADERS.departments) [headerRow, depCol] = [r, c];
      if (cell.value === LEDGER_HEADERS.no) noCol = c;
    });
  });
  const rowOf = (no: number) => {
    for (let r = headerRow + 1; r <= ws.rowCount; r++)
      if (ws.getRow(r).getCell(noCol).value === no) return ws.getRow(r);
    throw new Error(`no row ${no}`);
  };
  expect(rowOf(5).getCell(depCol).value).toBe("待确认");
  rowOf(5).getCell(depCol).value = "办公室（负责）；法规处（配合）";
  rowOf(2).getCell(depCol).value = "宣传处牵头，办公室配合";
  await wb.xlsx.writeFile(join(dir, "v1-edited.xlsx"));

  for (const [from, out] of [
    ["v1-edited.xlsx", "v2.xlsx"],
    ["v2.xlsx", "v3.xlsx"],
  ]) {
    const io = capture(dir);
    expect(await run(["--plan", plan, "--from", from, "--out", out], io)).toBe(0);
    if (from === "v1-edited.xlsx") {
      expect(io.stdout.join("\n")).toContain(
        "序号 5：按原台账中改正的责任部门生成——“待确认”改为“办公室（负责）；法规处（配合）”",
      );
      expect(io.stdout.join("\n")).toContain("序号 2：按原台账中改正的责任部门生成");
    }
    const next = new ExcelJS.Workbook();
    await next.xlsx.readFile(join(dir, out));
    const sheet = next.getWorksheet(SHEETS.ledger)!;
    const header = sheet.getRow(headerRow).values as unknown[];
    expect(header).toContain("法规处");
    expect(header).toContain("宣传处");
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(depCol).value ?? "")));
    expect(texts).toContain("办公室（负责）；法规处（配合）");
    expect(texts).toContain("宣传处（牵头）；办公室（配合）");
  }
});

test("bad input: unknown option, missing plan, foreign --from file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  expect(await run(["--bogus"], capture(dir))).toBe(2);
  expect(await run(["--plan", "nope.json"], capture(dir))).toBe(2);
  writeFileSync(join(dir, "x.xlsx"), "not a workbook");
  const io = capture(dir);
  expect(await run(["--from", "x.xlsx", "--out", "y.xlsx"], io)).toBe(1);
  expect(io.stderr.join("")).toContain("不是 Excel 工作簿");
  expect(readdirSync(dir)).toEqual(["x.xlsx"]);
});

test("--from carries every filled cell by 序号; unplaceable rows go to a sheet and the report", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  expect(await run(["--out", "old.xlsx"], capture(dir))).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "old.xlsx"));
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const header = ws.getRow(5);
  const col: Record<string, number> = {};
  header.eachCell((c, n) => (col[String(c.value)] = n));
  const rowOf = (no: number) => {
    for (let r = 6; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === no) return ws.getRow(r);
    throw new Error(`no row ${no}`);
  };
  const H = LEDGER_HEADERS;
  const fill = (no: number, values: Record<string, ExcelJS.CellValue>) => {
    const row = rowOf(no);
    for (const [h, v] of Object.entries(values)) row.getCell(col[h]).value = v;
  };
  fill(1, { [H.status]: "推进中", [H.progress]: "已印发解读方案", [H.contact]: "王五" });
  fill(23, {
    [H.status]: "已完成",
    [H.progress]: "=看起来像公式的文字",
    [H.problems]: "无",
    [H.due]: new Date("2019-12-31T00:00:00Z"),
    [H.updated]: new Date("2019-09-01T00:00:00Z"),
  });
  const extra = ws.getRow(40);
  extra.getCell(1).value = 99;
  extra.getCell(col[H.task]).value = "会上临时增加的工作";
  extra.getCell(col[H.progress]).value = "已布置";
  await wb.xlsx.writeFile(join(dir, "old.xlsx"));

  const io = capture(dir);
  expect(await run(["--from", "old.xlsx", "--out", "new.xlsx"], io)).toBe(0);
  const report = io.stdout.join("\n");
  expect(report).toContain("已沿用 30 行（其中 2 行除默认状态外有填写内容）");
  expect(report).not.toContain("沿用 序号 2：");
  expect(report).toContain("沿用 序号 23：状态、进展情况、存在问题及下步计划、完成时限、更新时间");
  expect(report).toContain("未能对应 序号 99：新计划中没有序号 99；内容：进展情况=“已布置”");

  const back = await readLedgerXlsx(readFileSync(join(dir, "new.xlsx")));
  const by = new Map(back.value!.rows.map((r) => [r.no, r.values]));
  expect(by.get(1)).toMatchObject({ status: "推进中", progress: "已印发解读方案", contact: "王五" });
  expect(by.get(23)).toEqual({
    status: "已完成",
    progress: "=看起来像公式的文字",
    problems: "无",
    contact: null,
    due: { date: "2019-12-31T00:00:00.000Z" },
    updated: { date: "2019-09-01T00:00:00.000Z" },
  });
  expect(back.value!.unplaced).toEqual([
    expect.objectContaining({ no: 99, task: "会上临时增加的工作", reason: "新计划中没有序号 99" }),
  ]);
  // regenerating from the regenerated file keeps the unplaced row
  const twice = capture(dir);
  expect(await run(["--from", "new.xlsx", "--out", "new2.xlsx"], twice)).toBe(0);
  const back2 = await readLedgerXlsx(readFileSync(join(dir, "new2.xlsx")));
  expect(back2.value!.unplaced.map((u) => u.values.progress)).toEqual(["已布置"]);
});

test("in place only with an explicit --out, after a backup", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  expect(await run([], capture(dir))).toBe(0);
  const implicit = capture(dir);
  expect(await run(["--from", DEFAULT_NAME], implicit)).toBe(1);
  expect(implicit.stderr.join("")).toContain("不会自动覆盖");
  const explicit = capture(dir);
  expect(await run(["--from", DEFAULT_NAME, "--out", DEFAULT_NAME], explicit)).toBe(0);
  expect(explicit.stdout.join("\n")).toContain("已备份原台账");
  expect(readdirSync(dir).filter((f) => f.includes(".备份-"))).toHaveLength(1);
});

test("--from refuses when a fill-in column cannot be found (renamed?), unless --force", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  expect(await run(["--out", "old.xlsx"], capture(dir))).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "old.xlsx"));
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  ws.getRow(5).eachCell((c) => {
    if (c.value === LEDGER_HEADERS.progress) c.value = "工作进展说明";
  });
  ws.getRow(6).eachCell((c, n) => {
    if (ws.getRow(5).getCell(n).value === "工作进展说明") c.value = "已印发解读方案";
  });
  await wb.xlsx.writeFile(join(dir, "old.xlsx"));

  const refused = capture(dir);
  expect(await run(["--from", "old.xlsx", "--out", "new.xlsx"], refused)).toBe(1);
  expect(refused.stderr.join("\n")).toContain("找不到填写列 “进展情况”");
  expect(existsSync(join(dir, "new.xlsx"))).toBe(false);

  expect(await run(["--from", "old.xlsx", "--out", "new.xlsx", "--force"], capture(dir))).toBe(0);
  expect(existsSync(join(dir, "new.xlsx"))).toBe(true);
});

test("--out a folder and --from an encrypted (or .xls) file say what to do", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  const folder = capture(dir);
  expect(await run(["--out", "."], folder)).toBe(1);
  expect(folder.stderr.join("")).toContain("是文件夹");
  expect(folder.stderr.join("")).toContain("--for 全部");

  writeFileSync(join(dir, "locked.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  const locked = capture(dir);
  expect(await run(["--from", "locked.xlsx", "--out", "new.xlsx"], locked)).toBe(1);
  expect(locked.stderr.join("")).toContain("可能是设置了打开密码的工作簿");
});

test("without --plan, --from and merge work from the plan the ledger carries, not the bundled one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
  const plan = join(__dirname, "../fixtures/plans/corpus/l-anshan-lishan-2023.txt");
  expect(await run(["--plan", plan, "--out", "v1.xlsx"], capture(dir))).toBe(0);
  const again = capture(dir);
  expect(await run(["--from", "v1.xlsx", "--out", "v2.xlsx"], again)).toBe(0);
  expect(again.stderr).toEqual([]);
  const read = await readLedgerXlsx(readFileSync(join(dir, "v2.xlsx")));
  expect(read.value!.rows.filter((r) => r.no !== null)).toHaveLength(6); // the district plan's 6 tasks, not 30
});
