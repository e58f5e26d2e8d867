import { NAMES, SHEETS } from "../../src/core/ledger/constants";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019 } from "./support/host";
import { columnOf, personRuns } from "./support/ledger";

// The status drop-down's source is "=TZ_Statuses": Excel refuses a list source naming an undefined name, so
// the name must exist before the rule is set — sheets, then names, then rules.
const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

const statusValidation = (host: ReturnType<typeof installHost>) =>
  host.workbook.dataValidations(L).filter((v) => v.type === "List");

test("生成台账 defines TZ_Statuses before the status drop-down that uses it", async () => {
  const host = installHost();
  const report = await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  expect(report.created).toBe(true);
  const status = columnOf(host, "状态");
  expect(statusValidation(host)).toEqual([
    expect.objectContaining({
      addresses: [`${status}6:${status}35`],
      rule: { list: expect.objectContaining({ source: `=${NAMES.statuses}` }) },
    }),
  ]);
});

test("更新台账 puts back a deleted TZ_Statuses before restoring the drop-down", async () => {
  const host = installHost();
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  const status = columnOf(host, "状态");
  await personRuns(host, (ctx) => {
    ctx.workbook.worksheets.getItem(L).getRange(`${status}6:${status}35`).dataValidation.clear();
    ctx.workbook.names.getItem(NAMES.statuses).delete();
  });
  const report = await applyLedger(plan2019(), {
    capabilities: CAPS,
    now: NOW,
    run: { retryDelayMs: 1 },
  });
  expect(report.repairs.map((r) => r.kind).sort()).toEqual(["data-validation", "named-range"]);
  expect(statusValidation(host)).toHaveLength(1);
  expect(host.workbook.names().map((n) => n.name)).toContain(NAMES.statuses);
});
