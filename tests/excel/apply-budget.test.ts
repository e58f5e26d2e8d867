import { synthesizePlan } from "../../src/core/plan/synthetic";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost } from "./support/host";
import { itemAddress, itemValue } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
/** Half of Excel on the web's 5 MB, per request and per response (issue 11). */
const LIMIT = 2_500_000;

interface Measured {
  syncs: number;
  operations: number;
  maxPayload: number;
  maxResponse: number;
}

async function measure(items: number): Promise<{ create: Measured; update: Measured }> {
  const host = installHost();
  const plan = synthesizePlan(items);
  const take = (): Measured => ({
    syncs: host.stats.syncCount,
    operations: host.stats.operations,
    maxPayload: host.stats.maxPayloadBytes,
    maxResponse: host.stats.maxResponseBytes,
  });
  await applyLedger(plan, { capabilities: CAPS, now: NOW });
  const create = take();
  expect(host.stats.tableRowAdds).toBe(0);
  await host.simulate.userEdit("台账", itemAddress(host, items, "进展情况"), [["已推进"]]);
  await host.simulate.userEdit("台账", `${itemAddress(host, 1, "存在问题及下步计划")}`, [["无"]]);
  host.stats.reset();
  const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
  expect(report.repairs).toEqual([]);
  expect(itemValue(host, items, "进展情况")).toBe("已推进");
  return { create, update: take() };
}

describe("budgets (measured on the host)", () => {
  let small: { create: Measured; update: Measured };
  let big: { create: Measured; update: Measured };
  beforeAll(async () => {
    small = await measure(30);
    big = await measure(3000);
  }, 120_000);

  test("syncs: create 2 (more at 3,000 items: requests ≤ 2.5 MB), update 4 for both sizes", () => {
    // At 3,000 items the cells and the plan's own JSON (about 1 MB, on its hidden sheet) take the create
    // past one request; the update's read is two syncs whatever the size (discover, read × 2, write).
    expect(small.create.syncs).toBe(2);
    expect(big.create.syncs).toBeLessThanOrEqual(4);
    expect(small.update.syncs).toBeLessThanOrEqual(4);
    expect(big.update.syncs).toBe(small.update.syncs);
  });

  test("operations grow with columns and sections, not rows: 3,000 items queue ≤ 1.5× the 30-item ledger", () => {
    expect(big.create.operations).toBeLessThanOrEqual(1.5 * small.create.operations);
    expect(big.update.operations).toBeLessThanOrEqual(1.5 * small.update.operations);
  });

  test("no request and no response over 2.5 MB at 3,000 items", () => {
    expect(big.create.maxPayload).toBeLessThan(LIMIT);
    expect(big.update.maxPayload).toBeLessThan(LIMIT);
    expect(big.create.maxResponse).toBeLessThan(LIMIT);
    expect(big.update.maxResponse).toBeLessThan(LIMIT);
  });
});

test("a write larger than one request is split by rows over more syncs, and lands whole", async () => {
  const host = installHost({ payloadLimitBytes: 400_000 });
  const plan = synthesizePlan(600);
  await applyLedger(plan, { capabilities: CAPS, now: NOW, requestLimitBytes: 300_000 });
  expect(host.stats.syncCount).toBeGreaterThan(2);
  expect(host.stats.maxPayloadBytes).toBeLessThanOrEqual(400_000);
  expect(itemValue(host, 600, "工作任务")).toBe(plan.items[599].text);
  expect(host.workbook.tables().find((t) => t.name === "TZ_Ledger")?.rowCount).toBe(600);
});
