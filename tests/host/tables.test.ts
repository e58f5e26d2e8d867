import { newHost, rejection } from "./helpers";

async function seedLedger() {
  const host = newHost();
  await host.Excel.run(async (ctx) => {
    const s = ctx.workbook.worksheets.add("台账");
    s.getRange("A1:C5").values = [
      ["序号", "事项", "状态"],
      [1, "公开指南", "未启动"],
      [2, "年度报告", "已完成"],
      [3, "依申请公开", "推进中"],
      [4, "政策解读", "已完成"],
    ];
    const t = s.tables.add("A1:C5", true);
    t.name = "LedgerTable";
  });
  return host;
}

describe("tables", () => {
  test("add names the table Table1 unless renamed, columns come from the header row", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B2").values = [
        ["a", "b"],
        [1, 2],
      ];
      const t = s.tables.add("A1:B2", true);
      t.load("name");
      t.columns.load("items/name");
      await ctx.sync();
      expect(t.name).toBe("Table1");
      expect(t.columns.items.map((c) => c.name)).toEqual(["a", "b"]);
    });
  });

  test("a table overlapping another table is rejected with InvalidArgument", async () => {
    const host = await seedLedger();
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").tables.add("C3:D8", true);
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("resize (ExcelApi 1.13) grows the table and names new columns from headers", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("台账");
      s.getRange("D1").values = [["备注"]];
      ctx.workbook.tables.getItem("LedgerTable").resize("A1:D7");
    });
    expect(host.workbook.tables()[0]).toMatchObject({
      address: "台账!A1:D7",
      columns: ["序号", "事项", "状态", "备注"],
      rowCount: 6,
    });
  });

  test("columns.add inserts a column and shifts cells right of it inside the table rows", async () => {
    const host = await seedLedger();
    host.workbook.seed("台账!D3", [["旁边"]]);
    host.workbook.seed("台账!D8", [["表外"]]);
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("LedgerTable");
      t.columns.add(1, [["责任部门"], ["办公室"], ["政策法规处"], ["办公室"], ["法规处"]]);
    });
    expect(host.workbook.tables()[0].columns).toEqual(["序号", "责任部门", "事项", "状态"]);
    expect(host.workbook.values("台账!A2:D2")).toEqual([[1, "办公室", "公开指南", "未启动"]]);
    expect(host.workbook.value("台账!E3")).toBe("旁边");
    expect(host.workbook.value("台账!D8")).toBe("表外");
  });

  test("deleting a sheet row inside a table shrinks it; inserting grows it; formulas follow", async () => {
    const host = await seedLedger();
    host.workbook.seed("台账!F1", [["=C5"]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("3:3").delete("Up");
    });
    expect(host.workbook.tables()[0]).toMatchObject({ address: "台账!A1:C4", rowCount: 3 });
    expect(host.workbook.values("台账!B2:B4")).toEqual([["公开指南"], ["依申请公开"], ["政策解读"]]);
    expect(host.workbook.formulas("台账!F1")).toEqual([["=C4"]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A3:C3").insert("Down");
    });
    expect(host.workbook.tables()[0]).toMatchObject({ address: "台账!A1:C5", rowCount: 4 });
    expect(host.workbook.formulas("台账!F1")).toEqual([["=C5"]]);
  });

  test("shifting only part of a table is refused", async () => {
    const host = await seedLedger();
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("B3:D3").delete("Up");
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  test("rows.add works but is counted in stats.tableRowAdds", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("LedgerTable").rows.add(undefined, [[5, "新增", "未启动"]]);
    });
    expect(host.stats.tableRowAdds).toBe(1);
    expect(host.workbook.values("台账!A6:C6")).toEqual([[5, "新增", "未启动"]]);
    expect(host.workbook.tables()[0].rowCount).toBe(5);
  });

  test("column delete, data body and header ranges", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("LedgerTable");
      const body = t.getDataBodyRange();
      const header = t.columns.getItem("状态").getHeaderRowRange();
      body.load("address");
      header.load("address");
      t.columns.getItem("序号").delete();
      await ctx.sync();
      expect(body.address).toBe("台账!A2:C5");
      expect(header.address).toBe("台账!C1");
    });
    expect(host.workbook.tables()[0].columns).toEqual(["事项", "状态"]);
    expect(host.workbook.value("台账!A2")).toBe("公开指南");
  });

  test("autoFilter hides rows that do not match; clearCriteria shows them again", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("LedgerTable");
      t.autoFilter.apply(t.getRange(), 2, { filterOn: "Values", values: ["已完成"] });
    });
    expect(host.workbook.hiddenRows("台账")).toEqual([2, 4]);
    await host.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("LedgerTable");
      t.autoFilter.apply(t.getRange(), 2, { filterOn: "Custom", criterion1: "<>已完成" });
      const af = t.autoFilter;
      af.load("criteria,isDataFiltered");
      await ctx.sync();
      expect(af.isDataFiltered).toBe(true);
      expect(af.criteria[2]).toMatchObject({ filterOn: "Custom", criterion1: "<>已完成" });
    });
    expect(host.workbook.hiddenRows("台账")).toEqual([3, 5]);
    await host.Excel.run(async (ctx) =>
      ctx.workbook.tables.getItem("LedgerTable").autoFilter.clearCriteria(),
    );
    expect(host.workbook.hiddenRows("台账")).toEqual([]);
  });
});

describe("data validation and conditional formats", () => {
  test("list validation with alert and prompt is stored per range", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("台账").getRange("C2:C5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "=$H$1:$H$4" } };
      dv.prompt = { title: "状态", message: "请选择", showPrompt: true };
      dv.ignoreBlanks = true;
      dv.load("type");
      await ctx.sync();
      expect(dv.type).toBe("List");
    });
    expect(host.workbook.dataValidations("台账")).toEqual([
      expect.objectContaining({
        addresses: ["C2:C5"],
        type: "List",
        rule: { list: { inCellDropDown: true, source: "=$H$1:$H$4" } },
        prompt: { title: "状态", message: "请选择", showPrompt: true },
      }),
    ]);
    await host.Excel.run(async (ctx) =>
      ctx.workbook.worksheets.getItem("台账").getRange("C2:C5").dataValidation.clear(),
    );
    expect(host.workbook.dataValidations("台账")).toEqual([]);
  });

  test("conditional formats: cellValue, containsText and custom rules", async () => {
    const host = await seedLedger();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("台账").getRange("C2:C5");
      const a = r.conditionalFormats.add("ContainsText");
      a.textComparison.format.font.color = "#9C0006";
      a.textComparison.rule = { operator: "Contains", text: "滞后" };
      const b = r.conditionalFormats.add("Custom");
      b.custom.rule.formula = '=$C2="已完成"';
      b.custom.format.fill.color = "#C6EFCE";
      const c = r.conditionalFormats.add("CellValue");
      c.cellValue.rule = { formula1: "=0", operator: "GreaterThan" };
      const count = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(3);
    });
    const cfs = host.workbook.conditionalFormats("台账");
    expect(cfs.map((c) => c.type)).toEqual(["CellValue", "Custom", "ContainsText"]);
    expect(cfs[1]).toMatchObject({
      addresses: ["C2:C5"],
      rule: { formula: '=$C2="已完成"' },
      format: { fill: "#C6EFCE" },
    });
    expect(cfs[2]).toMatchObject({
      rule: { operator: "Contains", text: "滞后" },
      format: { fontColor: "#9C0006" },
    });
    await host.Excel.run(async (ctx) =>
      ctx.workbook.worksheets.getItem("台账").getRange("C:C").conditionalFormats.clearAll(),
    );
    expect(host.workbook.conditionalFormats("台账")).toEqual([]);
  });
});
