/**
 * Recalculated truth: LibreOffice recalculates the workbook (render-xlsx --csv); the summary's numbers must
 * equal counts computed independently from the plan — fresh, and after statuses are changed in the file.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SHEETS, SUMMARY_LAYOUT } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";

const RENDER = resolve(__dirname, "../..", "../shared/tools/render-xlsx");
const hasOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasOffice) console.warn("跳过 LibreOffice 重算测试：未安装 soffice（CI 会安装）。");
const maybe = hasOffice ? test : test.skip;

const plan = plan2019();
const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
const names = DEFAULT_STATUSES.map((s) => s.name);

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function recalcSummary(bytes: Uint8Array, name: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "tz-recalc-"));
  const book = join(dir, `${name}.xlsx`);
  writeFileSync(book, bytes);
  execFileSync(RENDER, ["--csv", book, join(dir, "out")], { stdio: "pipe" });
  return parseCsv(readFileSync(join(dir, "out", `${name}-${SHEETS.summary}.csv`), "utf8"));
}

/** Expected [per status…, total, done] for a department, from the plan alone. */
function expected(dept: string, leadOnly: boolean, statusOf: (no: number) => string): number[] {
  const items = plan.items.filter((i) =>
    i.assignments.some((a) => a.department === dept && (!leadOnly || a.role === "lead")),
  );
  const counts = names.map((s) => items.filter((i) => statusOf(i.no) === s).length);
  const done = items.filter((i) => statusOf(i.no) === "已完成").length;
  return [...counts, items.length, done];
}

function check(rows: string[][], statusOf: (no: number) => string): void {
  const gw = names.length + 3;
  plan.departments.forEach((d, i) => {
    const row = rows[SUMMARY_LAYOUT.firstBodyRow - 1 + i];
    expect(row[0]).toBe(d.name);
    const lead = row.slice(2, 2 + gw - 1).map(Number);
    const all = row.slice(2 + gw, 2 + 2 * gw - 1).map(Number);
    expect([d.name, ...lead]).toEqual([d.name, ...expected(d.name, true, statusOf)]);
    expect([d.name, ...all]).toEqual([d.name, ...expected(d.name, false, statusOf)]);
    const [total, done] = all.slice(-2);
    const rate = row[2 + 2 * gw - 1];
    if (total === 0) expect(rate).toBe("");
    else expect(Number(rate.replace("%", "")) / (rate.endsWith("%") ? 100 : 1)).toBeCloseTo(done / total, 4);
  });
  const totalRow = rows[SUMMARY_LAYOUT.firstBodyRow - 1 + plan.departments.length];
  const byItem = names.map((s) => plan.items.filter((i) => statusOf(i.no) === s).length);
  expect(totalRow.slice(2 + gw, 2 + 2 * gw - 2).map(Number)).toEqual([...byItem, plan.items.length]);
}

maybe("summary equals independent counts: fresh ledger and after statuses change", async () => {
  const bytes = await writeLedgerXlsx(spec);
  check(recalcSummary(bytes, "fresh"), () => "未启动");

  const statusOf = (no: number) => names[(no * 7) % names.length];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const L = spec.layout.ledger;
  for (let r = L.firstBodyRow; r < L.firstBodyRow + 30; r++) {
    const row = ws.getRow(r);
    row.getCell(L.columns.status).value = statusOf(Number(row.getCell(1).value));
  }
  const changed = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const rows = recalcSummary(changed, "changed");
  check(rows, statusOf);
  // item 23: 审业部 leads one matter and shares another, yet counts once
  const shenye = plan.departments.findIndex((d) => d.name === "审业部");
  expect(Number(rows[SUMMARY_LAYOUT.firstBodyRow - 1 + shenye][2 + 2 * (names.length + 3) - 3])).toBe(
    plan.items.filter((i) => i.assignments.some((a) => a.department === "审业部")).length,
  );
});
