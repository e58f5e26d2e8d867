/**
 * Issue 9's "done when": `taizhang workbook --plan X` writes a ledger for every corpus document, .txt and
 * .docx, with one row per task the reader found (待确认 rows included), readable back by the ledger reader.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";
import { parsePlan } from "../../src/core/plan/parse";
import { readLedgerXlsx } from "../../src/xlsx/read";

const CORPUS = join(__dirname, "../fixtures/plans/corpus");
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt") || f.endsWith(".docx"))
  .sort();

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), "tz-corpus-"));

it("covers the whole corpus, .docx included", () => {
  expect(files.filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(2);
  expect(files.filter((f) => f.endsWith(".txt")).length).toBeGreaterThanOrEqual(12);
});

it.each(files)(
  "%s → a ledger",
  async (file) => {
    const out = `${file}.xlsx`;
    const io = capture(dir);
    expect(await run(["--plan", join(CORPUS, file), "--out", out], io)).toBe(0);
    expect(existsSync(join(dir, out))).toBe(true);
    const read = await readLedgerXlsx(readFileSync(join(dir, out)));
    const rows = read.value!.rows.filter((r) => r.no !== null);
    if (file.endsWith(".txt")) {
      const items = parsePlan(readFileSync(join(CORPUS, file), "utf8")).value.items;
      expect(rows.map((r) => r.task)).toEqual(items.map((i) => i.text));
    } else expect(rows.length).toBeGreaterThan(0);
  },
  30_000,
);
