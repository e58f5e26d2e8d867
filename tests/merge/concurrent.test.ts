/**
 * Two merges into one master at once, as two real processes: nobody's edits are lost and an output is never
 * replaced by a concurrent run; a lock left by a run that died is taken over after a while, a live one waited
 * for and then reported.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run as merge } from "../../src/cli/commands/merge";
import { CliIO } from "../../src/cli/io";
import { LOCK_TIMING, lockPathFor } from "../../src/cli/master-lock";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();
const ROOT = resolve(__dirname, "../..");

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** The command line as a separate process (from the sources, see tests/support/run-cli.ts). */
function taizhang(
  cwd: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ["-r", join(ROOT, "tests/support/ts-register.js"), join(ROOT, "tests/support/run-cli.ts"), ...args],
      { cwd },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tz-concurrent-"));
  const master = await writeMaster(plan);
  writeFileSync(join(dir, "总表.xlsx"), master);
  const law = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  law.ed.set(5, "progress", "条法司已完成梳理");
  writeFileSync(join(dir, "条法司.xlsx"), await save(law.wb));
  const plans = await LedgerEditor.open(await sendCopy(plan, master, "战略规划司"));
  plans.ed.set(14, "contact", "赵六");
  writeFileSync(join(dir, "战略规划司.xlsx"), await save(plans.wb));
  return dir;
}

async function valuesOf(path: string): Promise<Map<number | null, Record<string, unknown>>> {
  const read = await readLedgerXlsx(readFileSync(path));
  return new Map(read.value!.rows.map((r) => [r.no, r.values]));
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("."));

test("two merges into the master in place at once: both departments' edits are in the master", async () => {
  const dir = await folder();
  const [a, b] = await Promise.all([
    taizhang(dir, ["merge", "总表.xlsx", "条法司.xlsx", "--out", "总表.xlsx"]),
    taizhang(dir, ["merge", "总表.xlsx", "战略规划司.xlsx", "--out", "总表.xlsx"]),
  ]);
  expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, "", ""]);
  const merged = await valuesOf(join(dir, "总表.xlsx"));
  expect(merged.get(5)!.progress).toBe("条法司已完成梳理");
  expect(merged.get(14)!.contact).toBe("赵六");
  expect(leftovers(dir)).toEqual([]);
});

test("two merges to the default output at once: one writes it, the other is refused, nothing overwritten", async () => {
  const dir = await folder();
  const runs = await Promise.all([
    taizhang(dir, ["merge", "总表.xlsx", "条法司.xlsx"]),
    taizhang(dir, ["merge", "总表.xlsx", "战略规划司.xlsx"]),
  ]);
  const codes = runs.map((r) => r.code).sort();
  expect(codes).toEqual([0, 1]);
  const loser = runs.find((r) => r.code === 1)!;
  expect(loser.stderr).toContain("已存在，未覆盖");
  const winner = runs.findIndex((r) => r.code === 0);
  const merged = await valuesOf(join(dir, "总表-合并.xlsx"));
  if (winner === 0) expect(merged.get(5)!.progress).toBe("条法司已完成梳理");
  else expect(merged.get(14)!.contact).toBe("赵六");
  expect(leftovers(dir)).toEqual([]);
});

test("a live lock is waited for, then reported; a stale one is taken over with a notice", async () => {
  const dir = await folder();
  const lock = lockPathFor(join(dir, "总表.xlsx"));
  writeFileSync(lock, JSON.stringify({ pid: 1, host: "别的电脑", since: "2019-07-01T08:00:00.000Z" }));
  const saved = { ...LOCK_TIMING };
  Object.assign(LOCK_TIMING, { waitMs: 600, pollMs: 50 });
  try {
    const io = capture(dir);
    expect(await merge(["总表.xlsx", "条法司.xlsx"], io)).toBe(1);
    expect(io.stderr.join("\n")).toContain("另一个合并正在写入总表 “总表.xlsx”（进程 1@别的电脑");
    expect(io.stderr.join("\n")).toContain("请等它完成后重试");
    expect(existsSync(join(dir, "总表-合并.xlsx"))).toBe(false);

    const old = new Date(Date.now() - LOCK_TIMING.staleMs - 60_000);
    utimesSync(lock, old, old);
    const again = capture(dir);
    expect(await merge(["总表.xlsx", "条法司.xlsx"], again)).toBe(0);
    expect(again.stderr.join("\n")).toContain("已视为失效并接管");
    expect(existsSync(lock)).toBe(false);
  } finally {
    Object.assign(LOCK_TIMING, saved);
  }
});
