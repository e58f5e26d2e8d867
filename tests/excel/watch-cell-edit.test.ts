import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { itemAddress, itemValue } from "./support/ledger";

// "Delay execution while cell is being edited": a batch made while the person is typing in a cell fails
// unless Excel.run is given { delayForCellEdit: true } (Excel.RunOptions,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions). People go on typing in the next
// cell right after changing a status, for longer than a couple of seconds.
const plan = plan2019();
const NOW = new Date(2024, 4, 6, 10, 30);

async function watched(options: Parameters<typeof installHost>[0] = {}) {
  const host = installHost(options);
  const errors: unknown[] = [];
  const api = createLedgerApi({ plan, now: () => NOW, onWatchError: (e) => errors.push(e) });
  await api.createOrUpdate();
  const reports: ValidationReport[] = [];
  await api.watchLedger((r) => reports.push(r));
  return { host, reports, errors };
}

describe("live checks while the person keeps typing", () => {
  it("stamps 更新时间 once the person leaves the next cell, however long they type there", async () => {
    const { host, reports, errors } = await watched();
    // Enter on the status cell, then straight on typing in the next cell for 2.5 s.
    host.simulate.cellEditMode(2_500);
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.status), "推进中");
    await host.simulate.settle();
    expect(errors).toEqual([]);
    expect(itemValue(host, 5, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
    expect(reports).toHaveLength(1);
  });

  it("on an Excel that ignores delayForCellEdit, still stamps after a short wait", async () => {
    const { host, errors } = await watched({ delayForCellEdit: false });
    host.simulate.cellEditMode(1_200);
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 6, H.status), "推进中");
    await host.simulate.settle();
    expect(errors).toEqual([]);
    expect(itemValue(host, 6, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  });
});
