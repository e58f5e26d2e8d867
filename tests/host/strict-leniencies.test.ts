/** Host leniencies removed (issue 11): what Microsoft's documentation says Excel does, the host now does. */
import { newHost, rejection } from "./helpers";

// ConditionalFormatCollection.clearAll: "Clears all conditional formats active on the current specified range."
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection) — a rule that
// also covers cells outside the range keeps them.
test("conditionalFormats.clearAll() clears only the part inside the range", async () => {
  const host = newHost();
  await host.Excel.run(async (ctx) => {
    const cf = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=A1="滞后"';
    cf.custom.format.fill.color = "#FFC7CE";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").conditionalFormats.clearAll();
    await ctx.sync();
  });
  const count = async (address: string): Promise<number> =>
    host.Excel.run(async (ctx) => {
      const n = ctx.workbook.worksheets.getItem("Sheet1").getRange(address).conditionalFormats.getCount();
      await ctx.sync();
      return n.value;
    });
  expect(await count("A1:A5")).toBe(0);
  expect(await count("A6:A10")).toBe(1);
});

// WorksheetChangedEventArgs.triggerSource: "[API set: ExcelApi 1.14]"
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs).
test.each([
  ["1.17", true],
  ["1.13", false],
])("onChanged args carry triggerSource only from ExcelApi 1.14 (host %s)", async (version, has) => {
  const host = newHost({ supportedSets: { ExcelApi: version } });
  const seen: Record<string, unknown>[] = [];
  await host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push({ ...args });
    });
    await ctx.sync();
  });
  await host.simulate.userEdit("Sheet1", "B2", "x");
  expect(seen).toHaveLength(1);
  expect("triggerSource" in seen[0]).toBe(has);
});

// EventSource "Remote" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventsource;
// WorksheetChangedEventArgs.source): a co-author's edit reaches this Excel's handlers as Remote.
test("a co-author's edit fires onChanged with source Remote (local edits: Local)", async () => {
  const host = newHost();
  const seen: Record<string, unknown>[] = [];
  await host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push({ ...args });
    });
    await ctx.sync();
  });
  await host.simulate.remoteEdit("Sheet1", "C3", "对方填写");
  await host.simulate.userEdit("Sheet1", "C4", "本人填写");
  expect(seen.map((a) => [a.address, a.source, a.triggerSource])).toEqual([
    ["C3", "Remote", "Unknown"],
    ["C4", "Local", "Unknown"],
  ]);
  expect(host.workbook.values("Sheet1!C3:C4")).toEqual([["对方填写"], ["本人填写"]]);
});

// Table.convertToRange keeps the cells; a PivotTable built on the table goes on with the cells it covered as a
// fixed range (Excel rewrites the source "表1" to "Sheet1!$A$1:$B$4") — it does not break, nor does it grow.
test("a PivotTable whose source table was converted to a range keeps a fixed range", async () => {
  const host = newHost();
  host.workbook.seed("Sheet1!A1:B4", [
    ["部门", "状态"],
    ["办公室", "已完成"],
    ["办公室", "推进中"],
    ["法规处", "已完成"],
  ]);
  await host.Excel.run(async (ctx) => {
    ctx.workbook.tables.add("Sheet1!A1:B4", true).name = "表1";
    const pt = ctx.workbook.worksheets.getItem("Sheet1").pivotTables.add("透视", "表1", "Sheet1!E1");
    pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
    pt.dataHierarchies.add(pt.hierarchies.getItem("状态")).summarizeBy = "Count";
    await ctx.sync();
    ctx.workbook.tables.getItem("表1").convertToRange();
    await ctx.sync();
  });
  host.workbook.seed("Sheet1!A5:B5", [["法规处", "滞后"]]); // below the old table: outside the fixed range
  await host.Excel.run(async (ctx) => {
    ctx.workbook.pivotTables.getItem("透视").refresh();
    await ctx.sync();
  });
  expect(host.workbook.values("Sheet1!E2:F4")).toEqual([
    ["办公室", 2],
    ["法规处", 1],
    ["总计", 3],
  ]);
});

// PageLayout (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout): orientation is a
// PageOrientation, paperSize a PaperType, margins are points; PageLayoutZoomOptions.scale "can be between 10
// and 400", fit-to-pages are numbers of pages.
describe("page layout values outside the documented range are rejected", () => {
  const set = (host: ReturnType<typeof newHost>, apply: (layout: Excel.PageLayout) => void) =>
    host.Excel.run(async (ctx) => {
      apply(ctx.workbook.worksheets.getItem("Sheet1").pageLayout);
      await ctx.sync();
    });

  test.each<[string, (layout: Excel.PageLayout) => void]>([
    ["scale 5", (l) => void (l.zoom = { scale: 5 })],
    ["scale 401", (l) => void (l.zoom = { scale: 401 })],
    ["fit to 1.5 pages", (l) => void (l.zoom = { horizontalFitToPages: 1.5 })],
    ["fit to -1 pages", (l) => void (l.zoom = { verticalFitToPages: -1 })],
    ["a negative margin", (l) => void (l.leftMargin = -1)],
    ["a margin that is not a number", (l) => void (l.topMargin = Number.NaN)],
    ["an unknown orientation", (l) => void (l.orientation = "Sideways" as Excel.PageOrientation)],
    ["an unknown paper size", (l) => void (l.paperSize = "A0" as Excel.PaperType)],
    ["a negative margin through setPrintMargins", (l) => l.setPrintMargins("Centimeters", { top: -2 })],
    ["an unknown margin unit", (l) => l.setPrintMargins("Miles" as Excel.PrintMarginUnit, { top: 1 })],
  ])("%s", async (_what, apply) => {
    const host = newHost();
    expect((await rejection(set(host, apply))).code).toBe("InvalidArgument");
    expect(host.workbook.model.sheets[0].pageLayout.margins.left).toBe(50.4); // nothing applied
  });

  test("values inside the range are kept", async () => {
    const host = newHost();
    await set(host, (l) => {
      l.zoom = { scale: 10 };
      l.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      l.orientation = "Landscape";
      l.paperSize = "A3";
      l.leftMargin = 0;
      l.setPrintMargins("Centimeters", { top: 2.54 });
    });
    const layout = host.workbook.model.sheets[0].pageLayout;
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect([layout.orientation, layout.paperSize, layout.margins.left]).toEqual(["Landscape", "A3", 0]);
    expect(layout.margins.top).toBeCloseTo(72, 8);
  });
});
