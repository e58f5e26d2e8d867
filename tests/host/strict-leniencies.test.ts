/** Host leniencies removed (issue 11): what Microsoft's documentation says Excel does, the host now does. */
import { newHost } from "./helpers";

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
