/**
 * What an office adds to a ledger in Excel, added to a package with jszip: its own sheet, a comment on 台账,
 * a chart on 部门汇总, a wider column, a defined name. For the tests of writing into the master.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export const EXTRA_SHEET = "科室备忘";
export const EXTRA_NAME = "科室_范围";
export const COMMENT_TEXT = "请办公室核对";

export async function withExtras(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  let types = await text("[Content_Types].xml");
  const override = (part: string, type: string) =>
    (types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`));

  // its own sheet, and a name over it
  zip.file(
    "xl/worksheets/sheet90.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>科室自用</t></is></c><c r="B1"><v>42</v></c></row>` +
      `</sheetData></worksheet>`,
  );
  override(
    "xl/worksheets/sheet90.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  );
  let wbRels = await text("xl/_rels/workbook.xml.rels");
  wbRels = wbRels.replace(
    "</Relationships>",
    `<Relationship Id="rId90" Type="${R}/worksheet" Target="worksheets/sheet90.xml"/></Relationships>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  let wb = await text("xl/workbook.xml");
  wb = wb.replace("</sheets>", `<sheet name="${EXTRA_SHEET}" sheetId="90" r:id="rId90"/></sheets>`);
  wb = wb.replace(
    "</definedNames>",
    `<definedName name="${EXTRA_NAME}">'${EXTRA_SHEET}'!$A$1:$B$1</definedName></definedNames>`,
  );
  zip.file("xl/workbook.xml", wb);

  // a comment on 台账 (A1), a wider 工作任务 column
  zip.file(
    "xl/comments1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>办公室</author></authors>` +
      `<commentList><comment ref="A1" authorId="0"><text><t>${COMMENT_TEXT}</t></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;width:108pt;height:59pt;visibility:hidden" fillcolor="#ffffe1">` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`,
  );
  override("xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  types = types.replace(
    '<Default Extension="xml"',
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml"',
  );
  let rels1 = await text("xl/worksheets/_rels/sheet1.xml.rels");
  rels1 = rels1.replace(
    "</Relationships>",
    `<Relationship Id="rId91" Type="${R}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rId92" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels1);
  let sheet1 = await text("xl/worksheets/sheet1.xml");
  sheet1 = sheet1.replace("<tableParts", '<legacyDrawing r:id="rId92"/><tableParts');
  sheet1 = sheet1.replace(
    '<col min="4" max="4" width="36" customWidth="1"/>',
    '<col min="4" max="4" width="61.25" customWidth="1"/>',
  );
  zip.file("xl/worksheets/sheet1.xml", sheet1);

  // a chart on 部门汇总
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
      `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'部门汇总'!$C$5:$C$10</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
      `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
      `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>28</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
      `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet3.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  override("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  override("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  let sheet3 = await text("xl/worksheets/sheet3.xml");
  sheet3 = sheet3.includes("xmlns:r=") ? sheet3 : sheet3.replace("<worksheet ", `<worksheet xmlns:r="${R}" `);
  sheet3 = sheet3.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>');
  zip.file("xl/worksheets/sheet3.xml", sheet3);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every part of a package, by name, as bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f) out.set(name, await f.async("uint8array"));
  }
  return out;
}
