import { newHost, rejection } from "./helpers";

// ListDataValidation.source: a Range, or a comma-separated list
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation). A formula source must
// resolve to a range when it is set; Excel refuses an undefined name.
describe("list validation sources", () => {
  test("=UndefinedName is refused with InvalidArgument and nothing is set", async () => {
    const host = newHost();
    const e = await rejection(
      host.Excel.run(async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: "=NoSuchName" } };
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
    expect(host.workbook.dataValidations("Sheet1")).toEqual([]);
  });

  test("a defined name, an address and a literal list are accepted", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("H1:H2").values = [["甲"], ["乙"]];
      ctx.workbook.names.add("Choices", sheet.getRange("H1:H2"));
      sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Choices" } };
      sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "=$H$1:$H$2" } };
      sheet.getRange("A3").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      await ctx.sync();
    });
    expect(host.workbook.dataValidations("Sheet1")).toHaveLength(3);
  });

  test("a name defined later in the same request does not help: the order of operations counts", async () => {
    const host = newHost();
    const e = await rejection(
      host.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Later" } };
        ctx.workbook.names.add("Later", sheet.getRange("H1:H2"));
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });
});
