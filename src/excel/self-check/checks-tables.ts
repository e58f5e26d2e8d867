/**
 * Self-checks of the tables (TZ_Ledger, TZ_Assignments): add, resize (ExcelApi 1.13) and convertToRange — the
 * update resizes a table where it can and converts and re-adds it where it cannot (src/excel/apply/structure.ts).
 * Each check makes its own small table, so one failing does not fail the others.
 */
import { SelfCheck, expectSame } from "./types";

function seed(sheet: Excel.Worksheet, address: string): Excel.Range {
  const range = sheet.getRange(address);
  range.values = [
    ["序号", "状态"],
    [1, "推进中"],
    [2, "已完成"],
  ];
  return range;
}

export const tableAddCheck: SelfCheck = {
  name: "表格：添加",
  requires: "1.1",
  fallback: "无法生成台账（台账以表格为准）；请用命令行生成的 .xlsx 台账。",
  async run({ context, sheet }) {
    const table = sheet.tables.add(seed(sheet, "F1:G3"), true);
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    expectSame("表格数据行数", body.rowCount, 2);
  },
};

export const tableResizeCheck: SelfCheck = {
  name: "表格：调整大小",
  requires: "1.13",
  fallback: "更新时把表格转换为区域后重新定义（内容和格式不变）。",
  async run({ context, sheet }) {
    const table = sheet.tables.add(seed(sheet, "I1:J3"), true);
    sheet.getRange("I4:J4").values = [[3, "滞后"]];
    table.resize(sheet.getRange("I1:J4"));
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    expectSame("调整后的数据行数", body.rowCount, 3);
  },
};

export const tableConvertCheck: SelfCheck = {
  name: "表格：转换为区域",
  requires: "1.2",
  fallback: "无法在旧版 Excel 中调整表格大小；请升级 Excel。",
  async run({ context, sheet }) {
    const table = sheet.tables.add(seed(sheet, "L1:M3"), true);
    table.name = "TZ_SelfCheck_Convert";
    const range = table.convertToRange();
    range.load("values");
    const tables = sheet.tables.load("items/name");
    await context.sync();
    expectSame("转换后的单元格", range.values[2], [2, "已完成"]);
    const left = tables.items.filter((t) => t.name === "TZ_SelfCheck_Convert").length;
    expectSame("转换后仍在的表格", left, 0);
  },
};
