/**
 * Property-based round trips (issue 12): random edit scripts over the 2019 ledger — typed cells of every kind
 * (text up to Excel's 32,767 characters, CR and CRLF, emoji, spaces, formula-like text, real formulas, numbers,
 * dates), rows re-sorted, hidden, inserted (blank or typed in, between items) and deleted, fill-in columns
 * renamed and hidden, a column added, the file resaved as another program writes it (foreign-package.ts) —
 * saved, then through `workbook --from` (the library steps the CLI runs: read, carry over, build, write, read
 * back) and through a department's copy and merge. No typed cell may be lost or changed: it is in its item's
 * cell, or (a row without 序号, a column the header locator cannot place, an added column) on 未能对应的内容 /
 * in the merge report; a deleted row of a copy leaves the master's cells of that item as they were.
 *
 * Speed: each run is a real file written and read two or three times (about 0.3–1 s on the shared 2-core
 * machine), so the run counts (60 and 35) are set to stay near a minute; TZ_PROPERTY_RUNS=N runs N scripts of
 * each property.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { carryOver } from "../../src/core/ledger/carry-over";
import { FILLED_FIELDS, FilledField, LEDGER_HEADERS, SHEETS } from "../../src/core/ledger/constants";
import { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { FilledRow, FilledValue, UnplacedRow } from "../../src/core/ledger/types";
import { KEY_SHEET } from "../../src/core/ledger/key-sheet";
import { CONTINUED } from "../../src/core/ledger/unplaced-sheet";
import { BASELINE_SHEET, MERGE_FIELDS } from "../../src/core/merge/constants";
import { itemsOf } from "../../src/core/merge/department";
import { MergeEvent } from "../../src/core/merge/types";
import { listedStatus } from "../../src/core/status/variants";
import { isBlank } from "../../src/core/util/blank";
import { HEADER_ALIASES } from "../../src/core/ledger/header-match";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { encodeXstring } from "../../src/xlsx/xstring";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, load, save, sendCopy, writeMaster } from "../merge/helpers";
import {
  withAbsoluteTargets,
  withDateFormats,
  withInlineStrings,
  withSharedFormulas,
  withX14Validations,
} from "./foreign-package";

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

/** A row a person inserted between items: blank, or with cells typed in (and perhaps a task), without 序号. */
interface Inserted {
  /** Where among the body rows (after re-sorting and deleting). */
  at: number;
  task: string | null;
  cells: { field: FilledField; typed: Typed }[];
}

/** How the file was last saved: by Excel (ours), or as another program writes it (foreign-package.ts). */
const PRODUCERS = {
  excel: (b: Uint8Array) => Promise.resolve(b),
  "absolute part paths": withAbsoluteTargets,
  "inline strings": (b: Uint8Array) => withInlineStrings(b),
  "no shared strings part": (b: Uint8Array) => withInlineStrings(b, true),
  "shared formulas": (b: Uint8Array) => withSharedFormulas(b),
  "x14 validations": withX14Validations,
  "custom date format": (b: Uint8Array) => withDateFormats(b, "custom"),
  "built-in date formats": (b: Uint8Array) => withDateFormats(b, "builtin"),
} as const;
type Producer = keyof typeof PRODUCERS;

interface Script {
  edits: Edit[];
  order: "keep" | "reverse" | "shuffle";
  seed: number;
  hidden: number[];
  added: { header: string; values: { no: number; text: string }[] } | null;
  inserted: Inserted[];
  deleted: number[];
  /** Fill-in columns whose header a person changed: to an alias readers know, or to a text of their own. */
  renamed: { field: FilledField; header: string }[];
  hiddenColumns: FilledField[];
  producer: Producer;
}

/** A header a person might give a fill-in column: a known alias, or their own words (placed by position). */
function renamedHeader(field: FilledField): fc.Arbitrary<string> {
  const own = `${LEDGER_HEADERS[field]}（本期）`;
  const alias = HEADER_ALIASES[field][1];
  return alias === undefined ? fc.constant(own) : fc.constantFrom(alias, own);
}

function script(items: readonly number[], all: readonly number[] = items): fc.Arbitrary<Script> {
  const no = fc.constantFrom(...items);
  const typedCell = fc.oneof(
    fc.record({ field: fc.constantFrom(...TEXT_FIELDS), typed: typedText }),
    fc.record({ field: fc.constant<FilledField>("status"), typed: typedStatus }),
    fc.record({
      field: fc.constant<FilledField>("due"),
      typed: when.map((d) => ({ cell: d, expected: { date: d.toISOString() } })),
    }),
  );
  const edit = fc.record({ no, cell: typedCell }).map(({ no, cell }) => ({ no, ...cell }));
  const inserted = fc.record({
    at: fc.nat({ max: all.length }),
    task: fc.option(fc.constantFrom("新增：编制年度报告", "补充事项"), { nil: null }),
    cells: fc.uniqueArray(typedCell, { maxLength: 3, selector: (c) => c.field }),
  });
  const renamed = fc
    .uniqueArray(fc.constantFrom(...FILLED_FIELDS), { maxLength: 2 })
    .chain((fields) =>
      fc.tuple(...fields.map((f) => renamedHeader(f).map((header) => ({ field: f, header })))),
    );
  return fc.record({
    inserted: fc.array(inserted, { maxLength: 3 }),
    deleted: fc.uniqueArray(fc.constantFrom(...all), { maxLength: 2 }),
    renamed,
    hiddenColumns: fc.uniqueArray(fc.constantFrom(...FILLED_FIELDS), { maxLength: 2 }),
    producer: fc.constantFrom(...(Object.keys(PRODUCERS) as Producer[])),
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

/**
 * The workbook saved as Excel saves it: ExcelJS, the test's editor, writes text raw — a CR (which XML turns into
 * a LF) and a literal `_x000D_` (which every reader decodes) would change in every cell it saves, the hidden
 * baseline's too (whose seal would then not match) — so each text is first put as Excel stores it.
 */
async function saveAsExcel(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = encodeXstring(cell.value);
      }),
    ),
  );
  return save(wb);
}

/** The script done to a ledger sheet, as a person would in Excel. */
function apply(ed: LedgerEditor, s: Script): void {
  for (const e of s.edits) {
    ed.set(e.no, e.field, e.typed.cell);
    // Excel gives a cell a date format when a date is typed into it; ExcelJS does not.
    if (e.typed.cell instanceof Date) ed.cell(e.no, e.field).numFmt = "yyyy-mm-dd hh:mm";
  }
  const ws = ed.ws;
  if (s.added) {
    const col = ws.getRow(ed.headerRow()).cellCount + 1;
    ws.getRow(ed.headerRow()).getCell(col).value = s.added.header;
    for (const v of s.added.values) ws.getRow(ed.row(v.no)).getCell(col).value = v.text;
  }
  const first = ed.headerRow() + 1;
  let body = plan.items.map((_, i) => (ws.getRow(first + i).values as ExcelJS.CellValue[]).slice());
  if (s.order !== "keep") {
    let x = s.seed;
    body =
      s.order === "reverse"
        ? body.reverse()
        : body.sort(() => ((x = (x * 1103515245 + 12345) | 0) & 1) - 0.5);
  }
  // Rows deleted and inserted as Excel leaves them: the rows below move up or down.
  const deleted = new Set(s.deleted);
  body = body.filter((vals) => !deleted.has(vals[1] as number));
  for (const ins of s.inserted) {
    const vals: ExcelJS.CellValue[] = [];
    if (ins.task !== null) vals[ed.col("task")] = ins.task;
    for (const c of ins.cells) vals[ed.col(c.field)] = c.typed.cell;
    body.splice(Math.min(ins.at, body.length), 0, vals);
  }
  const rows = Math.max(body.length, plan.items.length);
  for (let i = 0; i < rows; i++) {
    const row = ws.getRow(first + i);
    if (i < body.length) row.values = body[i];
    else row.eachCell((cell) => (cell.value = null));
  }
  for (const no of s.hidden) if (!deleted.has(no)) ws.getRow(ed.row(no)).hidden = true;
  for (const field of s.hiddenColumns) ws.getColumn(ed.col(field)).hidden = true;
  // Last: the editor finds columns by their headers.
  const header = ws.getRow(ed.headerRow());
  const cols = new Map(s.renamed.map((r) => [r.field, ed.col(r.field)]));
  for (const r of s.renamed) header.getCell(cols.get(r.field) as number).value = r.header;
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
  return saveAsExcel(wb);
}

/** The fill-in fields whose column the reader placed (by header, alias or position); the others it did not read. */
function placed(snapshot: LedgerSnapshot): Set<FilledField> {
  const missing = new Set(snapshot.missingFields ?? []);
  const renamed = new Set(snapshot.renamedFields ?? []);
  return new Set(FILLED_FIELDS.filter((f) => !missing.has(f) || renamed.has(f)));
}

/** A typed value as 未能对应的内容 shows an added (or unplaced) column's cell. */
function shown(v: FilledValue): string {
  const c = comparable(v);
  return c !== null && typeof c === "object" ? c.date.slice(0, 10) : String(c);
}

/**
 * Whether the 未能对应的内容 rows of sheet row `no` (null: rows without 序号) hold `value` under `header` — one
 * row per ledger row; a long one carried on over rows marked 接上行.
 */
function onUnplaced(
  rows: readonly UnplacedRow[],
  no: number | null,
  header: string,
  value: FilledValue,
): boolean {
  const joined = rows
    .filter((u) => u.no === no)
    .map((u) => u.reason.replace(CONTINUED, ""))
    .join("");
  return joined.includes(`“${header}”`) && joined.includes(shown(value));
}

/** The header a script left on a fill-in column. */
function headerOf(s: Script, field: FilledField): string {
  return s.renamed.find((r) => r.field === field)?.header ?? LEDGER_HEADERS[field];
}

test("workbook --from keeps every typed cell through random edit scripts", async () => {
  const master = await slim(await writeMaster(plan));
  await fc.assert(
    fc.asyncProperty(script(plan.items.map((i) => i.no)), async (s) => {
      const { wb, ed } = await LedgerEditor.open(master);
      apply(ed, s);
      const read = (await readLedgerXlsx(await PRODUCERS[s.producer](await saveAsExcel(wb)))).value!;
      const carry = carryOver(plan, read);
      const spec = buildLedgerSpec(plan, {
        statuses: read.statuses,
        copyDepartment: null,
        generatedAt: null,
        filled: carry.filled,
        unplaced: carry.unplaced,
      });
      const back = (await readLedgerXlsx(await writeLedgerXlsx(spec))).value!;
      const byNo = new Map(back.rows.map((r) => [r.no, r.values]));
      const readFields = placed(read);
      const deleted = new Set(s.deleted);
      for (const e of s.edits) {
        if (deleted.has(e.no)) continue; // the person deleted the row with what they had typed
        if (readFields.has(e.field))
          expect(comparable(byNo.get(e.no)![e.field])).toEqual(comparable(e.typed.expected));
        else if (!isBlank(e.typed.expected))
          expect(onUnplaced(back.unplaced, e.no, headerOf(s, e.field), e.typed.expected)).toBe(true);
      }
      // An inserted row has no 序号: what was typed in it is on 未能对应的内容.
      const loose = back.unplaced.filter((u) => u.no === null);
      for (const ins of s.inserted) {
        for (const c of ins.cells) {
          if (isBlank(c.typed.expected)) continue;
          if (readFields.has(c.field)) {
            const want = comparable(c.typed.expected);
            expect(loose.map((u) => comparable(u.values[c.field]))).toContainEqual(want);
          } else expect(onUnplaced(back.unplaced, null, headerOf(s, c.field), c.typed.expected)).toBe(true);
        }
        if (ins.task !== null) expect(loose.map((u) => u.task)).toContain(ins.task);
      }
      for (const v of s.added?.values ?? []) {
        if (deleted.has(v.no)) continue;
        // Every cell within Excel's limit: a long added cell is carried on over rows marked 接上行.
        const rows = back.unplaced.filter((u) => u.no === v.no);
        for (const u of rows) expect(u.reason.length).toBeLessThanOrEqual(EXCEL_MAX);
        expect(onUnplaced(back.unplaced, v.no, s.added!.header, v.text)).toBe(true);
      }
    }),
    { numRuns: RUNS || 60 },
  );
}, 600_000);

/** Whether merge accounted for a cell it did not take as typed: reported, with the master's value kept. */
function reported(events: readonly MergeEvent[], no: number, field: FilledField): boolean {
  return events.some((e) => e.no === no && e.field === field && e.outcome !== "taken");
}

/** What the merge master holds before the copies come back: 办公室's first items filled in. */
function masterFilled(own: readonly number[]): Record<number, FilledRow> {
  const row = (i: number): FilledRow => ({
    status: "推进中",
    progress: `总表原有 ${i}：第一行\r\n第二行 😀`,
    problems: i === 0 ? "_x000D_ 原样" : null,
    contact: "张三 13800000000",
    due: { date: "2019-12-31T00:00:00.000Z" },
    updated: { date: "2019-08-15T00:00:00.000Z" },
  });
  return Object.fromEntries(own.slice(0, 3).map((no, i) => [no, row(i)]));
}

test("a department's copy and merge keep every typed cell (or report it) through random edit scripts", async () => {
  const dept = "办公室";
  const own = itemsOf(plan, dept);
  const full = await writeMaster(plan, masterFilled(own));
  const plainMaster = await slim(full, [KEY_SHEET]);
  const before = new Map((await readLedgerXlsx(plainMaster)).value!.rows.map((r) => [r.no, r.values]));
  const copy = await slim(await sendCopy(plan, full, dept), [BASELINE_SHEET]);
  await fc.assert(
    fc.asyncProperty(
      script(
        own,
        plan.items.map((i) => i.no),
      ),
      // The master too may have been last saved by another program: the merge writes into its package.
      fc.constantFrom(...(Object.keys(PRODUCERS) as Producer[])),
      async (s, masterProducer) => {
        const master = await PRODUCERS[masterProducer](plainMaster);
        const { wb, ed } = await LedgerEditor.open(copy);
        apply(ed, s);
        const returned = await PRODUCERS[s.producer](await saveAsExcel(wb));
        const copyRead = (await readLedgerXlsx(returned)).value!;
        // A column placed by position only (its header changed) is not merged: its cells go to 未能对应的内容.
        const byPosition = new Set(copyRead.renamedFields ?? []);
        const readFields = new Set([...placed(copyRead)].filter((f) => !byPosition.has(f)));
        const inOwnColumn = (rows: readonly UnplacedRow[], no: number | null, field: FilledField) =>
          rows.filter((u) => u.no === no).map((u) => comparable(u.values[field]));
        const merged = await mergeLedgerFiles(
          { name: "总表.xlsx", bytes: master },
          [{ name: `${dept}.xlsx`, bytes: returned }],
          plan,
          { generatedAt: null },
        );
        expect(merged.ok).toBe(true);
        if (!merged.ok) return;
        const { filled, report, unplaced } = merged.result;
        const back = (await readLedgerXlsx(merged.bytes)).value!;
        const byNo = new Map(back.rows.map((r) => [r.no, r.values]));
        const deleted = new Set(s.deleted);
        const edited = new Set(
          s.edits
            .filter((e) => !deleted.has(e.no) && readFields.has(e.field))
            .map((e) => `${e.no}|${e.field}`),
        );
        // What the copy did not change — a deleted row, an unplaced column, an untouched cell — the master keeps.
        for (const item of plan.items)
          for (const field of MERGE_FIELDS) {
            expect(comparable(byNo.get(item.no)![field])).toEqual(comparable(filled[item.no][field]));
            if (!edited.has(`${item.no}|${field}`))
              expect(comparable(filled[item.no][field])).toEqual(comparable(before.get(item.no)![field]));
          }
        for (const e of s.edits) {
          if (deleted.has(e.no)) continue;
          const typed = e.typed.expected;
          const after = filled[e.no][e.field];
          if (byPosition.has(e.field)) {
            if (!isBlank(typed))
              expect(inOwnColumn(unplaced, e.no, e.field)).toContainEqual(comparable(typed));
            continue;
          }
          if (!readFields.has(e.field)) {
            if (!isBlank(typed)) expect(onUnplaced(unplaced, e.no, headerOf(s, e.field), typed)).toBe(true);
            continue;
          }
          if (isBlank(typed))
            expect(isBlank(after) || comparable(after) === comparable(before.get(e.no)![e.field])).toBe(true);
          else if (e.field === "status" && !STATUS_NAMES.includes(typed as string)) {
            const listed = listedStatus(typed as string, STATUS_NAMES);
            if (listed !== null) expect(after).toBe(listed);
            else expect(reported(report.events, e.no, e.field)).toBe(true);
          } else expect(comparable(after)).toEqual(comparable(typed));
        }
        // A row without 序号 matches no item: each typed cell of it is in the report (拒绝, with the value).
        for (const ins of s.inserted)
          for (const c of ins.cells) {
            if (isBlank(c.typed.expected)) continue;
            if (byPosition.has(c.field)) {
              expect(inOwnColumn(unplaced, null, c.field)).toContainEqual(comparable(c.typed.expected));
              continue;
            }
            if (!readFields.has(c.field)) {
              expect(onUnplaced(unplaced, null, headerOf(s, c.field), c.typed.expected)).toBe(true);
              continue;
            }
            const values = report.events
              .filter((e) => e.no === null && e.field === c.field && e.outcome === "rejected")
              .map((e) => comparable(e.value));
            expect(values).toContainEqual(comparable(c.typed.expected));
          }
        for (const v of s.added?.values ?? []) {
          if (deleted.has(v.no)) continue;
          expect(onUnplaced(unplaced, v.no, s.added!.header, v.text)).toBe(true);
        }
      },
    ),
    { numRuns: RUNS || 35 },
  );
}, 600_000);
