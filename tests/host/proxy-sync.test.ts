import { newHost, rejection } from "./helpers";

// Office docs, "Call load before reading properties" / "sync()": properties are only available after load + sync.
describe("proxy objects, load and sync", () => {
  test("reading a property before load throws PropertyNotLoaded (docs: load)", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      let err: { code?: string; message?: string } = {};
      try {
        void sheet.name;
      } catch (e) {
        err = e as typeof err;
      }
      expect(err.code).toBe("PropertyNotLoaded");
      expect(err.message).toMatch(/The property 'name' is not available/);
    });
  });

  test("loaded but not yet synced still throws; after sync the snapshot is readable (docs: sync)", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values,address");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(range.address).toBe("Sheet1!A1:B1");
    });
  });

  test("writes are queued and applied only at sync", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["台账", 3]];
      expect(host.workbook.values("Sheet1!A1:B1")).toEqual([["", ""]]);
      await ctx.sync();
      expect(host.workbook.values("Sheet1!A1:B1")).toEqual([["台账", 3]]);
    });
  });

  test("Excel.run syncs the pending queue at the end", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["x"]];
    });
    expect(host.workbook.value("Sheet1!C3")).toBe("x");
  });

  test("read values are snapshots taken at sync time", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[1]];
      r.load("values");
      await ctx.sync();
      host.workbook.seed("Sheet1!A1", [[2]]);
      expect(r.values).toEqual([[1]]);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[2]]);
    });
  });

  test("collections: load('items/name') and load('name') on a collection", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("台账");
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "台账"]);
      expect(() => sheets.items[0].position).toThrow(/not available/);
      const again = ctx.workbook.worksheets;
      again.load(["name", "position"]);
      await ctx.sync();
      expect(again.items.map((s) => s.position)).toEqual([0, 1]);
      expect(again.toJSON()).toEqual({
        items: [
          { name: "Sheet1", position: 0 },
          { name: "台账", position: 1 },
        ],
      });
    });
  });

  test("getItem on a missing name fails with ItemNotFound at the next sync (docs: Error handling)", async () => {
    const host = newHost();
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("不存在");
        s.load("name");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(err).toBeInstanceOf(host.OfficeExtension.Error);
  });

  test("getItemOrNullObject: isNullObject after load + sync (docs: *OrNullObject methods)", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("不存在");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow(/not available/);
      missing.load("name");
      present.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  test("unknown members throw loudly instead of returning undefined", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1") as unknown as Record<string, unknown>;
      expect(() => sheet.charts).toThrow("Excel test host: Worksheet.charts is not implemented");
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.load("valuesAsJson")).toThrow(/Range.valuesAsJson \(load\) is not implemented/);
      expect(() => (host.Excel as unknown as Record<string, unknown>).Nope).toThrow(
        /Excel.Nope is not implemented/,
      );
    });
  });

  test("ClientResult.value before sync throws ValueNotLoaded", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded/);
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });

  test("errors carry code, message and debugInfo; earlier operations in the batch stay applied", async () => {
    const host = newHost();
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("Sheet1");
        s.getRange("A1").values = [[1]];
        s.getRange("A1:B2").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo).toMatchObject({ code: "InvalidArgument" });
    expect(host.workbook.value("Sheet1!A1")).toBe(1);
  });
});
