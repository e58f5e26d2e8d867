/**
 * A co-author's edit (onChanged source "Remote"): live checks re-validate it but do not stamp 更新时间 — the
 * co-author's own copy of the add-in stamps it (docs/excel-adapter.md, Live checks).
 */
import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ValidationReport } from "../../src/core/validation/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { excelSerial } from "../../src/excel/watch";
import { installHost, plan2019 } from "./support/host";
import { itemAddress, itemValue } from "./support/ledger";

const plan = plan2019();
const NOW = new Date(2024, 4, 6, 10, 30);

test("a co-author's status edit is re-validated here, not stamped; a local edit is stamped", async () => {
  const host = installHost();
  const errors: unknown[] = [];
  const api = createLedgerApi({ plan, now: () => NOW, onWatchError: (e) => errors.push(e) });
  await api.createOrUpdate();
  const reports: ValidationReport[] = [];
  await api.watchLedger((r) => reports.push(r));
  host.stats.reset();

  await host.simulate.remoteEdit(SHEETS.ledger, itemAddress(host, 3, H.status), "完成");
  await host.simulate.settle();
  expect(itemValue(host, 3, H.updated)).toBe("");
  expect(reports).toHaveLength(1);
  expect(reports[0].findings.map((f) => [f.kind, f.item])).toEqual([
    ["invalid-status", 3],
    ["done-without-progress", 3],
  ]);
  expect(host.stats.syncCount).toBe(1); // read the changed row; no stamp written

  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 4, H.status), "推进中");
  await host.simulate.settle();
  expect(itemValue(host, 4, H.updated)).toBeCloseTo(excelSerial(NOW), 8);
  expect(errors).toEqual([]);
});
