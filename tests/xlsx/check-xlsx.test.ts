/**
 * Every workbook the project writes — the ledger (with 待确认), a department's copy, a merged master with its
 * report, a ledger regenerated with --from — passes ../shared/tools/check-xlsx (the ISO/IEC 29500 schemas Excel
 * holds a file to). Skipped, with a message, where the tool is not present.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run as merge } from "../../src/cli/commands/merge";
import { run as workbook } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";

const TOOL = join(__dirname, "../../../shared/tools/check-xlsx");
const present = existsSync(TOOL);
if (!present) console.warn(`跳过 check-xlsx 测试：找不到 ${TOOL}。`);

const io = (cwd: string): CliIO => ({ cwd, out: () => undefined, err: () => undefined });
const PLAN = join(__dirname, "../fixtures/plans/corpus/l-anshan-lishan-2023.txt");
const UNKNOWN = join(__dirname, "../fixtures/plans/unknown-clause.txt");

(present ? test : test.skip)(
  "ledger, 待确认, copy, merged master and --from output are valid SpreadsheetML",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-check-"));
    expect(await workbook(["--out", "seed.xlsx"], io(dir))).toBe(0);
    expect(await workbook(["--plan", PLAN, "--out", "label.xlsx"], io(dir))).toBe(0);
    expect(await workbook(["--plan", UNKNOWN, "--out", "review.xlsx"], io(dir))).toBe(0);
    expect(await workbook(["--from", "seed.xlsx", "--for", "办公室", "--out", "copy.xlsx"], io(dir))).toBe(0);
    expect(await merge(["seed.xlsx", "copy.xlsx", "--out", "merged.xlsx"], io(dir))).toBe(0);
    expect(await workbook(["--from", "merged.xlsx", "--out", "again.xlsx"], io(dir))).toBe(0);
    const books = ["seed", "label", "review", "copy", "merged", "again"].map((b) => join(dir, `${b}.xlsx`));
    const result = spawnSync(TOOL, books, { encoding: "utf8", timeout: 240_000 });
    expect(result.stdout + result.stderr).not.toMatch(/invalid|error/i);
    expect(result.status).toBe(0);
  },
  300_000,
);
