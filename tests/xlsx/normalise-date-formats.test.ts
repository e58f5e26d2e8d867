/**
 * Built-in East Asian date formats (ids 27-36, 50-58), which Chinese Excel and WPS use without declaring them,
 * are declared before ExcelJS reads the package, so a date cell is read as a date and not as a serial number;
 * formats already declared, and the rest of the styles part, are left as they are.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { declareEastAsianDateFormats } from "../../src/xlsx/normalise-date-formats";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REST =
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="58" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>';

/** A one-sheet workbook: A1 = 43830 in format id 31, A2 = 43692 in id 58, A3 = 7 unformatted. */
async function workbook(numFmts: string): Promise<JSZip> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("台账").getCell("A1").value = 1;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  zip.file("xl/styles.xml", `${HEAD}<styleSheet ${NS}>${numFmts}${REST}</styleSheet>`);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(
      /<sheetData>[\s\S]*<\/sheetData>/,
      '<sheetData><row r="1"><c r="A1" s="1"><v>43830</v></c></row><row r="2"><c r="A2" s="2"><v>43692</v></c></row>' +
        '<row r="3"><c r="A3"><v>7</v></c></row></sheetData>',
    ),
  );
  return zip;
}

async function values(zip: JSZip): Promise<ExcelJS.CellValue[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  const ws = book.getWorksheet("台账")!;
  return ["A1", "A2", "A3"].map((a) => ws.getCell(a).value);
}

const DATES = [new Date("2019-12-31T00:00:00.000Z"), new Date("2019-08-15T00:00:00.000Z"), 7];

test.each([
  ["no numFmts element", ""],
  ["an empty numFmts element", "<numFmts/>"],
  ["custom formats declared", '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'],
])("with %s: dates in ids 31 and 58 are read as dates", async (_, numFmts) => {
  const zip = await workbook(numFmts);
  expect(await values(zip)).toEqual([43830, 43692, 7]); // what ExcelJS 4.4.0 reads without help
  await declareEastAsianDateFormats(zip);
  expect(await values(zip)).toEqual(DATES);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  expect(styles).toContain(
    '<numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
  );
  const count = Number(/<numFmts count="(\d+)"/.exec(styles)![1]);
  expect(count).toBe((styles.match(/<numFmt /g) ?? []).length);
  expect(styles).toContain(REST);
});

test("a format the package declares itself is kept, and nothing is added twice", async () => {
  const own = '<numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy/m/d"/></numFmts>';
  const zip = await workbook(own);
  await declareEastAsianDateFormats(zip);
  await declareEastAsianDateFormats(zip);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  expect(styles.match(/numFmtId="31" formatCode/g)).toHaveLength(1);
  expect(styles).toContain('<numFmt numFmtId="31" formatCode="yyyy/m/d"/>');
  expect(styles.match(/<numFmt numFmtId="58"/g)).toHaveLength(1);
  expect(await values(zip)).toEqual(DATES);
});
