/**
 * Property-based round trips (issue 12): random edit scripts over the 2019 ledger — typed cells of every kind
 * (text up to Excel's 32,767 characters, CR and CRLF, emoji, spaces, formula-like text, real formulas, numbers,
 * dates), rows re-sorted and hidden, a column added — saved, then through `workbook --from` (the library steps
 * the CLI runs: read, carry over, build, write, read back) and through a department's copy and merge. No typed
 * cell may be lost or changed; an added column's cells go to 未能对应的内容 with a note.
 *
 * Speed: each run is a real file written and read twice (about 0.5–1 s on the shared 2-core machine), so the
 * run counts are set to stay near a minute; TZ_PROPERTY_RUNS=N runs N scripts of each property.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { carryOver } from "../../src/core/ledger/carry-over";
import { FilledField, SHEETS } from "../../src/core/ledger/constants";
import { FilledValue } from "../../src/core/ledger/types";
import { KEY_SHEET } from "../../src/core/ledger/key-sheet";
import { CONTINUED } from "../../src/core/ledger/unplaced-sheet";
import { BASELINE_SHEET } from "../../src/core/merge/constants";
import { itemsOf } from "../../src/core/merge/department";
import { MergeEvent } from "../../src/core/merge/types";
import { listedStatus } from "../../src/core/status/variants";
import { isBlank } from "../../src/core/util/blank";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { encodeXstring } from "../../src/xlsx/xstring";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, load, save, sendCopy, writeMaster } from "../merge/helpers";

const plan = plan2019();
const RUNS = Number(process.env.TZ_PROPERTY_RUNS ?? 0);
const TEXT_FIELDS: FilledField[] = ["progress", "problems", "contact"];
const STATUS_NAMES = DEFAULT_STATUSES.map((s) => s.name);
const EXCEL_MAX = 32_767;

/** A typed cell: what is put in the sheet, and what a reader must give back. */
interface Typed {
  cell: ExcelJS.CellValue;
  expected: FilledValue;
}

const piece = fc.constantFrom(
  "甲",
  "乙",
  "a",
  " ",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "😀",
  "👨‍👩‍👧",
  "_x000D_",
  "=",
  "+",
  "@",
  "-",
);
const shortText = fc
  .array(piece, { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(""))
  // A leading tab or CR/LF-only text is fine; the empty string is no typed cell.
  .filter((t) => t !== "");
const longText = fc
  .oneof(fc.integer({ min: 1_000, max: EXCEL_MAX }), fc.constant(EXCEL_MAX))
  // Exactly n UTF-16 units, up to the most a cell holds.
  .map((n) => `${"长".repeat(n - 3)}\r😀`);
const when = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 })
  .map((minutes) => new Date(minutes * 60_000));

const typedText: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 6, arbitrary: shortText.map((t) => ({ cell: t, expected: t })) },
  { weight: 1, arbitrary: longText.map((t) => ({ cell: t, expected: t })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ cell: n / 8, expected: n / 8 })),
  },
  { weight: 1, arbitrary: when.map((d) => ({ cell: d, expected: { date: d.toISOString() } })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => ({
      cell: { formula: `${n}+1`, result: n + 1 } as ExcelJS.CellFormulaValue,
      expected: `=${n}+1`,
    })),
  },
);
const typedStatus: fc.Arbitrary<Typed> = fc.oneof(
  fc.constantFrom(...STATUS_NAMES).map((t) => ({ cell: t, expected: t })),
  shortText.map((t) => ({ cell: t, expected: t })),
);

interface Edit {
  no: number;
  field: FilledField;
  typed: Typed;
}

interface Script {
  edits: Edit[];
  order: "keep" | "reverse" | "shuffle";
  seed: number;
  hidden: number[];
  added: { header: string; values: { no: number; text: string }[] } | null;
}

function script(items: readonly number[]): fc.Arbitrary<Script> {
  const no = fc.constantFrom(...items);
  const edit = fc.oneof(
    fc.record({ no, field: fc.constantFrom(...TEXT_FIELDS), typed: typedText }),
    fc.record({ no, field: fc.constant<FilledField>("status"), typed: typedStatus }),
    fc.record({
      no,
      field: fc.constant<FilledField>("due"),
      typed: when.map((d) => ({ cell: d, expected: { date: d.toISOString() } })),
    }),
  );
  return fc.record({
    // One edit per cell: the last one typed is what the sheet holds.
    edits: fc.uniqueArray(edit, { minLength: 1, maxLength: 12, selector: (e) => `${e.no}:${e.field}` }),
    order: fc.constantFrom("keep" as const, "reverse" as const, "shuffle" as const),
    seed: fc.integer(),
    hidden: fc.uniqueArray(no, { maxLength: 3 }),
    added: fc.option(
      fc.record({
        header: fc.constantFrom("备注", "进展（补充）", "说明"),
        values: fc.uniqueArray(fc.record({ no, text: fc.oneof(shortText, longText) }), {
          minLength: 1,
          maxLength: 3,
          selector: (v) => v.no,
        }),
      }),
      { nil: null },
    ),
  });
}

/** Text as Excel stores it (ExcelJS, the test's editor, would write a CR raw, which XML turns into LF). */
const asExcel = (v: ExcelJS.CellValue): ExcelJS.CellValue => (typeof v === "string" ? encodeXstring(v) : v);

/** The script done to a ledger sheet, as a person would in Excel. */
function apply(ed: LedgerEditor, s: Script): void {
  for (const e of s.edits) {
    ed.set(e.no, e.field, asExcel(e.typed.cell));
    // Excel gives a cell a date format when a date is typed into it; ExcelJS does not.
    if (e.typed.cell instanceof Date) ed.cell(e.no, e.field).numFmt = "yyyy-mm-dd hh:mm";
  }
  const ws = ed.ws;
  if (s.added) {
    const col = ws.getRow(ed.headerRow()).cellCount + 1;
    ws.getRow(ed.headerRow()).getCell(col).value = s.added.header;
    for (const v of s.added.values) ws.getRow(ed.row(v.no)).getCell(col).value = asExcel(v.text);
  }
  const first = ed.headerRow() + 1;
  const body = plan.items.map((_, i) => (ws.getRow(first + i).values as ExcelJS.CellValue[]).slice());
  if (s.order !== "keep") {
    let x = s.seed;
    const order =
      s.order === "reverse"
        ? body.reverse()
        : body.sort(() => ((x = (x * 1103515245 + 12345) | 0) & 1) - 0.5);
    order.forEach((vals, i) => (ws.getRow(first + i).values = vals));
  }
  for (const no of s.hidden) ws.getRow(ed.row(no)).hidden = true;
}

/** A value as the reader gives it, for comparing: times to the minute (Excel keeps serial days). */
function comparable(v: FilledValue): FilledValue {
  if (v !== null && typeof v === "object")
    return { date: new Date(Math.round(Date.parse(v.date) / 60_000) * 60_000).toISOString() };
  return v;
}

/** Only the sheets a reader of a ledger looks at (the others cost time, not coverage). */
async function slim(bytes: Uint8Array, more: readonly string[] = []): Promise<Uint8Array> {
  const keep = [SHEETS.ledger, SHEETS.settings, ...more];
  const wb = await load(bytes);
  for (const ws of [...wb.worksheets]) if (!keep.includes(ws.name)) wb.removeWorksheet(ws.id);
  return save(wb);
}

test("workbook --from keeps every typed cell through random edit scripts", async () => {
  const master = await slim(await writeMaster(plan));
  await fc.assert(
    fc.asyncProperty(script(plan.items.map((i) => i.no)), async (s) => {
      const { wb, ed } = await LedgerEditor.open(master);
      apply(ed, s);
      const read = await readLedgerXlsx(await save(wb));
      const carry = carryOver(plan, read.value!);
      const spec = buildLedgerSpec(plan, {
        statuses: read.value!.statuses,
        copyDepartment: null,
        generatedAt: null,
        filled: carry.filled,
        unplaced: carry.unplaced,
      });
      const back = (await readLedgerXlsx(await writeLedgerXlsx(spec))).value!;
      const byNo = new Map(back.rows.map((r) => [r.no, r.values]));
      for (const e of s.edits) {
        expect(comparable(byNo.get(e.no)![e.field])).toEqual(comparable(e.typed.expected));
      }
      for (const v of s.added?.values ?? []) {
        // Every cell within Excel's limit: a long added cell is carried on over rows marked 接上行.
        const rows = back.unplaced.filter((u) => u.no === v.no);
        for (const u of rows) expect(u.reason.length).toBeLessThanOrEqual(EXCEL_MAX);
        const joined = rows.map((u) => u.reason.replace(CONTINUED, "")).join("");
        expect(joined).toContain(`“${s.added!.header}”`);
        expect(joined).toContain(v.text);
      }
    }),
    { numRuns: RUNS || 30 },
  );
}, 600_000);

/** Whether merge accounted for a cell it did not take as typed: reported, with the master's value kept. */
function reported(events: readonly MergeEvent[], no: number, field: FilledField): boolean {
  return events.some((e) => e.no === no && e.field === field && e.outcome !== "taken");
}

test("a department's copy and merge keep every typed cell (or report it) through random edit scripts", async () => {
  const dept = "办公室";
  const full = await writeMaster(plan);
  const master = await slim(full, [KEY_SHEET]);
  const copy = await slim(await sendCopy(plan, full, dept), [BASELINE_SHEET]);
  await fc.assert(
    fc.asyncProperty(script(itemsOf(plan, dept)), async (s) => {
      const { wb, ed } = await LedgerEditor.open(copy);
      apply(ed, s);
      const merged = await mergeLedgerFiles(
        { name: "总表.xlsx", bytes: master },
        [{ name: `${dept}.xlsx`, bytes: await save(wb) }],
        plan,
        { generatedAt: null },
      );
      expect(merged.ok).toBe(true);
      if (!merged.ok) return;
      const { filled, report, unplaced } = merged.result;
      const back = (await readLedgerXlsx(merged.bytes)).value!;
      const byNo = new Map(back.rows.map((r) => [r.no, r.values]));
      for (const e of s.edits) {
        const typed = e.typed.expected;
        const after = filled[e.no][e.field];
        // What the merge decided is what the merged file holds.
        expect(comparable(byNo.get(e.no)![e.field])).toEqual(comparable(after));
        if (isBlank(typed))
          expect(isBlank(after)).toBe(true); // spaces typed into a blank cell: no change
        else if (e.field === "status" && !STATUS_NAMES.includes(typed as string)) {
          const listed = listedStatus(typed as string, STATUS_NAMES);
          if (listed !== null) expect(after).toBe(listed);
          else expect(reported(report.events, e.no, e.field)).toBe(true);
        } else expect(comparable(after)).toEqual(comparable(typed));
      }
      for (const v of s.added?.values ?? []) {
        const note = unplaced.find((u) => u.no === v.no && u.reason.includes(`“${s.added!.header}”`));
        expect(note?.reason).toContain(v.text);
      }
    }),
    { numRuns: RUNS || 15 },
  );
}, 600_000);
