/** xlsx/patch: cell writes and whole sheets into an existing package, the rest byte for byte. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { patchWorkbook } from "../../src/xlsx/patch";
import { partsOf } from "./patch-extras";

async function book(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(name)?.async("string")) ?? "";
}

async function rewrite(
  bytes: Uint8Array,
  edits: Record<string, (xml: string) => string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits))
    zip.file(name, edit((await zip.file(name)?.async("string")) ?? ""));
  return zip.generateAsync({ type: "uint8array" });
}

const simple = () =>
  book((wb) => {
    const ws = wb.addWorksheet("表一");
    ws.getCell("A1").value = "标题";
    ws.getCell("B2").value = 7;
    ws.getColumn(3).width = 30;
    wb.addWorksheet("表二").getCell("A1").value = "不动";
  });

test("text keeps CR, escapes and control characters; other parts keep their bytes", async () => {
  const before = await simple();
  const texts = ["一\r\n二", "_x0041_ 不是转义", "a\u0001b", "  两端空格  ", "=SUM(A1)", "😀 emoji"];
  const r = await patchWorkbook(before, {
    cells: texts.map((value, i) => ({ sheet: "表一", ref: { row: 10 + i, col: 1 }, value })),
  });
  if (!r.ok) throw new Error(r.message);
  const ws = (await load(r.bytes)).getWorksheet("表一")!;
  texts.forEach((t, i) => expect(ws.getCell(10 + i, 1).value).toBe(t));
  expect(ws.getCell("A1").value).toBe("标题");
  const a = await partsOf(before);
  const b = await partsOf(r.bytes);
  const changed = [...b.keys()].filter(
    (p) => !a.has(p) || !Buffer.from(a.get(p)!).equals(Buffer.from(b.get(p)!)),
  );
  expect(changed.sort()).toEqual(r.changedParts);
  expect(r.changedParts).toEqual(["xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
});

test("rows and cells that do not exist are made in order; the dimension grows; styles are kept", async () => {
  const before = await book((wb) => {
    const ws = wb.addWorksheet("表一");
    ws.getCell("B2").value = 1;
    ws.getCell("B2").font = { bold: true };
    ws.getCell("D5").value = 2;
    ws.getColumn(6).style = { numFmt: "0.00" };
  });
  const r = await patchWorkbook(before, {
    cells: [
      { sheet: "表一", ref: "C9", value: 3 },
      { sheet: "表一", ref: "A2", value: 4 },
      { sheet: "表一", ref: "B2", value: 5 },
      { sheet: "表一", ref: "F3", value: 6.5 },
      { sheet: "表一", ref: "A1", value: true },
    ],
  });
  if (!r.ok) throw new Error(r.message);
  const xml = await part(r.bytes, "xl/worksheets/sheet1.xml");
  const rows = [...xml.matchAll(/<row [^>]*r="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual([...rows].sort((x, y) => x - y));
  expect([...xml.matchAll(/<c r="([A-Z]+)2"/g)].map((m) => m[1])).toEqual(["A", "B"]);
  expect(xml).toMatch(/<dimension ref="A1:F9"\/>/);
  const ws = (await load(r.bytes)).getWorksheet("表一")!;
  expect([
    ws.getCell("C9").value,
    ws.getCell("A2").value,
    ws.getCell("B2").value,
    ws.getCell("A1").value,
  ]).toEqual([3, 4, 5, true]);
  expect(ws.getCell("B2").font?.bold).toBe(true);
  expect(ws.getCell("F3").numFmt).toBe("0.00");
});

test("a date gets a date format when its cell has none; a fill hint is added on top of the cell's format", async () => {
  const before = await book((wb) => {
    const ws = wb.addWorksheet("表一");
    ws.getCell("A1").value = "x";
    ws.getCell("A1").border = { top: { style: "thin" } };
  });
  const r = await patchWorkbook(before, {
    cells: [
      { sheet: "表一", ref: "B1", value: { date: "2019-12-31T00:00:00.000Z" } },
      { sheet: "表一", ref: "A1", style: { fill: "#F8CBAD" } },
    ],
  });
  if (!r.ok) throw new Error(r.message);
  const ws = (await load(r.bytes)).getWorksheet("表一")!;
  expect(ws.getCell("B1").value).toEqual(new Date("2019-12-31T00:00:00.000Z"));
  expect(ws.getCell("A1").value).toBe("x");
  expect(ws.getCell("A1").border?.top?.style).toBe("thin");
  expect((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
});

test("a formula written: fullCalcOnLoad, the calc chain dropped with its relationship and content type", async () => {
  const CHAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
  const before = await rewrite(await simple(), {
    "xl/calcChain.xml": () =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>',
    "xl/_rels/workbook.xml.rels": (x) =>
      x.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="${CHAIN}" Target="calcChain.xml"/></Relationships>`,
      ),
    "[Content_Types].xml": (x) =>
      x.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
  });
  const value = await patchWorkbook(before, { cells: [{ sheet: "表一", ref: "D1", value: 1 }] });
  if (!value.ok) throw new Error(value.message);
  expect(await part(value.bytes, "xl/calcChain.xml")).not.toBe("");
  const r = await patchWorkbook(before, {
    cells: [{ sheet: "表一", ref: "D1", value: { formula: "=B2*2" } }],
  });
  if (!r.ok) throw new Error(r.message);
  expect(await part(r.bytes, "xl/calcChain.xml")).toBe("");
  expect(await part(r.bytes, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  expect(await part(r.bytes, "[Content_Types].xml")).not.toContain("calcChain");
  expect(await part(r.bytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  expect((await load(r.bytes)).getWorksheet("表一")!.getCell("D1").formula).toBe("B2*2");
});

test("a sheet brought from another package is added with its relationship, content type, id and print titles", async () => {
  const target = await simple();
  const donor = await book((wb) => {
    wb.addWorksheet("别的");
    const ws = wb.addWorksheet("报告", { state: "hidden" });
    ws.getCell("A1").value = "多行\n说明";
    ws.getCell("A1").font = { bold: true, color: { argb: "FFC55A11" } };
    ws.getColumn(1).width = 44;
    ws.pageSetup.printTitlesRow = "1:1";
  });
  const r = await patchWorkbook(target, { transplant: { from: donor, sheets: ["报告"] } });
  if (!r.ok) throw new Error(r.message);
  const wb = await load(r.bytes);
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ["表一", "visible"],
    ["表二", "visible"],
    ["报告", "hidden"],
  ]);
  const ws = wb.getWorksheet("报告")!;
  expect(ws.getCell("A1").value).toBe("多行\n说明");
  expect(ws.getCell("A1").font?.color?.argb).toBe("FFC55A11");
  expect(ws.getColumn(1).width).toBe(44);
  const workbook = await part(r.bytes, "xl/workbook.xml");
  expect(workbook).toMatch(
    /<definedName name="_xlnm.Print_Titles" localSheetId="2">'?报告'?!\$1:\$1<\/definedName>/,
  );
  expect(await part(r.bytes, "[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet3.xml"');
  // replaced in place the second time: still three sheets
  const again = await patchWorkbook(r.bytes, { transplant: { from: donor, sheets: ["报告"] } });
  if (!again.ok) throw new Error(again.message);
  expect((await load(again.bytes)).worksheets).toHaveLength(3);
});

test("refused, nothing produced: an unknown sheet, a bad reference, the anchor of a shared formula, not a zip", async () => {
  const base = await simple();
  expect(await patchWorkbook(base, { cells: [{ sheet: "无此表", ref: "A1", value: 1 }] })).toMatchObject({
    ok: false,
  });
  expect(await patchWorkbook(base, { cells: [{ sheet: "表一", ref: "1A", value: 1 }] })).toMatchObject({
    ok: false,
  });
  const shared = await rewrite(base, {
    "xl/worksheets/sheet1.xml": (x) =>
      x.replace(
        /<sheetData>.*<\/sheetData>|<sheetData\/>/s,
        '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">ROW()</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row></sheetData>',
      ),
  });
  const r = await patchWorkbook(shared, { cells: [{ sheet: "表一", ref: "A1", value: 1 }] });
  expect(r).toMatchObject({ ok: false });
  expect(await patchWorkbook(shared, { cells: [{ sheet: "表一", ref: "A2", value: 1 }] })).toMatchObject({
    ok: true,
  });
  expect(await patchWorkbook(new Uint8Array([1, 2, 3]), {})).toMatchObject({ ok: false });
});

test("sheets as other writers lay them out: rows and cells without r=, a prefixed namespace", async () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const implicit = await rewrite(await simple(), {
    "xl/worksheets/sheet1.xml": (x) =>
      x.replace(
        /<sheetData>.*<\/sheetData>|<sheetData\/>/s,
        '<sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>',
      ),
    "xl/worksheets/sheet2.xml": () =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row><x:row r="4"><x:c r="B4"><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  });
  const r = await patchWorkbook(implicit, {
    cells: [
      { sheet: "表一", ref: "B2", value: "乙" },
      { sheet: "表二", ref: "C2", value: "丙" },
      { sheet: "表二", ref: "A4", value: 7 },
    ],
  });
  if (!r.ok) throw new Error(r.message);
  // ExcelJS reads no prefixed worksheet: the XML is checked instead
  const one = await part(r.bytes, "xl/worksheets/sheet1.xml");
  expect([...one.matchAll(/<c [^>]*?r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(["A1", "B1", "A2", "B2"]);
  expect(one).toMatch(/<row r="2"><c r="A2"><v>2<\/v><\/c><c r="B2" t="s"><v>\d+<\/v><\/c><\/row>/);
  const xml = await part(r.bytes, "xl/worksheets/sheet2.xml");
  expect(xml).toMatch(
    /^<\?xml[^>]*\?>\n<x:worksheet xmlns:x="[^"]*"><x:sheetData><x:row r="1">.*<x:row r="2"><x:c r="C2" t="s"><x:v>\d+<\/x:v><\/x:c><\/x:row><x:row r="4"><x:c r="A4"><x:v>7<\/x:v><\/x:c><x:c r="B4">/s,
  );
});
