/**
 * useLeanExcelJS (src/xlsx/node/lean-exceljs.ts): in a real node process (jest's module registry ignores
 * require.cache), `require("exceljs")` then gives Workbook and the enums without the streaming reader/writer
 * or CSV packages, and a ledger written and read back through it is whole. The child runs the sources
 * through tests/support/ts-register.js, as the CLI runs them.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

const CHILD = `
const { useLeanExcelJS } = require("./src/xlsx/node/lean-exceljs.ts");
const installed = useLeanExcelJS();
const again = useLeanExcelJS();
const ExcelJS = require("exceljs");
const { buildLedgerSpec } = require("./src/core/ledger/build.ts");
const { writeLedgerXlsx } = require("./src/xlsx/write.ts");
const { readLedgerXlsx } = require("./src/xlsx/read.ts");
const { DEFAULT_STATUSES } = require("./src/core/status/statuses.ts");
const plan = require("./data/plans/cnipa-2019.json");
(async () => {
  const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: "2019-07-01T08:00:00.000Z" });
  const bytes = await writeLedgerXlsx(spec);
  const read = await readLedgerXlsx(bytes);
  let csv = "";
  try { new ExcelJS.Workbook().csv; } catch (e) { csv = e.message; }
  const heavy = Object.keys(require.cache).filter((k) => /node_modules\\/(unzipper|archiver|fast-csv|@fast-csv)\\//.test(k));
  process.stdout.write(JSON.stringify({
    installed, again,
    workbook: typeof ExcelJS.Workbook, valueTypeNull: ExcelJS.ValueType && ExcelJS.ValueType.Null,
    stream: typeof ExcelJS.stream, heavy,
    items: read.value ? read.value.rows.length : -1, csv,
  }));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

test("the CLI's lean ExcelJS: no streaming or CSV packages loaded, a ledger round-trips whole", () => {
  const child = spawnSync(process.execPath, ["-r", join(ROOT, "tests/support/ts-register.js"), "-e", CHILD], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(child.stderr).toBe("");
  const out = JSON.parse(child.stdout) as Record<string, unknown>;
  expect(out).toEqual({
    installed: true,
    again: true,
    workbook: "function",
    valueTypeNull: 0,
    stream: "undefined",
    heavy: [],
    items: 30,
    csv: expect.stringContaining("CSV") as unknown,
  });
}, 60_000);
