import { synthesizePlan } from "../../src/core/plan/synthetic";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost } from "./support/host";
import { itemAddress } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
const LIMIT = 5 * 1024 * 1024;

async function measure(items: number) {
  const host = installHost();
  const plan = synthesizePlan(items);
  const t0 = Date.now();
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const create = {
    syncs: host.stats.syncCount,
    operations: host.stats.operations,
    maxPayload: host.stats.maxPayloadBytes,
    ms: Date.now() - t0,
    rowAdds: host.stats.tableRowAdds,
  };
  await host.simulate.userEdit("台账", itemAddress(host, items, "进展情况"), [["已推进"]]);
  host.stats.reset();
  const t1 = Date.now();
  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const update = {
    syncs: host.stats.syncCount,
    operations: host.stats.operations,
    maxPayload: host.stats.maxPayloadBytes,
    ms: Date.now() - t1,
    report,
  };
  return { create, update };
}

test("budgets", async () => {
  const small = await measure(30);
  const big = await measure(3000);
  console.log(JSON.stringify({ small, big }, null, 1));
  expect(small.create.syncs).toBeLessThanOrEqual(2);
  expect(big.create.syncs).toBeLessThanOrEqual(2);
  expect(big.create.operations).toBeLessThanOrEqual(1.5 * small.create.operations);
  expect(big.create.maxPayload).toBeLessThan(LIMIT);
  expect(small.update.syncs).toBeLessThanOrEqual(3);
  expect(big.update.syncs).toBeLessThanOrEqual(3);
}, 120000);
