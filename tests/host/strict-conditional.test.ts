import { newHost, rejection } from "./helpers";

// ConditionalFormat.custom "if the current conditional format is a custom type"
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat); loading it through the
// collection on a sheet that also has other types fails the request (OfficeDev/office-js#2180).
async function twoRules() {
  const host = newHost();
  await host.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
    const mine = r.conditionalFormats.add("Custom");
    mine.custom.rule.formula = '=A1="滞后"';
    mine.custom.format.fill.color = "#FFC7CE";
    const theirs = r.conditionalFormats.add("ContainsText");
    theirs.textComparison.rule = { operator: "Contains", text: "滞后" };
    theirs.textComparison.format.font.color = "#9C0006";
    await ctx.sync();
  });
  return host;
}

describe("type-specific parts of a conditional format", () => {
  test("loading items/custom over a collection holding a textComparison rule fails with InvalidOperation", async () => {
    const host = await twoRules();
    const e = await rejection(
      host.Excel.run(async (ctx) => {
        const cfs = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").conditionalFormats;
        cfs.load("items/type,items/custom/rule/formula");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
    expect(e.message).toContain("This operation is not permitted for the current object.");
  });

  test("customOrNullObject is a null object on the other types and the rule on the custom one", async () => {
    const host = await twoRules();
    await host.Excel.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
      await ctx.sync();
      const seen = cfs.items.map((cf) =>
        cf.customOrNullObject.isNullObject
          ? [cf.type, null]
          : [cf.type, cf.customOrNullObject.rule.formula, cf.customOrNullObject.format.fill.color],
      );
      expect(seen).toEqual([
        ["ContainsText", null],
        ["Custom", '=A1="滞后"', "#FFC7CE"],
      ]);
    });
  });
});
