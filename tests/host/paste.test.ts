import { newHost } from "./helpers";

// A paste of values is not checked against a list validation in Excel; protection still applies.
describe("simulate.userPaste", () => {
  async function withList() {
    const host = newHost();
    const seen: { address: string; triggerSource: string }[] = [];
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const dv = sheet.getRange("A1:A5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "未启动,推进中,已完成,滞后" } };
      dv.errorAlert = { style: "Stop", title: "状态", message: "请从列表中选择", showAlert: true };
      sheet.onChanged.add(async (args) => {
        seen.push({ address: args.address, triggerSource: args.triggerSource });
      });
      await ctx.sync();
    });
    return { host, seen };
  }

  test("bypasses the list validation a typed edit would hit, and fires onChanged as a person's edit", async () => {
    const { host, seen } = await withList();
    await expect(host.simulate.userEdit("Sheet1", "A2", [["完成"]])).rejects.toThrow("请从列表中选择");
    await host.simulate.userPaste("Sheet1", "A2:A3", [["完成"], ["推进中"]]);
    expect(host.workbook.values("Sheet1!A2:A3")).toEqual([["完成"], ["推进中"]]);
    expect(seen).toEqual([{ address: "A2:A3", triggerSource: "Unknown" }]);
    expect(host.workbook.dataValidations("Sheet1")).toHaveLength(1); // the rule itself stays
  });

  test("still refuses protected cells", async () => {
    const { host } = await withList();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").protection.protect();
      await ctx.sync();
    });
    await expect(host.simulate.userPaste("Sheet1", "B2", [["x"]])).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(host.workbook.value("Sheet1!B2")).toBe("");
  });
});
