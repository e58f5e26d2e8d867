import { newHost } from "./helpers";

describe("PageLayout.headersFooters (ExcelApi 1.9)", () => {
  test("default-for-all-pages header and footer texts are set, loaded and inspectable", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const hf = ctx.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      hf.centerFooter = "第 &P 页，共 &N 页";
      hf.leftHeader = "台账";
      await ctx.sync();
    });
    expect(host.workbook.pageLayout("Sheet1").footers.center).toBe("第 &P 页，共 &N 页");
    expect(host.workbook.pageLayout("Sheet1").headers.left).toBe("台账");
    const read = await host.Excel.run(async (ctx) => {
      const hf = ctx.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      hf.load("centerFooter,rightFooter,leftHeader");
      await ctx.sync();
      return [hf.centerFooter, hf.rightFooter, hf.leftHeader];
    });
    expect(read).toEqual(["第 &P 页，共 &N 页", "", "台账"]);
  });

  test("needs ExcelApi 1.9 like the rest of PageLayout", async () => {
    const host = newHost({ supportedSets: { ExcelApi: "1.8" } });
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages.centerFooter =
          "x";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
