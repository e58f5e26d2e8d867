import * as fs from "fs";
import * as path from "path";
import { newHost, rejection } from "./helpers";

describe("range navigation and formats", () => {
  test("derived ranges report Excel addresses with the sheet name", async () => {
    const host = newHost();
    host.workbook.addSheet("台账");
    host.workbook.seed("台账!B2:D4", [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("台账");
      const r = s.getRange("B2:D4");
      const parts = [
        r.getCell(1, 1),
        r.getOffsetRange(1, 0),
        r.getResizedRange(1, -1),
        r.getEntireRow(),
        r.getEntireColumn(),
        r.getRow(2),
        r.getColumn(0),
        r.getLastRow(),
        s.getRangeByIndexes(0, 0, 2, 2),
        s.getUsedRange(),
      ];
      parts.forEach((p) => p.load("address"));
      const none = r.getIntersectionOrNullObject("F1:G2");
      none.load("address");
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      expect(parts.map((p) => p.address)).toEqual([
        "台账!C3",
        "台账!B3:D5",
        "台账!B2:C5",
        "台账!2:4",
        "台账!B:D",
        "台账!B4:D4",
        "台账!B2:B4",
        "台账!B4:D4",
        "台账!A1:B2",
        "台账!B2:D4",
      ]);
      expect(none.isNullObject).toBe(true);
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]).toEqual([1, 1, 3, 3]);
    });
  });

  test("format properties, borders, row height, column width, autofit", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.values = [
        ["关于进一步做好政务公开工作的通知", "x"],
        ["y", "z"],
      ];
      r.format.font.bold = true;
      r.format.font.name = "宋体";
      r.format.fill.color = "#DDEBF7";
      r.format.wrapText = true;
      r.format.horizontalAlignment = "Center";
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.rowHeight = 30;
      r.format.columnWidth = 120;
      r.numberFormat = [
        ["@", "@"],
        ["0.00", "0.00"],
      ];
      const cell = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1");
      cell.format.font.bold = false;
      r.format.load("wrapText,rowHeight");
      r.format.font.load("bold,name");
      r.format.borders.getItem("EdgeBottom").load("style");
      await ctx.sync();
      expect(r.format.font.bold).toBeNull();
      expect(r.format.font.name).toBe("宋体");
      expect(r.format.wrapText).toBe(true);
      expect(r.format.rowHeight).toBe(30);
    });
    expect(host.workbook.format("Sheet1!A2")).toMatchObject({
      bold: true,
      fill: "#DDEBF7",
      numberFormat: "0.00",
      borders: { EdgeBottom: { style: "Continuous" } },
    });
    expect(host.workbook.rowHeight("Sheet1", 1)).toBe(30);
    expect(host.workbook.columnWidth("Sheet1", "B")).toBe(120);
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:A");
      r.format.autofitRows();
    });
    expect(host.workbook.rowHeight("Sheet1", 1)).toBeGreaterThan(14.25);
  });

  test("clear, merge and select", async () => {
    const host = newHost();
    host.workbook.seed("Sheet1!A1:B1", [["a", "b"]]);
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B1").merge();
      s.getRange("C3").select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange();
      sel.load("address");
      s.getRange("A1:B1").clear("Contents");
      await ctx.sync();
      expect(sel.address).toBe("Sheet1!C3");
    });
    expect(host.workbook.merges("Sheet1")).toEqual(["A1:B1"]);
    expect(host.workbook.values("Sheet1!A1:B1")).toEqual([["", ""]]);
  });
});

describe("worksheet features", () => {
  test("add/rename/position/visibility/tabColor/gridlines/delete", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("台账");
      s.position = 0;
      s.tabColor = "#C00000";
      s.showGridlines = false;
      s.activate();
      ctx.workbook.worksheets.add("临时").delete();
    });
    expect(host.workbook.getSheetNames()).toEqual(["台账", "Sheet1"]);
    expect(host.workbook.sheetInfo("台账")).toMatchObject({
      tabColor: "#C00000",
      showGridlines: false,
      position: 0,
    });
    expect(host.workbook.activeSheet()).toBe("台账");
    const dup = await rejection(host.Excel.run(async (ctx) => void ctx.workbook.worksheets.add("台账")));
    expect(dup.code).toBe("ItemAlreadyExists");
  });

  test("freeze panes and getLocationOrNullObject", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const fp = ctx.workbook.worksheets.getItem("Sheet1").freezePanes;
      const before = fp.getLocationOrNullObject();
      before.load("address");
      fp.freezeRows(2);
      const after = fp.getLocationOrNullObject();
      after.load("address");
      await ctx.sync();
      expect(before.isNullObject).toBe(true);
      expect(after.address).toBe("Sheet1!1:2");
    });
    expect(host.workbook.freezePanes("Sheet1")).toEqual({ rows: 2, columns: 0 });
  });

  test("page layout: orientation, paper, fit to pages, print titles, margins", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const pl = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
      pl.orientation = "Landscape";
      pl.paperSize = "A4";
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.printGridlines = true;
      pl.setPrintTitleRows("$1:$2");
      pl.setPrintMargins("Centimeters", { left: 1, right: 1 });
    });
    const pl = host.workbook.pageLayout("Sheet1");
    expect(pl).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: true,
      printTitleRows: "Sheet1!1:2",
    });
    expect(pl.margins.left).toBeCloseTo(28.35, 1);
  });

  test("named items: add with a Range, getItemOrNullObject, getRange, delete", async () => {
    const host = newHost();
    host.workbook.seed("Sheet1!A1:A3", [["未启动"], ["推进中"], ["已完成"]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.names.add(
        "状态清单",
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3"),
        "下拉来源",
      );
      const missing = ctx.workbook.names.getItemOrNullObject("无");
      missing.load("name");
      const r = ctx.workbook.names.getItem("状态清单").getRange();
      r.load("values");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(r.values).toEqual([["未启动"], ["推进中"], ["已完成"]]);
      ctx.workbook.names.getItem("状态清单").delete();
    });
    expect(host.workbook.names()).toEqual([]);
  });
});

describe("bundling constraints", () => {
  test("host sources import nothing from Node (they run in the browser)", () => {
    const dir = path.join(__dirname, "../../src/testing/excel-host");
    const files: string[] = [];
    const walk = (d: string) =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
    walk(dir);
    const offenders = files.filter((f) =>
      /from "(node:)?(fs|path|buffer|util|os|crypto)"|\bBuffer\b|require\(/.test(fs.readFileSync(f, "utf8")),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
