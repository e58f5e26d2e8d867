import { newHost } from "./helpers";

async function ledgerHost() {
  const host = newHost();
  host.workbook.addSheet("台账");
  host.workbook.addSheet("任务分工");
  host.workbook.seed("台账!A1:D5", [
    ["编号", "事项", "状态", "进度"],
    ["1", "公开指南", "未启动", 0],
    ["2", "年度报告", "已完成", 100],
    ["3", "依申请公开", "推进中", 40],
    ["4", "政策解读", "已完成", 100],
  ]);
  return host;
}

describe("formula evaluation", () => {
  test("values return computed results, formulas return the formula text", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.formulas = [[2, "=A1*3", '=B1&"件"']];
      r.load("values,formulas,valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([[2, 6, "6件"]]);
      expect(r.formulas).toEqual([[2, "=A1*3", '=B1&"件"']]);
      expect(r.valueTypes).toEqual([["Double", "Double", "String"]]);
    });
  });

  test("typed input: numeric text becomes a number, ' prefix keeps text, dates become serials", () => {
    const host = newHost();
    host.workbook.seed("Sheet1!A1:D1", [["12", "'12", "2024-03-01", "=1/0"]]);
    expect(host.workbook.values("Sheet1!A1:D1")).toEqual([[12, "12", 45352, "#DIV/0!"]]);
    expect(host.workbook.text("Sheet1!C1")).toEqual([["2024/3/1"]]);
  });

  test("INDEX/MATCH across sheets with quoted and unquoted Chinese names", async () => {
    const host = await ledgerHost();
    host.workbook.seed("任务分工!A1:C2", [
      [
        "3",
        "=INDEX('台账'!C:C,MATCH(A1,'台账'!A:A,0))",
        '=INDEX(台账!$C$1:$C$5,MATCH("年度报告",台账!B1:B5,0))',
      ],
      ["9", '=IFERROR(INDEX(台账!C:C,MATCH(A2,台账!A:A,0)),"未找到")', "=MATCH(A2,台账!A:A,0)"],
    ]);
    expect(host.workbook.values("任务分工!B1:C2")).toEqual([
      ["推进中", "已完成"],
      ["未找到", "#N/A"],
    ]);
    host.workbook.seed("台账!C4", [["滞后"]]);
    expect(host.workbook.value("任务分工!B1")).toBe("滞后");
  });

  test("COUNTIFS/COUNTIF/SUMIFS with text, <> and comparison criteria over whole columns", async () => {
    const host = await ledgerHost();
    host.workbook.seed("Sheet1!A1:A6", [
      ['=COUNTIFS(台账!C:C,"已完成")'],
      ['=COUNTIFS(台账!C:C,"已完成",台账!D:D,">50")'],
      ['=COUNTIF(台账!C2:C5,"<>已完成")'],
      ['=SUMIFS(台账!D:D,台账!C:C,"<>未启动")'],
      ['=COUNTIFS(台账!D2:D5,">0",台账!D2:D5,"<100")'],
      ["=COUNTA(台账!B:B)-1"],
    ]);
    expect(host.workbook.values("Sheet1!A1:A6").flat()).toEqual([2, 2, 2, 240, 1, 4]);
  });

  test("IF, AND, OR, NOT, ROUND, LEN, TRIM, ISBLANK, ISNUMBER, SUM", () => {
    const host = newHost();
    host.workbook.seed("Sheet1!A1:A2", [[2.345], ["  两个  空格 "]]);
    host.workbook.seed("Sheet1!B1:B9", [
      ['=IF(A1>2,"大","小")'],
      ["=AND(A1>1,A1<3)"],
      ["=OR(A1>5,NOT(A1>5))"],
      ["=ROUND(A1,2)"],
      ["=LEN(TRIM(A2))"],
      ["=ISBLANK(A3)"],
      ["=ISNUMBER(A2)"],
      ["=SUM(A1,1,A3)"],
      ["=-A1+1>=0"],
    ]);
    expect(host.workbook.values("Sheet1!B1:B9").flat()).toEqual([
      "大",
      true,
      true,
      2.35,
      5,
      true,
      false,
      3.345,
      false,
    ]);
  });

  test("OFFSET and defined names", async () => {
    const host = await ledgerHost();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.names.add("状态列", "=台账!$C$2:$C$5", "状态");
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:A3").formulas = [
        ['=COUNTIF(状态列,"已完成")'],
        ["=SUM(OFFSET(台账!D1,1,0,4,1))"],
        ["=INDEX(状态列,2)"],
      ];
      const n = ctx.workbook.names.getItem("状态列");
      n.load("type,value");
      await ctx.sync();
      expect(n.type).toBe("Range");
      expect(n.value).toBe("台账!$C$2:$C$5");
    });
    expect(host.workbook.values("Sheet1!A1:A3").flat()).toEqual([2, 240, "已完成"]);
    expect(host.workbook.names()).toEqual([
      { name: "状态列", formula: "=台账!$C$2:$C$5", comment: "状态", visible: true, scope: "Workbook" },
    ]);
  });

  test("unknown functions fail loudly; circular references are reported", async () => {
    const host = newHost();
    host.workbook.seed("Sheet1!A1", [["=XLOOKUP(1,B:B,C:C)"]]);
    expect(() => host.workbook.values("Sheet1!A1")).toThrow(
      "Excel test host: function XLOOKUP is not implemented",
    );
    host.workbook.seed("Sheet1!B1:B2", [["=B2+1"], ["=B1+1"]]);
    host.workbook.values("Sheet1!B1");
    expect(host.workbook.warnings.length).toBeGreaterThan(0);
  });

  test("renaming a sheet rewrites references to it", async () => {
    const host = await ledgerHost();
    host.workbook.seed("Sheet1!A1", [["=台账!B2"]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").name = "工作台账 2024";
    });
    expect(host.workbook.formulas("Sheet1!A1")).toEqual([["='工作台账 2024'!B2"]]);
    expect(host.workbook.value("Sheet1!A1")).toBe("公开指南");
  });
});
