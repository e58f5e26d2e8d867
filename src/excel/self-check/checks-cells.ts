/**
 * Self-checks of what the ledger's cells rely on: workbook names, the status drop-down (list validation whose
 * source is a name, ExcelApi 1.8), and the status colours (a custom conditional format, ExcelApi 1.6).
 */
import { SelfCheck, expectSame } from "./types";

const STATUSES = [["未启动"], ["推进中"], ["已完成"]];
export const CHECK_NAME = "TZ_SelfCheck_Name";
export const CHECK_LIST = "TZ_SelfCheck_List";

export const namesCheck: SelfCheck = {
  name: "工作簿名称（添加、读取）",
  requires: "1.4",
  fallback: "没有名称时状态下拉列表和汇总公式都无法引用状态列表。",
  names: [CHECK_NAME],
  async run({ context, sheet }) {
    const source = sheet.getRange("A1:A3");
    source.values = STATUSES;
    context.workbook.names.add(CHECK_NAME, source, "台账自检");
    const item = context.workbook.names.getItem(CHECK_NAME).load("type,visible");
    await context.sync();
    expectSame("名称类型", item.type, "Range");
  },
};

export const listValidationCheck: SelfCheck = {
  name: "状态下拉列表（数据验证，来源为名称）",
  requires: "1.8",
  fallback: "状态列不设下拉列表；“校验”仍会找出不在状态列表中的状态。",
  names: [CHECK_LIST],
  async run({ context, sheet }) {
    const source = sheet.getRange("B1:B3");
    source.values = STATUSES;
    // The name first: Excel refuses a list source naming an undefined name.
    context.workbook.names.add(CHECK_LIST, source);
    const validation = sheet.getRange("C1:C5").dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: `=${CHECK_LIST}` } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: "状态", message: "请从列表中选择" };
    validation.load("type");
    await context.sync();
    expectSame("数据验证类型", validation.type, "List");
  },
};

export const conditionalFormatCheck: SelfCheck = {
  name: "状态颜色（自定义条件格式）",
  requires: "1.6",
  fallback: "状态列不按状态着色；内容不受影响。",
  async run({ context, sheet }) {
    const target = sheet.getRange("D1:D5");
    target.values = [["滞后"], ["推进中"], ["滞后"], [""], ["已完成"]];
    const format = target.conditionalFormats.add("Custom");
    format.custom.rule.formula = '=$D1="滞后"';
    format.custom.format.fill.color = "#FFC7CE";
    format.custom.format.font.color = "#9C0006";
    const formats = target.conditionalFormats.load("items/type");
    await context.sync();
    expectSame(
      "条件格式",
      formats.items.map((f) => f.type),
      ["Custom"],
    );
  },
};
