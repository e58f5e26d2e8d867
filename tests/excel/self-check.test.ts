/** 自检 on the Excel test host: everything passes where everything is supported; ExcelApi 1.7 shows what degrades. */
import { EXCEL_API_VERSIONS, SELF_CHECKS, runSelfCheck } from "../../src/excel/self-check";
import type { SelfCheck } from "../../src/excel/self-check";
import { installHost } from "./support/host";

const AT = new Date(2026, 11, 2, 9, 30);

function sheetNames(host: ReturnType<typeof installHost>): string[] {
  return host.workbook.model.sheets.map((s) => s.name);
}

describe("runSelfCheck", () => {
  it("passes every check on a host with ExcelApi 1.17 and leaves the workbook as it was", async () => {
    const host = installHost({ platform: "PC" });
    host.workbook.seed("Sheet1!A1", [["原有内容"]]);
    host.stats.reset();
    const report = await runSelfCheck({ now: () => AT });
    expect(report.results.map((r) => [r.name, r.status, r.code, r.detail])).toEqual(
      SELF_CHECKS.map((c) => [c.name, "pass", null, null]),
    );
    expect(report.excelApi).toEqual(EXCEL_API_VERSIONS.map((version) => ({ version, supported: true })));
    expect([report.host, report.platform, report.version]).toEqual(["Excel", "PC", "16.0.0000.0000"]);
    expect(report.cleanup).toEqual({ removed: true });
    expect(sheetNames(host)).toEqual(["Sheet1"]);
    expect(host.workbook.names()).toEqual([]);
    expect(host.workbook.pivots()).toEqual([]);
    expect(host.workbook.tables()).toEqual([]);
    expect(host.workbook.values("Sheet1!A1")).toEqual([["原有内容"]]);
    expect(host.stats.syncCount).toBe(1 + 13 + 2);
  });

  it("on ExcelApi 1.7 skips exactly what needs more, with the reason, and passes the rest", async () => {
    const host = installHost({ supportedSets: { ExcelApi: "1.7" } });
    const report = await runSelfCheck({ now: () => AT });
    const byName = Object.fromEntries(report.results.map((r) => [r.name, [r.status, r.detail]]));
    expect(byName).toEqual({
      "工作簿名称（添加、读取）": ["pass", null],
      "状态下拉列表（数据验证，来源为名称）": ["skipped", "此 Excel 不支持 ExcelApi 1.8"],
      "状态颜色（自定义条件格式）": ["pass", null],
      "表格：添加": ["pass", null],
      "表格：调整大小": ["skipped", "此 Excel 不支持 ExcelApi 1.13"],
      "表格：转换为区域": ["pass", null],
      "数据透视表：添加与刷新": ["skipped", "此 Excel 不支持 ExcelApi 1.8"],
      "工作表 onChanged 事件（实时检查、更新时间）": ["pass", null],
      冻结窗格: ["pass", null],
      "页面布局（打印设置）": ["skipped", "此 Excel 不支持 ExcelApi 1.9"],
    });
    expect(report.excelApi.filter((s) => s.supported).map((s) => s.version)).toEqual(
      EXCEL_API_VERSIONS.slice(0, 7),
    );
    expect(sheetNames(host)).toEqual(["Sheet1"]);
    expect(host.workbook.names()).toEqual([]);
  });

  it("reports a refused request with its Office.js error code, and still removes the scratch sheet", async () => {
    const host = installHost();
    const refused: SelfCheck = {
      name: "拒绝",
      requires: "1.1",
      fallback: "—",
      async run({ context, sheet }) {
        sheet.getRange("A1").values = [["x"]];
        context.workbook.worksheets.getItem("不存在的工作表").load("name");
        await context.sync();
      },
    };
    const mismatch: SelfCheck = { ...SELF_CHECKS[2], name: "读回不符" };
    mismatch.run = async ({ context, sheet }) => {
      const r = sheet.getRange("A1").load("values");
      await context.sync();
      if (r.values[0][0] !== "不会是这个") throw Object.assign(new Error("读回不符"), { code: "Mismatch" });
    };
    const thrown: SelfCheck = {
      ...refused,
      name: "抛出",
      async run() {
        throw new Error("加载项自身的错误");
      },
    };
    const report = await runSelfCheck({ checks: [refused, mismatch, thrown, SELF_CHECKS[0]], now: () => AT });
    expect(report.results.map((r) => [r.name, r.status, r.code])).toEqual([
      ["拒绝", "fail", "ItemNotFound"],
      ["读回不符", "fail", "Mismatch"],
      ["抛出", "fail", "Error"],
      [SELF_CHECKS[0].name, "pass", null],
    ]);
    expect(report.cleanup).toEqual({ removed: true });
    expect(sheetNames(host)).toEqual(["Sheet1"]);
    expect(host.workbook.names()).toEqual([]);
  });

  it("when the scratch sheet cannot be added, every check fails with that code; the sheet there stays", async () => {
    const host = installHost();
    const taken = `TZ_自检_${AT.getTime().toString(36)}`;
    host.workbook.addSheet(taken);
    const report = await runSelfCheck({ checks: SELF_CHECKS.slice(0, 2), now: () => AT });
    expect(report.results.map((r) => [r.status, r.code])).toEqual([
      ["fail", "ItemAlreadyExists"],
      ["fail", "ItemAlreadyExists"],
    ]);
    expect(report.cleanup).toEqual({ removed: true });
    expect(sheetNames(host)).toEqual(["Sheet1", taken]);
  });
});
