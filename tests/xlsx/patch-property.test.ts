/**
 * Property: random cell writes into a random sheet of a random workbook — read back with ExcelJS, the written
 * cells hold exactly the written values (the last write of a cell wins), every other cell of every sheet is as
 * it was, and every part other than the written sheet, the shared strings, styles and workbook keeps its bytes.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { PatchValue, patchWorkbook } from "../../src/xlsx/patch";
import { partsOf } from "./patch-extras";

const SHEETS = ["表一", "Data", "进展"];
type Plain = string | number | boolean | null;

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.fullUnicodeString({ maxLength: 8 }),
  fc.constantFrom("一\r\n二", "_x000D_", "_x0041_", "a\u0001b", " 空格 ", "=1+1", "😀", "\t缩进"),
);
const value: fc.Arbitrary<PatchValue> = fc.oneof(
  text,
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc
    .integer({ min: 0, max: 80 * 365 * 86_400 })
    .map((s) => ({ date: new Date(Date.UTC(1990, 0, 1) + s * 1000).toISOString() })),
  fc.constant(null),
);
const initial: fc.Arbitrary<Plain> = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null));
const cell = fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 12 }) });

async function base(grid: { sheet: number; row: number; col: number; value: Plain }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheets = SHEETS.map((n) => wb.addWorksheet(n));
  sheets[1].getColumn(2).width = 25;
  sheets[2].getCell("A1").font = { bold: true };
  for (const g of grid) if (g.value !== null) sheets[g.sheet].getCell(g.row, g.col).value = g.value;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function cells(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.value !== null && c.value !== undefined) out.set(`${ws.name}!${r},${col}`, c.value);
      }),
    );
  }
  return out;
}

function expected(v: PatchValue): unknown {
  if (v === null || typeof v !== "object") return v;
  if ("date" in v) return new Date(v.date);
  return { formula: v.formula };
}

test("random writes read back exactly; nothing else changes", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          sheet: fc.integer({ min: 0, max: 2 }),
          row: cell.map((c) => c.row),
          col: cell.map((c) => c.col),
          value: initial,
        }),
        { maxLength: 30 },
      ),
      fc.integer({ min: 0, max: 2 }),
      fc.array(fc.record({ at: cell, value }), { minLength: 1, maxLength: 25 }),
      async (grid, target, writes) => {
        const before = await base(grid);
        const sheet = SHEETS[target];
        const r = await patchWorkbook(before, {
          cells: writes.map((w) => ({ sheet, ref: w.at, value: w.value })),
        });
        if (!r.ok) throw new Error(r.message);
        const want = await cells(before);
        for (const w of writes) {
          const key = `${sheet}!${w.at.row},${w.at.col}`;
          if (w.value === null) want.delete(key);
          else want.set(key, expected(w.value));
        }
        expect(await cells(r.bytes)).toEqual(want);
        const a = await partsOf(before);
        const b = await partsOf(r.bytes);
        const allowed = new Set([
          "xl/sharedStrings.xml",
          "xl/styles.xml",
          "xl/workbook.xml",
          `xl/worksheets/sheet${target + 1}.xml`,
        ]);
        // a package without shared strings gets the part, its relationship and content type
        const made = a.has("xl/sharedStrings.xml") ? [] : ["xl/sharedStrings.xml"];
        if (made.length > 0 && b.has("xl/sharedStrings.xml"))
          ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"].forEach((p) => allowed.add(p));
        for (const [name, bytes] of a) {
          if (!allowed.has(name))
            expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
        }
        expect([...b.keys()].filter((k) => !a.has(k))).toEqual(b.has("xl/sharedStrings.xml") ? made : []);
        expect([...a.keys()].filter((k) => !b.has(k))).toEqual([]);
      },
    ),
    { numRuns: 40 },
  );
}, 120_000);
