import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { LEDGER_HEADERS, NAMES, SHEETS, TABLES } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { plan2019 } from "../ledger/plan-2019";

const plan = plan2019();
const spec = buildLedgerSpec(plan, {
  statuses: DEFAULT_STATUSES,
  copyDepartment: null,
  generatedAt: "2019-07-01T08:00:00.000Z",
});
const L = spec.layout.ledger;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await writeLedgerXlsx(spec);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

const letter = (col: number) => wb.getWorksheet(SHEETS.ledger)!.getColumn(col).letter;

test("sheets in order, ledger table with 30 item rows and department columns", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    SHEETS.ledger,
    SHEETS.assignments,
    SHEETS.summary,
    SHEETS.settings,
    "TZ_Plan", // the plan itself, very hidden (core/ledger/plan-sheet.ts)
  ]);
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const header = ws.getRow(L.headerRow);
  expect(header.getCell(1).value).toBe(LEDGER_HEADERS.no);
  plan.departments.forEach((d) => expect(header.getCell(L.departmentColumns[d.name]).value).toBe(d.name));
  const nos: unknown[] = [];
  for (let r = L.firstBodyRow; r <= ws.rowCount; r++) nos.push(ws.getRow(r).getCell(1).value);
  expect(nos).toEqual(plan.items.map((i) => i.no));
  expect(ws.getRow(L.firstBodyRow + 22).getCell(L.departmentColumns["审业部"]).value).toBe(
    "牵头①；分工负责③",
  );
  const table = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> })
    .tables;
  expect(Object.keys(table)).toEqual([TABLES.ledger]);
});

test("validation, conditional formats, frozen panes, print setup, row heights", () => {
  const ws = wb.getWorksheet(SHEETS.ledger)!;
  const statusCell = `${letter(L.columns.status)}${L.firstBodyRow + 29}`;
  const dv = (
    ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
  ).dataValidations.find(statusCell);
  expect(dv).toMatchObject({
    type: "list",
    formulae: [NAMES.statuses],
    errorStyle: "stop",
    showErrorMessage: true,
  });
  const cfs = (
    ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
  ).conditionalFormattings;
  const statusRange = `${letter(L.columns.status)}${L.firstBodyRow}:${statusCell}`;
  const statusRules = cfs.filter((c) => c.ref === statusRange);
  expect(statusRules.map((c) => c.ref)).toEqual(DEFAULT_STATUSES.map(() => statusRange));
  expect(statusRules.map((c) => c.rules[0].formulae[0])).toEqual(
    DEFAULT_STATUSES.map((s) => `$${letter(L.columns.status)}${L.firstBodyRow}="${s.name}"`),
  );
  expect(ws.views[0]).toMatchObject({
    state: "frozen",
    xSplit: 1,
    ySplit: L.headerRow,
    showGridLines: false,
  });
  expect(ws.pageSetup).toMatchObject({
    orientation: "landscape",
    paperSize: 9,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "5:5",
  });
  expect(ws.getRow(L.firstBodyRow).height).toBeGreaterThan(60);
  expect(ws.getRow(L.headerRow).getCell(L.departmentColumns["办公室"]).alignment?.textRotation).toBe(
    "vertical",
  );
});

test("formulas are written without cached values, and the workbook recalculates on load", async () => {
  const a = wb.getWorksheet(SHEETS.assignments)!;
  expect(a.getCell("G2").value).toEqual({
    formula: `IFERROR(INDEX(${NAMES.ledgerStatus},MATCH($A2,${NAMES.ledgerNo},0)),"")`,
  });
  const s = wb.getWorksheet(SHEETS.summary)!;
  expect((s.getCell("C5").value as ExcelJS.CellFormulaValue).formula).toContain("SUMIFS(");
  const zip = await JSZip.loadAsync(bytes);
  const book = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
  expect(book).toContain('fullCalcOnLoad="1"');
  expect(book).toContain(
    `<definedName name="${NAMES.statuses}">OFFSET('设置'!$A$3,0,0,COUNTA('设置'!$A$3:$A$32),1)</definedName>`,
  );
  expect(book).toContain(`<definedName name="${NAMES.ledgerNo}">'台账'!$A$6:$A$35</definedName>`);
  const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(sheet2).not.toMatch(/<f>[^<]*<\/f><v>/);
});

test("formula-like text (=, a leading tab or carriage return) comes back as the same text, never a formula", async () => {
  const texts = ["=SUM(A1)以公式开头的任务", "\t制表符开头的任务", "\r回车开头的任务", "-减号开头的任务"];
  const odd = {
    ...plan,
    items: plan.items.map((it, i) => (i < texts.length ? { ...it, text: texts[i] } : it)),
  };
  const s = buildLedgerSpec(odd, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await writeLedgerXlsx(s)) as unknown as ArrayBuffer);
  const ws = book.getWorksheet(SHEETS.ledger)!;
  texts.forEach((t, i) => {
    const cell = ws.getRow(L.firstBodyRow + i).getCell(L.columns.task);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    // ExcelJS writes a CR raw into the XML, whose parsers read it back as LF (Excel writes _x000D_):
    // the text stays text, only the kind of line break changes.
    const lineBreaks = (v: string) => v.replace(/\r\n?/g, "\n");
    expect(lineBreaks(cell.value as string)).toBe(lineBreaks(t));
  });
  expect(ws.getRow(L.firstBodyRow + 1).getCell(L.columns.task).value).toBe("\t制表符开头的任务");
});
