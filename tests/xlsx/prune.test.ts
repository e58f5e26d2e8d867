import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SHEETS } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { pruneSheets } from "../../src/xlsx/prune";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";

const spec = buildLedgerSpec(plan2019(), {
  statuses: DEFAULT_STATUSES,
  copyDepartment: null,
  generatedAt: "2019-07-01T08:00:00.000Z",
});
const keep = new Set<string>([SHEETS.ledger, SHEETS.settings]);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every cell that has a value, as "address=value" (formulas as their text, dates as ISO). */
function valued(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      const text = v instanceof Date ? v.toISOString() : JSON.stringify(v);
      out.push(`${cell.address}=${text}`);
    }),
  );
  return out;
}

test("unread sheets are emptied but still named; kept sheets keep every value, date and formula", async () => {
  const bytes = await writeLedgerXlsx(spec);
  const before = await load(bytes);
  // a date typed into the ledger: its number format must survive the pruning
  before.getWorksheet(SHEETS.ledger)!.getCell("A40").value = new Date("2019-08-01T00:00:00Z");
  const edited = new Uint8Array((await before.xlsx.writeBuffer()) as ArrayBuffer);
  const after = await load(await pruneSheets(edited, keep));
  expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  for (const ws of before.worksheets) {
    const pruned = after.getWorksheet(ws.name)!;
    if (keep.has(ws.name)) {
      expect(valued(pruned)).toEqual(valued(ws));
      expect(valued(pruned).length).toBeGreaterThan(0);
    } else {
      expect(valued(ws).length).toBeGreaterThan(0);
      expect(valued(pruned)).toEqual([]);
    }
  }
  expect(after.getWorksheet(SHEETS.ledger)!.getCell("A40").value).toEqual(new Date("2019-08-01T00:00:00Z"));
  // the blank styled cells are gone from the kept sheets
  const ledgerXml = await (
    await JSZip.loadAsync(await pruneSheets(edited, keep))
  )
    .file("xl/worksheets/sheet1.xml")!
    .async("string");
  expect(ledgerXml).not.toMatch(/<c [^>]*\/>/);
});

test("a package it does not understand is passed on unchanged", async () => {
  const zip = new JSZip();
  zip.file("a.txt", "x");
  const odd = await zip.generateAsync({ type: "uint8array" });
  expect(await pruneSheets(odd, keep)).toBe(odd);
  const text = new TextEncoder().encode("not a zip");
  expect(await pruneSheets(text, keep)).toBe(text);
});
