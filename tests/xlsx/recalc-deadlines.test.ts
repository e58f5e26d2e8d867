/**
 * 逾期/临期 recalculated by LibreOffice with 统计日期 fixed: the 时限状态 marks and 部门汇总's 逾期/临期 counts
 * equal independent arithmetic (China's working days counted day by day), across National Day 2019 and its
 * make-up working days (Sunday 09-29, Saturday 10-12).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import {
  ASSIGNMENT_HEADERS,
  ASSIGNMENT_LAYOUT,
  META_LABELS,
  SETTINGS_LAYOUT,
  SHEETS,
  SUMMARY_LAYOUT,
} from "../../src/core/ledger/constants";
import { SUMMARY_EXTRA_COLUMNS } from "../../src/core/ledger/summary-deadline";
import { deadlineMark } from "../../src/core/time/calendar-lists";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";
import { parseCsv } from "./csv";

const RENDER = resolve(__dirname, "../..", "../shared/tools/render-xlsx");
const hasOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasOffice) console.warn("跳过 LibreOffice 时限重算测试：未安装 soffice（CI 会安装）。");
const maybe = hasOffice ? test : test.skip;

const plan = plan2019();
const DUES: (string | null)[] = [
  "2019-09-20",
  "2019-09-26",
  "2019-09-27",
  "2019-09-29",
  "2019-09-30",
  "2019-10-03",
  "2019-10-08",
  "2019-10-09",
  "2019-10-11",
  "2019-10-12",
  "2019-10-14",
  "2019-10-15",
  "2019-12-31",
  null,
];
const dueOf = (no: number) => DUES[no % DUES.length];
const statusOf = (no: number) => (no % 5 === 0 ? "已完成" : no % 3 === 0 ? "滞后" : "推进中");

function recalc(bytes: Uint8Array, name: string, sheet: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "tz-deadline-"));
  const book = join(dir, `${name}.xlsx`);
  writeFileSync(book, bytes);
  execFileSync(RENDER, ["--csv", book, join(dir, "out")], { stdio: "pipe" });
  return parseCsv(readFileSync(join(dir, "out", `${name}-${sheet}.csv`), "utf8"));
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A ledger with the scenario's dues and statuses typed in; 统计日期 typed over =TODAY() when `typedAsOf`. */
async function scenario(asOf: string, nearDays: number, typedAsOf: boolean): Promise<Uint8Array> {
  const spec = buildLedgerSpec(plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: null,
    asOf: typedAsOf ? null : asOf,
    nearDays,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeLedgerXlsx(spec)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const L = spec.layout.ledger;
  for (let r = L.firstBodyRow; r < L.firstBodyRow + L.bodyRows; r++) {
    const row = ws.getRow(r);
    const no = Number(row.getCell(L.columns.no).value);
    const due = dueOf(no);
    row.getCell(L.columns.due).value = due === null ? "长期坚持" : utc(due);
    row.getCell(L.columns.status).value = statusOf(no);
  }
  if (typedAsOf) {
    const settings = wb.getWorksheet(SHEETS.settings)!;
    settings.eachRow((row) => {
      if (row.getCell(SETTINGS_LAYOUT.metaLabelCol).value === META_LABELS.asOf) {
        row.getCell(SETTINGS_LAYOUT.metaValueCol).value = utc(asOf);
      }
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function check(asOf: string, nearDays: number, typedAsOf: boolean): Promise<void> {
  const bytes = await scenario(asOf, nearDays, typedAsOf);
  const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
  const L = spec.layout.ledger;
  const expected = (no: number) => deadlineMark(dueOf(no), asOf, nearDays, statusOf(no) === "已完成");

  const ledger = recalc(bytes, `ledger-${asOf}`, SHEETS.ledger);
  const marks = ledger
    .slice(L.firstBodyRow - 1, L.firstBodyRow - 1 + L.bodyRows)
    .map((r) => [Number(r[L.columns.no - 1]), r[L.columns.deadlineState - 1]]);
  expect(marks).toEqual(plan.items.map((i) => [i.no, expected(i.no)]));
  expect(new Set(marks.map((m) => m[1]))).toEqual(new Set(["逾期", "临期", ""]));

  const summary = recalc(bytes, `summary-${asOf}`, SHEETS.summary);
  const header = summary[SUMMARY_LAYOUT.headerRow - 1];
  const col = (h: string) => header.lastIndexOf(h);
  for (const [i, d] of plan.departments.entries()) {
    const row = summary[SUMMARY_LAYOUT.firstBodyRow - 1 + i];
    const mine = plan.items.filter((it) => it.assignments.some((a) => a.department === d.name));
    for (const c of SUMMARY_EXTRA_COLUMNS) {
      const want = mine.filter((it) => expected(it.no) === c.header).length;
      expect([d.name, c.header, Number(row[col(c.header)])]).toEqual([d.name, c.header, want]);
    }
  }
  // 责任分解's 逾期 column (what 部门透视 sums): per department, the same count as 部门汇总's 逾期.
  const assign = recalc(bytes, `assign-${asOf}`, SHEETS.assignments);
  const A = assign[ASSIGNMENT_LAYOUT.headerRow - 1];
  const overdueOf = new Map<string, number>();
  for (const r of assign.slice(ASSIGNMENT_LAYOUT.firstBodyRow - 1)) {
    const dept = r[A.indexOf(ASSIGNMENT_HEADERS.department)];
    const n = Number(r[A.indexOf(ASSIGNMENT_HEADERS.overdue)] || 0);
    if (dept) overdueOf.set(dept, (overdueOf.get(dept) ?? 0) + n);
  }
  for (const d of plan.departments) {
    const want = plan.items.filter(
      (it) => it.assignments.some((a) => a.department === d.name) && expected(it.no) === "逾期",
    ).length;
    expect([d.name, overdueOf.get(d.name) ?? 0]).toEqual([d.name, want]);
  }
  expect([...overdueOf.values()].some((n) => n > 0)).toBe(true);

  const total = summary[SUMMARY_LAYOUT.firstBodyRow - 1 + plan.departments.length];
  for (const c of SUMMARY_EXTRA_COLUMNS) {
    expect(Number(total[col(c.header)])).toBe(plan.items.filter((it) => expected(it.no) === c.header).length);
  }
}

maybe(
  "统计日期 2019-09-27 (before National Day, make-up Sunday 09-29), 临期 within 4 working days",
  async () => {
    await check("2019-09-27", 4, false);
  },
);

maybe(
  "统计日期 typed over =TODAY(): 2019-10-11 (make-up Saturday 10-12), 临期 within 3 working days",
  async () => {
    await check("2019-10-11", 3, true);
  },
);
