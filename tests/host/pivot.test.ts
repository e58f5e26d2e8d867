import { newHost, rejection } from "./helpers";

async function sourceHost(supportedSets?: Record<string, string>) {
  const host = newHost({ supportedSets });
  host.workbook.addSheet("台账");
  host.workbook.addSheet("统计");
  host.workbook.seed("台账!A1:D6", [
    ["事项", "部门", "状态", "分值"],
    ["公开指南", "办公室", "已完成", 2],
    ["年度报告", "办公室", "推进中", 3],
    ["依申请公开", "法规处", "已完成", 5],
    ["政策解读", "法规处", "滞后", 1],
    ["平台建设", "信息中心", "已完成", 4],
  ]);
  return host;
}

// Office docs, "Work with PivotTables using the Excel JavaScript API".
describe("PivotTables", () => {
  test("rows + count data hierarchy: Excel's compact layout with grand total", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("部门统计", "台账!A1:D6", "统计!A3");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
      const data = pt.dataHierarchies.add(pt.hierarchies.getItem("事项"));
      data.summarizeBy = host.Excel.AggregationFunction.count;
    });
    expect(host.workbook.values("统计!A3:B7")).toEqual([
      ["行标签", "计数项:事项"],
      ["办公室", 2],
      ["法规处", 2],
      ["信息中心", 1],
      ["总计", 5],
    ]);
    expect(host.workbook.pivots()[0]).toMatchObject({
      name: "部门统计",
      address: "统计!A3:B7",
      dataBodyAddress: "统计!B4:B7",
      rows: ["部门"],
    });
  });

  test("rows x columns with sum, row and column grand totals; layout flags", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.pivotTables.add("交叉", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
      pt.columnHierarchies.add(pt.hierarchies.getItem("状态"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("分值"));
    });
    const cells = host.workbook.pivots()[0].cells;
    expect(cells[0].slice(0, 2)).toEqual(["求和项:分值", "列标签"]);
    expect(cells[1]).toEqual(["行标签", "推进中", "已完成", "滞后", "总计"]);
    expect(cells.find((r) => r[0] === "法规处")).toEqual(["法规处", "", 5, 1, 6]);
    expect(cells[cells.length - 1]).toEqual(["总计", 3, 11, 1, 15]);
    await host.Excel.run(async (ctx) => {
      const layout = ctx.workbook.pivotTables.getItem("交叉").layout;
      layout.showRowGrandTotals = false;
      layout.showColumnGrandTotals = false;
    });
    const after = host.workbook.pivots()[0].cells;
    expect(after[1]).toEqual(["行标签", "推进中", "已完成", "滞后"]);
    expect(after.some((r) => r[0] === "总计")).toBe(false);
  });

  // Excel: with two or more data hierarchies a Σ Values field joins the column area (innermost), so each
  // column item shows every data hierarchy and the grand total has one column per data hierarchy.
  test("rows x columns with two data hierarchies: the Values field nests under the column items", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.pivotTables.add("双值", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
      pt.columnHierarchies.add(pt.hierarchies.getItem("状态"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("事项")).name = "事项数";
      pt.dataHierarchies.add(pt.hierarchies.getItem("分值"));
    });
    const [pivot] = host.workbook.pivots();
    expect(pivot.cells.slice(0, 3)).toEqual([
      ["", "列标签", "", "", "", "", "", "", ""],
      ["", "推进中", "", "已完成", "", "滞后", "", "事项数汇总", "求和项:分值汇总"],
      ["行标签", "事项数", "求和项:分值", "事项数", "求和项:分值", "事项数", "求和项:分值", "", ""],
    ]);
    expect(pivot.cells.find((r) => r[0] === "法规处")).toEqual(["法规处", "", "", 1, 5, 1, 1, 2, 6]);
    expect(pivot.cells[pivot.cells.length - 1]).toEqual(["总计", 1, 3, 3, 11, 1, 1, 5, 15]);
    expect(pivot.dataBodyAddress).toBe("统计!B4:I7");
  });

  test("a data hierarchy may not be named like a source field (Excel: field name already exists)", async () => {
    const host = await sourceHost();
    const error = await rejection(
      host.Excel.run(async (ctx) => {
        const pt = ctx.workbook.pivotTables.add("重名", "台账!A1:D6", "统计!A1");
        pt.dataHierarchies.add(pt.hierarchies.getItem("分值")).name = "状态";
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("refresh recomputes from the source's current values; until then the cache is used", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("状态统计", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("状态"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("事项"));
    });
    expect(host.workbook.values("统计!A2:B2")).toEqual([["推进中", 1]]);
    host.workbook.seed("台账!C3", [["已完成"]]);
    expect(host.workbook.values("统计!A2:B2")).toEqual([["推进中", 1]]);
    await host.Excel.run(async (ctx) => ctx.workbook.pivotTables.getItem("状态统计").refresh());
    expect(host.workbook.values("统计!A2:B4")).toEqual([
      ["已完成", 4],
      ["滞后", 1],
      ["总计", 5],
    ]);
  });

  test("the pivot source is read as evaluated formula values", async () => {
    const host = await sourceHost();
    host.workbook.seed("台账!E1:E6", [
      ["标记"],
      ['=IF(C2="已完成","是","否")'],
      ['=IF(C3="已完成","是","否")'],
      ['=IF(C4="已完成","是","否")'],
      ['=IF(C5="已完成","是","否")'],
      ['=IF(C6="已完成","是","否")'],
    ]);
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("标记", "台账!A1:E6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("标记"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("事项"));
    });
    expect(host.workbook.values("统计!A2:B3")).toEqual([
      ["否", 2],
      ["是", 3],
    ]);
  });

  test("filter hierarchy with a manual filter (ExcelApi 1.12) and clearAllFilters", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("筛选", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("事项"));
      const f = pt.filterHierarchies.add(pt.hierarchies.getItem("状态"));
      f.fields.getItem("状态").applyFilter({ manualFilter: { selectedItems: ["已完成"] } });
    });
    const cells = host.workbook.pivots()[0].cells;
    expect(cells[0]).toEqual(["状态", "已完成"]);
    expect(cells.slice(2)).toEqual([
      ["行标签", "计数项:事项"],
      ["办公室", 1],
      ["法规处", 1],
      ["信息中心", 1],
      ["总计", 3],
    ]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.pivotTables
        .getItem("筛选")
        .filterHierarchies.getItem("状态")
        .fields.getItem("状态")
        .clearAllFilters();
    });
    expect(host.workbook.pivots()[0].cells.slice(-1)).toEqual([["总计", 5]]);
  });

  test("duplicate names are refused, getItemOrNullObject, delete clears its cells", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("P", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
    });
    const dup = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("统计").pivotTables.add("p", "台账!A1:D6", "统计!H1");
      }),
    );
    expect(dup.code).toBe("InvalidArgument");
    await host.Excel.run(async (ctx) => {
      const missing = ctx.workbook.pivotTables.getItemOrNullObject("无");
      missing.load("name");
      const pt = ctx.workbook.pivotTables.getItem("P");
      const range = pt.layout.getRange();
      range.load("address");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(range.address).toBe("统计!A1:A5");
      pt.delete();
    });
    expect(host.workbook.pivots()).toEqual([]);
    expect(host.workbook.value("统计!A1")).toBe("");
  });

  test("writing into a pivot's cells is refused", async () => {
    const host = await sourceHost();
    await host.Excel.run(async (ctx) => {
      const pt = ctx.workbook.worksheets.getItem("统计").pivotTables.add("P", "台账!A1:D6", "统计!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("部门"));
    });
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("统计").getRange("A2").values = [["x"]];
      }),
    );
    expect(err.code).toBe("PivotTableRangeConflict");
  });
});

describe("requirement sets", () => {
  test("isSetSupported compares versions numerically", () => {
    const host = newHost({ supportedSets: { ExcelApi: "1.10" } });
    const req = host.Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(req.isSetSupported("ExcelApi")).toBe(true);
    expect(req.isSetSupported("NoSuchApi", "1.1")).toBe(false);
  });

  test("APIs above the supported ExcelApi version throw ApiNotFound at the call", async () => {
    const host = await sourceHost({ ExcelApi: "1.7" });
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("统计").pivotTables.add("P", "台账!A1:D6", "统计!A1");
      }),
    );
    expect(err.code).toBe("ApiNotFound");
    expect(err.message).toMatch(/ExcelApi 1.8/);
    const resize = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("x").resize("A1:B2");
      }),
    );
    expect(resize.code).toBe("ApiNotFound");
  });

  test("Office namespace: onReady, displayLanguage, officeTheme, Office.initialize, ribbon commands", async () => {
    const host = newHost({ theme: { bodyBackgroundColor: "#1F1F1F" } });
    const initialized: unknown[] = [];
    (host.Office as unknown as { initialize: (r: unknown) => void }).initialize = (r) => initialized.push(r);
    const ready = host.Office.onReady();
    host.start();
    await expect(ready).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(initialized).toHaveLength(1);
    expect(host.Office.context.displayLanguage).toBe("zh-CN");
    expect(host.Office.context.officeTheme.bodyBackgroundColor).toBe("#1F1F1F");
    let ran = 0;
    host.Office.actions.associate("refreshLedger", (event: Office.AddinCommands.Event) => {
      ran++;
      setTimeout(() => event.completed(), 0);
    });
    const inv = await host.commands.invoke("refreshLedger");
    expect(inv.completed).toBe(true);
    expect(ran).toBe(1);
  });
});
