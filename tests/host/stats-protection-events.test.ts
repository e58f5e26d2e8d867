import { newHost, rejection } from "./helpers";

describe("stats and payload accounting", () => {
  test("counts syncs, operations and payload bytes per sync; reset clears", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:B1").values = [["台账", 1]];
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.stats.syncCount).toBe(1);
    expect(host.stats.operations).toBe(2);
    // payload: the getItem key "Sheet1" (8 bytes as JSON) + [["台账",1]] (14 bytes: two CJK chars are 3 bytes each)
    expect(host.stats.syncs[0].payloadBytes).toBe(JSON.stringify("Sheet1").length + 14);
    host.stats.reset();
    expect(host.stats.syncCount).toBe(0);
    expect(host.stats.syncs).toEqual([]);
  });

  test("a sync above the payload limit throws RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = newHost({ payloadLimitBytes: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`第${i}项工作要点`]);
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big;
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.workbook.value("Sheet1!A1")).toBe("");
    expect(host.stats.syncs[0].payloadBytes).toBeGreaterThan(1000);
  });

  test("a sync whose loads return more than the response limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const host = newHost({ responseLimitBytes: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`第${i}项工作要点`]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big;
    });
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
        await ctx.sync();
        return r.values;
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    const last = host.stats.syncs[host.stats.syncs.length - 1];
    expect(last.responseBytes).toBeGreaterThan(1000);
    expect(host.stats.maxResponseBytes).toBe(last.responseBytes);
  });

  test("the default limit is Excel on the web's 5 MB", async () => {
    const host = newHost();
    const row = "x".repeat(1000);
    const big = Array.from({ length: 5300 }, () => [row]);
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5300").values = big;
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("protection", () => {
  test("writes into a protected sheet fail at sync with AccessDenied; unprotect allows them", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").protection.protect({ allowAutoFilter: true });
    });
    expect(host.workbook.protection("Sheet1").protected).toBe(true);
    const err = await rejection(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      }),
    );
    expect(err.code).toBe("AccessDenied");
    await host.Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Sheet1").protection;
      p.load("protected");
      await ctx.sync();
      expect(p.protected).toBe(true);
      p.unprotect();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    });
    expect(host.workbook.value("Sheet1!A1")).toBe("x");
  });

  test("unlocked cells stay editable in a protected sheet", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("B2").format.protection.locked = false;
      s.protection.protect();
      await ctx.sync();
      s.getRange("B2").values = [["可以"]];
    });
    expect(host.workbook.value("Sheet1!B2")).toBe("可以");
    await expect(host.simulate.userEdit("Sheet1", "A1", [["不行"]])).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });
});

// Excel.RunOptions.delayForCellEdit (https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions):
// without it a request made while the person is editing a cell fails; with it, it waits until they leave the
// cell. Cell-edit mode lasts for a time, not for a number of syncs.
describe("cell-edit mode", () => {
  const write = (host: ReturnType<typeof newHost>, options?: Excel.RunOptions) => {
    const batch = async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    };
    return options ? host.Excel.run(options, batch) : host.Excel.run(batch);
  };

  test("every request fails with InvalidOperationInCellEditMode while it lasts, and applies nothing", async () => {
    const host = newHost();
    host.simulate.cellEditMode(150);
    for (let i = 0; i < 3; i++) {
      const err = await rejection(write(host));
      expect(err.code).toBe("InvalidOperationInCellEditMode");
    }
    expect(host.workbook.value("Sheet1!A1")).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await write(host);
    expect(host.workbook.value("Sheet1!A1")).toBe("x");
  });

  test("with delayForCellEdit the request waits until the person leaves the cell", async () => {
    const host = newHost();
    host.simulate.cellEditMode(Infinity);
    let done = false;
    const pending = write(host, { delayForCellEdit: true }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    expect(host.workbook.value("Sheet1!A1")).toBe("");
    host.simulate.exitCellEdit();
    await pending;
    expect(host.workbook.value("Sheet1!A1")).toBe("x");
  });

  test("an Excel that ignores delayForCellEdit fails the request as without it", async () => {
    const host = newHost({ delayForCellEdit: false });
    host.simulate.cellEditMode(Infinity);
    const err = await rejection(write(host, { delayForCellEdit: true }));
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    host.simulate.exitCellEdit();
  });
});

describe("onChanged handlers of a deleted sheet", () => {
  test("end with the sheet: a new sheet of the same name starts without them", async () => {
    const host = newHost();
    const seen: string[] = [];
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("台账");
      ctx.workbook.worksheets.getItem("台账").onChanged.add(async (args) => {
        seen.push(args.address);
      });
      await ctx.sync();
    });
    const oldId = host.workbook.sheetInfo("台账").id;
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").delete();
      ctx.workbook.worksheets.add("台账");
      await ctx.sync();
    });
    expect(host.workbook.sheetInfo("台账").id).not.toBe(oldId);
    expect(host.runtime.sheetHandlers.get(oldId)).toBeUndefined();
    await host.simulate.userEdit("台账", "A1", [["x"]]);
    expect(seen).toEqual([]);
  });
});

// Office docs, "Work with worksheet events": onChanged args carry address, changeType, source and triggerSource.
describe("worksheet onChanged", () => {
  test("userEdit fires handlers with the edited address; add-in writes fire too with ThisLocalAddin", async () => {
    const host = newHost();
    const seen: {
      address: string;
      changeType: string;
      triggerSource: string;
      worksheetId: string;
      type: string;
    }[] = [];
    let sheetId = "";
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.load("id");
      s.onChanged.add(async (args) => {
        seen.push(args);
      });
      await ctx.sync();
      sheetId = s.id;
    });
    await host.simulate.userEdit("Sheet1", "B3:C3", [["已完成", 5]]);
    expect(seen).toEqual([
      expect.objectContaining({
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        address: "B3:C3",
        worksheetId: sheetId,
        triggerSource: "Unknown",
      }),
    ]);
    expect(host.workbook.values("Sheet1!B3:C3")).toEqual([["已完成", 5]]);
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D4").values = [["自己写的"]];
    });
    await host.simulate.settle();
    expect(seen[1]).toMatchObject({ address: "D4", triggerSource: "ThisLocalAddin" });
  });

  test("handlers can run Excel.run and read the changed range via args.getRange", async () => {
    const host = newHost();
    const got: unknown[] = [];
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        await host.Excel.run(async (c) => {
          const r = args.getRange(c);
          r.load("values");
          await c.sync();
          got.push(r.values);
        });
      });
    });
    await host.simulate.userEdit("Sheet1", "A2", [["=1+2"]]);
    expect(got).toEqual([[[3]]]);
  });

  test("userEdit respects a Stop list validation", async () => {
    const host = newHost();
    await host.Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "未启动,推进中,已完成,滞后" } };
      dv.errorAlert = { style: "Stop", title: "状态", message: "请从列表中选择", showAlert: true };
    });
    await expect(host.simulate.userEdit("Sheet1", "A2", [["随便"]])).rejects.toThrow("请从列表中选择");
    await host.simulate.userEdit("Sheet1", "A2", [["推进中"]]);
    expect(host.workbook.value("Sheet1!A2")).toBe("推进中");
  });
});
