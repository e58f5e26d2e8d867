/**
 * Files other programs saved are read, and nothing typed is lost: a ledger and a returned copy rewritten with
 * absolute part paths, with inline strings, without a shared-strings part, without its styles and a table part
 * its sheet links to, with shared formulas (also in a fill-in column), with list validations in x14 extLst,
 * with dates in a custom or a built-in Chinese date format, and resaved by LibreOffice — each
 * read by readLedgerXlsx, by `workbook --from` and by `merge`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { FilledRow } from "../../src/core/ledger/types";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save, sendCopy, writeMaster } from "../merge/helpers";
import {
  hasOffice,
  partText,
  resavedByLibreOffice,
  withAbsoluteTargets,
  withDateFormats,
  withInlineStrings,
  withSharedFormulas,
  withX14Validations,
  withoutParts,
} from "./foreign-package";

const plan = plan2019();
if (!hasOffice) console.warn("跳过 LibreOffice 另存测试：未安装 soffice（CI 会安装）。");

const EMPTY: FilledRow = {
  status: null,
  progress: null,
  problems: null,
  contact: null,
  due: null,
  updated: null,
};

/** A master with typed content of every kind: several lines, markup characters, emoji, dates. */
const FILLED: Record<number, FilledRow> = {
  1: { ...EMPTY, status: "推进中", progress: "第一行\n第二行 <b>&amp; “引号”", contact: "张三 13800000000" },
  2: { ...EMPTY, status: "已完成", due: { date: "2019-12-31T00:00:00.000Z" }, problems: "无 😀" },
  7: { ...EMPTY, status: "滞后", updated: { date: "2019-08-15T00:00:00.000Z" } },
};

/** `serialDates`: without a styles part a date cell is a bare serial number (which --from reads as a date). */
type Variant = {
  name: string;
  make: (bytes: Uint8Array) => Promise<Uint8Array> | Uint8Array;
  serialDates?: boolean;
};
const VARIANTS: Variant[] = [
  { name: "absolute part paths", make: withAbsoluteTargets },
  { name: "inline strings", make: (b) => withInlineStrings(b) },
  { name: "no shared strings part", make: (b) => withInlineStrings(b, true) },
  {
    name: "without styles and a linked table part",
    make: (b) => withoutParts(b, ["xl/styles.xml", "xl/tables/table1.xml"]),
    serialDates: true,
  },
  { name: "with shared formulas", make: (b) => withSharedFormulas(b) },
  { name: "with list validations in x14 extLst", make: withX14Validations },
  { name: "with a custom Chinese date format", make: (b) => withDateFormats(b, "custom") },
  { name: "with built-in Chinese date formats (ids 31, 57)", make: (b) => withDateFormats(b, "builtin") },
  ...(hasOffice ? [{ name: "resaved by LibreOffice", make: resavedByLibreOffice }] : []),
];

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function valuesOf(bytes: Uint8Array): Promise<Map<number, FilledRow>> {
  const read = await readLedgerXlsx(bytes);
  if (!read.value) throw new Error(read.issues.map((i) => i.message).join("; "));
  return new Map(read.value.rows.map((r) => [r.no as number, r.values]));
}

let master: Uint8Array;
let copy: Uint8Array;
beforeAll(async () => {
  master = await writeMaster(plan, FILLED);
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  ed.set(5, "status", "推进中").set(5, "progress", "条法司：已梳理\n下一步 <公开>");
  copy = await save(wb);
});

function asSerials(rows: Map<number, FilledRow>): Map<number, FilledRow> {
  const serial = (v: FilledRow[keyof FilledRow]) =>
    v !== null && typeof v === "object" ? Date.parse(v.date) / 86_400_000 + 25_569 : v;
  return new Map(
    [...rows].map(([no, row]) => [no, { ...row, due: serial(row.due), updated: serial(row.updated) }]),
  );
}

describe.each(VARIANTS)("a ledger $name", ({ make, serialDates }) => {
  test("is read with every typed cell", async () => {
    const expected = await valuesOf(master);
    expect(await valuesOf(await make(master))).toEqual(serialDates ? asSerials(expected) : expected);
  });

  test("workbook --from keeps every typed cell; merge takes the copy's edits", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-foreign-"));
    writeFileSync(join(dir, "旧.xlsx"), await make(master));
    const io = capture(dir);
    expect(await main(["workbook", "--from", "旧.xlsx", "--out", "新.xlsx"], io)).toBe(0);
    const regenerated = await valuesOf(readFileSync(join(dir, "新.xlsx")));
    for (const [no, row] of Object.entries(FILLED)) expect(regenerated.get(Number(no))).toEqual(row);

    writeFileSync(join(dir, "总表.xlsx"), await make(master));
    writeFileSync(join(dir, "条法司.xlsx"), await make(copy));
    const merging = capture(dir);
    const code = await main(["merge", "总表.xlsx", "条法司.xlsx", "--out", "合并.xlsx"], merging);
    expect({ code, stderr: merging.stderr }).toMatchObject({ code: 0 });
    expect(merging.stdout.join("\n")).toContain("（条法司）[负责 1 项]：采纳 2 格");
    const merged = await valuesOf(readFileSync(join(dir, "合并.xlsx")));
    expect(merged.get(5)).toMatchObject({ status: "推进中", progress: "条法司：已梳理\n下一步 <公开>" });
    for (const [no, row] of Object.entries(FILLED)) expect(merged.get(Number(no))).toEqual(row);
  });
});

test("formulas filled down a fill-in column read the same shared as one by one", async () => {
  const { wb, ed } = await LedgerEditor.open(master);
  const rows = [10, 11, 12, 13, 14];
  for (const no of rows) {
    const r = ed.row(no);
    ed.set(no, "contact", { formula: `"联系人"&A${r}`, result: `联系人${no}` });
  }
  const unshared = await save(wb);
  const column = ed.cell(rows[0], "contact").address.replace(/\d+/, "");
  const shared = await withSharedFormulas(unshared, [column]);
  const followers = new RegExp(`<c r="${column}\\d+"[^>]*><f t="shared" si="\\d+"/>`, "g");
  expect((await partText(shared, "xl/worksheets/sheet1.xml")).match(followers)).toHaveLength(rows.length - 1);
  const read = await valuesOf(shared);
  expect(read).toEqual(await valuesOf(unshared));
  for (const no of rows) expect(read.get(no)?.contact).toBe(`联系人${no}`);
  // The formula of each follower, as a merge reports it ("=…" text), is its own, not the first cell's.
  const snapshot = async (b: Uint8Array) => (await readLedgerXlsx(b)).value!.rows;
  const sharedRows = await snapshot(shared);
  expect(sharedRows).toEqual(await snapshot(unshared));
  for (const no of rows) {
    const at = ed.row(no);
    expect(sharedRows.find((r) => r.no === no)?.formulas).toEqual({ contact: `="联系人"&A${at}` });
  }

  const dir = mkdtempSync(join(tmpdir(), "tz-foreign-"));
  writeFileSync(join(dir, "一格一式.xlsx"), unshared);
  writeFileSync(join(dir, "共享公式.xlsx"), shared);
  for (const from of ["一格一式", "共享公式"]) {
    expect(await main(["workbook", "--from", `${from}.xlsx`, "--out", `${from}-新.xlsx`], capture(dir))).toBe(
      0,
    );
  }
  expect(await valuesOf(readFileSync(join(dir, "共享公式-新.xlsx")))).toEqual(
    await valuesOf(readFileSync(join(dir, "一格一式-新.xlsx"))),
  );
});

test("the rewrites write what Excel and WPS write", async () => {
  const shared = await partText(await withSharedFormulas(master), "xl/worksheets/sheet1.xml");
  expect(shared).toMatch(/<f t="shared" ref="[A-Z]+\d+:[A-Z]+\d+" si="0">/);
  expect(shared).toMatch(/<f t="shared" si="0"\/>/);
  const x14 = await partText(await withX14Validations(master), "xl/worksheets/sheet1.xml");
  expect(x14).not.toContain("<dataValidations");
  expect(x14).toMatch(/<x14:dataValidation [^>]*type="list"[^>]*><x14:formula1><xm:f>OFFSET\('设置'!/);
  const styles = await partText(await withDateFormats(master, "builtin"), "xl/styles.xml");
  expect(styles).toMatch(/<xf [^>]*numFmtId="31"/);
  expect(styles).not.toMatch(/<numFmt numFmtId="31"/);
});
