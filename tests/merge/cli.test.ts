import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run as merge } from "../../src/cli/commands/merge";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tz-merge-"));
  const master = await writeMaster(plan);
  writeFileSync(join(dir, "总表.xlsx"), master);
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  ed.set(5, "status", "推进中").set(5, "progress", "条法司已完成梳理");
  writeFileSync(join(dir, "条法司.xlsx"), await save(wb));
  const other = await LedgerEditor.open(await sendCopy(plan, master, "战略规划司"));
  other.ed.set(14, "contact", "赵六");
  writeFileSync(join(dir, "战略规划司.xlsx"), await save(other.wb));
  return dir;
}

test("merge writes MASTER-合并.xlsx beside the master, never touching the master; summary on stdout", async () => {
  const dir = await folder();
  const before = readFileSync(join(dir, "总表.xlsx"));
  const io = capture(dir);
  expect(await main(["merge", "总表.xlsx", "条法司.xlsx", "战略规划司.xlsx"], io)).toBe(0);
  expect(readFileSync(join(dir, "总表.xlsx")).equals(before)).toBe(true);
  const out = join(dir, "总表-合并.xlsx");
  const read = await readLedgerXlsx(readFileSync(out));
  const by = new Map(read.value!.rows.map((r) => [r.no, r.values]));
  expect(by.get(5)).toMatchObject({ status: "推进中", progress: "条法司已完成梳理" });
  expect(by.get(14)).toMatchObject({ contact: "赵六" });
  const text = io.stdout.join("\n");
  expect(text).toContain("《条法司.xlsx》（条法司）[负责 1 项]：采纳 2 格");
  expect(text).toContain("《战略规划司.xlsx》（战略规划司）[负责 2 项]：采纳 1 格");
  expect(text).toContain(`已写入合并结果：${out}`);

  const again = capture(dir);
  expect(await merge(["总表.xlsx", "条法司.xlsx"], again)).toBe(1);
  expect(again.stderr.join("")).toContain("已存在，未覆盖");
  expect(await merge(["总表.xlsx", "条法司.xlsx", "--force"], capture(dir))).toBe(0);
});

test("--out naming the master replaces it atomically (no temporary file left)", async () => {
  const dir = await folder();
  const io = capture(dir);
  expect(await merge(["总表.xlsx", "条法司.xlsx", "--out", "总表.xlsx"], io)).toBe(0);
  expect(io.stdout.join("\n")).toContain("已按 --out 覆盖总表");
  expect(readdirSync(dir).sort()).toEqual(["总表.xlsx", "战略规划司.xlsx", "条法司.xlsx"].sort());
  const read = await readLedgerXlsx(readFileSync(join(dir, "总表.xlsx")));
  expect(read.value!.rows.find((r) => r.no === 5)!.values.progress).toBe("条法司已完成梳理");
});

test("all or nothing: a bad later copy leaves the master byte-identical and writes no output", async () => {
  const dir = await folder();
  writeFileSync(join(dir, "坏的.xlsx"), "我是文本文件");
  const listing = readdirSync(dir).sort();
  const before = readFileSync(join(dir, "总表.xlsx"));
  for (const args of [
    ["总表.xlsx", "条法司.xlsx", "战略规划司.xlsx", "坏的.xlsx"],
    ["总表.xlsx", "条法司.xlsx", "坏的.xlsx", "--out", "总表.xlsx"],
  ]) {
    const io = capture(dir);
    expect(await merge(args, io)).toBe(1);
    expect(io.stderr.join("\n")).toContain("“坏的.xlsx”：无法读取：这不是 Excel 工作簿");
    expect(io.stderr.join("\n")).toContain("总表未作任何改动");
    expect(io.stdout).toEqual([]);
    expect(readFileSync(join(dir, "总表.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
  }
});

test("usage errors: too few files, a file twice, a missing file", async () => {
  const dir = await folder();
  const one = capture(dir);
  expect(await merge(["总表.xlsx"], one)).toBe(2);
  expect(one.stderr.join("")).toContain("用法：taizhang merge");
  const twice = capture(dir);
  expect(await merge(["总表.xlsx", "总表.xlsx"], twice)).toBe(2);
  expect(twice.stderr.join("")).toContain("总表不能同时作为部门副本");
  const missing = capture(dir);
  expect(await merge(["总表.xlsx", "没有这个.xlsx"], missing)).toBe(2);
  expect(missing.stderr.join("")).toContain("找不到文件 “没有这个.xlsx”");
  expect(existsSync(join(dir, "总表-合并.xlsx"))).toBe(false);
});
