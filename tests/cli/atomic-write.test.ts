/**
 * workbook writes through a temporary file and a rename: a write that fails (disk full, stubbed here) leaves
 * the existing ledger byte for byte and no partial or temporary file; --for 全部 removes the temporary files
 * a stopped run left.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Makes every write after the first `allowed` chunks fail as a full disk does. */
function diskFullAfter(allowed: number): jest.SpyInstance {
  // The module object itself (an `import * as` namespace cannot be spied on).
  const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
  const real = fs.writeSync;
  let calls = 0;
  return jest.spyOn(fs, "writeSync").mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
    if (++calls > allowed)
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    return (real as (...a: unknown[]) => number)(...args);
  }) as typeof fs.writeSync);
}

afterEach(() => jest.restoreAllMocks());

test("a failed write leaves the existing ledger as it was and no partial file (--force, and in place)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-atomic-"));
  expect(await main(["workbook", "--out", "台账.xlsx"], capture(dir))).toBe(0);
  const before = readFileSync(join(dir, "台账.xlsx"));
  for (const args of [
    ["workbook", "--out", "台账.xlsx", "--force"],
    ["workbook", "--from", "台账.xlsx", "--out", "台账.xlsx"],
  ]) {
    diskFullAfter(0);
    const io = capture(dir);
    expect(await main(args, io)).toBe(2);
    jest.restoreAllMocks();
    expect(io.stderr.join("\n")).toContain("原有文件未改动");
    expect(readFileSync(join(dir, "台账.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes("tmp"))).toEqual([]);
  }
});

test("--for 全部: a failure midway leaves no copy and no temporary file; a rerun clears a stopped run's temporaries", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-atomic-"));
  expect(await main(["workbook", "--out", "总表.xlsx"], capture(dir))).toBe(0);
  diskFullAfter(3);
  expect(
    await main(["workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "发出"], capture(dir)),
  ).toBe(2);
  jest.restoreAllMocks();
  expect(readdirSync(join(dir, "发出"))).toEqual([]);

  expect(
    await main(["workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "发出"], capture(dir)),
  ).toBe(0);
  const names = readdirSync(join(dir, "发出"));
  expect(names.length).toBeGreaterThan(10);
  // what a run killed midway (its process gone) leaves behind
  const stale = join(dir, "发出", `.${names[0]}.999999999.abc.taizhang-tmp`);
  writeFileSync(stale, "半个文件");
  const io = capture(dir);
  expect(
    await main(["workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "发出", "--force"], io),
  ).toBe(0);
  expect(readdirSync(join(dir, "发出")).sort()).toEqual([...names].sort());
});
