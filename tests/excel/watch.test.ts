import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { STAMP_FORMAT, excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { itemAddress, itemValue } from "./support/ledger";

const plan = plan2019();
const NOW = new Date(2024, 4, 6, 10, 30);

async function watched() {
  const host = installHost();
  const errors: unknown[] = [];
  const api = createLedgerApi({ plan, now: () => NOW, onWatchError: (e) => errors.push(e) });
  await api.createOrUpdate();
  const reports: ValidationReport[] = [];
  const unsubscribe = await api.watchLedger((r) => reports.push(r));
  host.stats.reset();
  return { host, api, reports, unsubscribe, errors };
}

describe("watchLedger", () => {
  it("stamps 更新时间 when a status changes, re-validates, and ignores its own stamp", async () => {
    const { host, reports, errors } = await watched();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "推进中");
    await host.simulate.settle();
    expect(itemValue(host, 5, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    expect(host.workbook.format(`${SHEETS.ledger}!${itemAddress(host, 5, H.updated)}`).numberFormat).toBe(
      STAMP_FORMAT,
    );
    expect(host.workbook.text(`${SHEETS.ledger}!${itemAddress(host, 5, H.updated)}`)[0][0]).toBe(
      "2024-05-06 10:30",
    );
    expect(itemValue(host, 6, H.updated)).toBe("");
    expect(reports).toHaveLength(1); // the stamp's own change event did not re-trigger
    expect(reports[0]).toEqual({ findings: [], normalisations: [] });
    expect(host.stats.syncCount).toBe(2); // read the changed row, write the stamp
    expect(errors).toEqual([]);
  });

  it("stamps when progress changes; does not stamp other columns or unchanged values", async () => {
    const { host, reports } = await watched();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 7, H.progress), "已起草");
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 8, H.contact), "张三");
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 9, H.status), "未启动"); // same as before
    await host.simulate.settle();
    expect(itemValue(host, 7, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    expect(itemValue(host, 8, H.updated)).toBe("");
    expect(itemValue(host, 9, H.updated)).toBe("");
    expect(reports).toHaveLength(3);
  });

  it("reports a pasted invalid status and stamps every pasted row in one write", async () => {
    const { host, reports } = await watched();
    const first = itemAddress(host, 10, H.status);
    const last = itemAddress(host, 12, H.status);
    await host.simulate.userPaste(SHEETS.ledger, `${first}:${last}`, [["推进中"], ["完成"], ["滞后"]]);
    await host.simulate.settle();
    for (const no of [10, 11, 12]) expect(itemValue(host, no, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    const stampWrites = host.stats.syncs.flatMap((s) => s.labels).filter((l) => l === "Range.values(set)");
    expect(stampWrites).toHaveLength(1);
    const report = reports[reports.length - 1];
    expect(report.findings.map((f) => [f.kind, f.item])).toEqual([
      ["invalid-status", 11],
      ["done-without-progress", 11],
    ]);
    expect(report.normalisations.map((n) => [n.item, n.to])).toEqual([[11, "已完成"]]);
  });

  it("does not stamp the add-in's own writes (normalisations)", async () => {
    const { host, api, reports } = await watched();
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 14, H.status)}`, [["进行中"]]);
    const report = await api.validate();
    await api.applyNormalisations(report.normalisations);
    await host.simulate.settle();
    expect(itemValue(host, 14, H.status)).toBe("推进中");
    expect(itemValue(host, 14, H.updated)).toBe("");
    expect(reports[reports.length - 1]).toEqual({ findings: [], normalisations: [] });
  });

  it("re-reads the whole ledger after rows are deleted", async () => {
    const { host, reports } = await watched();
    await host.Excel.run(async (ctx) => {
      const row = itemAddress(host, 3, H.no).replace(/^[A-Z]+/, "");
      ctx.workbook.worksheets.getItem(SHEETS.ledger).getRange(`${row}:${row}`).delete("Up");
      await ctx.sync();
    });
    await host.simulate.settle();
    expect(reports[reports.length - 1].findings.map((f) => [f.kind, f.item])).toEqual([["missing-item", 3]]);
  });

  it("re-validates a co-author's (Remote) edit without stamping it", async () => {
    const { host, reports } = await watched();
    const cell = itemAddress(host, 15, H.status);
    host.workbook.seed(`${SHEETS.ledger}!${cell}`, [["完成"]]); // arrives from the co-author's session
    const sheetId = host.workbook.sheetInfo(SHEETS.ledger).id;
    const [handler] = [...(host.runtime.sheetHandlers.get(sheetId) ?? [])];
    await handler({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Remote",
      address: cell,
      worksheetId: sheetId,
      triggerSource: "Unknown",
      getRange: () => null,
      getRangeOrNullObject: () => null,
    });
    expect(itemValue(host, 15, H.updated)).toBe("");
    expect(reports[reports.length - 1].findings.map((f) => [f.kind, f.item])).toEqual([
      ["invalid-status", 15],
      ["done-without-progress", 15],
    ]);
  });

  it("unsubscribes: the handler is removed and later edits go unnoticed", async () => {
    const { host, reports, unsubscribe } = await watched();
    const sheetId = host.workbook.sheetInfo(SHEETS.ledger).id;
    expect(host.runtime.sheetHandlers.get(sheetId)?.size).toBe(1);
    await unsubscribe();
    expect(host.runtime.sheetHandlers.get(sheetId)?.size ?? 0).toBe(0);
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "推进中");
    await host.simulate.settle();
    expect(reports).toEqual([]);
    expect(itemValue(host, 5, H.updated)).toBe("");
  });
});
