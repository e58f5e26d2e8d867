/**
 * Self-checks of the sheet-level features: the per-department PivotTable (ExcelApi 1.8), worksheet onChanged
 * (live checks and 更新时间 stamps, 1.7), freeze panes (1.7) and page layout (printing, 1.9).
 */
import { SelfCheck, expectSame } from "./types";

/** How long the onChanged check waits for Excel to deliver the event of its own write. */
export const EVENT_WAIT_MS = 3000;

export const pivotCheck: SelfCheck = {
  name: "数据透视表：添加与刷新",
  requires: "1.8",
  fallback: "不建数据透视表；“部门汇总”工作表上的公式汇总即为汇总。",
  async run({ context, sheet }) {
    const source = sheet.getRange("O1:P4");
    source.values = [
      ["部门", "计数"],
      ["办公室", 1],
      ["办公室", 1],
      ["法规处", 1],
    ];
    const pivot = sheet.pivotTables.add("TZ_SelfCheck_Pivot", source, sheet.getRange("R1"));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("部门"));
    pivot.dataHierarchies.add(pivot.hierarchies.getItem("计数"));
    await context.sync();
    sheet.getRange("P4").values = [[2]];
    pivot.refresh();
    const body = pivot.layout.getDataBodyRange().load("values");
    await context.sync();
    expectSame("刷新后的总计", body.values[body.values.length - 1], [4]);
  },
};

export const onChangedCheck: SelfCheck = {
  name: "工作表 onChanged 事件（实时检查、更新时间）",
  requires: "1.7",
  fallback: "编辑后不自动校验、不写更新时间；请手动点击“校验”。",
  async run({ context, sheet }) {
    let heard: (address: string) => void = () => undefined;
    const event = new Promise<string>((resolve) => (heard = resolve));
    const registration = sheet.onChanged.add(async (args) => heard(args.address));
    await context.sync();
    sheet.getRange("U1").values = [["自检"]];
    await context.sync();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), EVENT_WAIT_MS)));
    const address = await Promise.race([event, timeout]);
    clearTimeout(timer);
    registration.remove();
    await context.sync();
    if (address === null) {
      throw Object.assign(new Error(`${EVENT_WAIT_MS / 1000} 秒内没有收到 onChanged 事件`), {
        code: "NoEvent",
      });
    }
    expectSame("事件地址", address, "U1");
  },
};

export const freezePanesCheck: SelfCheck = {
  name: "冻结窗格",
  requires: "1.7",
  fallback: "表头不冻结；内容不受影响。",
  async run({ context, sheet }) {
    sheet.freezePanes.freezeRows(2);
    const location = sheet.freezePanes.getLocationOrNullObject().load("rowCount");
    await context.sync();
    expectSame("冻结的行数", location.isNullObject ? 0 : location.rowCount, 2);
  },
};

export const pageLayoutCheck: SelfCheck = {
  name: "页面布局（打印设置）",
  requires: "1.9",
  fallback: "不设置打印格式（横向、每页重复表头、页脚）；打印前请在“页面布局”中设置。",
  async run({ context, sheet }) {
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.leftMargin = 0.5 * 72;
    layout.topMargin = 0.75 * 72;
    layout.centerHorizontally = true;
    layout.setPrintTitleRows("$1:$2");
    layout.headersFooters.defaultForAllPages.centerFooter = "第 &P 页，共 &N 页";
    layout.load("orientation,paperSize,leftMargin");
    await context.sync();
    expectSame("打印方向与纸张", [layout.orientation, layout.paperSize], ["Landscape", "A4"]);
    expectSame("左边距（磅）", layout.leftMargin, 36);
  },
};
