import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { itemAddress, itemValue, personRuns } from "./support/ledger";

// An onChanged handler belongs to the worksheet it was added on: when 台账 is deleted and 生成/更新台账 makes a
// new one, the old handler hears nothing. The live checks must follow the ledger onto the new sheet.
const plan = plan2019();
const NOW = new Date(2024, 4, 6, 10, 30);

async function watched() {
  const host = installHost();
  const errors: unknown[] = [];
  const api = createLedgerApi({ plan, now: () => NOW, onWatchError: (e) => errors.push(e) });
  await api.createOrUpdate();
  const reports: ValidationReport[] = [];
  const unsubscribe = await api.watchLedger((r) => reports.push(r));
  return { host, api, reports, errors, unsubscribe };
}

describe("live checks after 台账 is recreated", () => {
  it("follow the ledger onto the new 台账 sheet made by 生成/更新台账", async () => {
    const { host, api, reports, errors } = await watched();
    await personRuns(host, (ctx) => ctx.workbook.worksheets.getItem(SHEETS.ledger).delete());
    const report = await api.createOrUpdate();
    expect(report.repairs.map((r) => r.message)).toContain(`补回工作表“${SHEETS.ledger}”`);
    await host.simulate.settle();
    reports.length = 0;

    await host.simulate.userPaste(SHEETS.ledger, itemAddress(host, 5, H.status), "完成");
    await host.simulate.settle();
    expect(errors).toEqual([]);
    expect(itemValue(host, 5, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[reports.length - 1].findings.map((f) => [f.kind, f.item])).toContainEqual([
      "invalid-status",
      5,
    ]);
  });

  it("follow it after a repair that keeps the sheet, without a second handler", async () => {
    const { host, api, reports } = await watched();
    await api.createOrUpdate();
    await host.simulate.settle();
    const sheetId = host.workbook.sheetInfo(SHEETS.ledger).id;
    expect(host.runtime.sheetHandlers.get(sheetId)?.size).toBe(1);
    reports.length = 0;
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 7, H.status), "推进中");
    await host.simulate.settle();
    expect(reports).toHaveLength(1);
    expect(itemValue(host, 7, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  });

  it("unsubscribing after a recreate removes the handler from the new sheet", async () => {
    const { host, api, reports, unsubscribe } = await watched();
    await personRuns(host, (ctx) => ctx.workbook.worksheets.getItem(SHEETS.ledger).delete());
    await api.createOrUpdate();
    await host.simulate.settle();
    await unsubscribe();
    const sheetId = host.workbook.sheetInfo(SHEETS.ledger).id;
    expect(host.runtime.sheetHandlers.get(sheetId)?.size ?? 0).toBe(0);
    reports.length = 0;
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "推进中");
    await host.simulate.settle();
    expect(reports).toEqual([]);
  });
});
