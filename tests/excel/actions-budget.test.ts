/** Round-trip budgets of the pane's actions, measured on the host: the same for 30 and 3,000 items. */
import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { Plan } from "../../src/core/plan/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";

interface Measured {
  validate: number;
  summaryCreate: number;
  summaryRefresh: number;
  overview: number;
  liveEdit: number;
  maxPayload: number;
  maxResponse: number;
}

async function measure(plan: Plan): Promise<Measured> {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  let maxPayload = 0;
  let maxResponse = 0;
  const syncs = async (action: () => Promise<unknown>): Promise<number> => {
    host.stats.reset();
    await action();
    await host.simulate.settle();
    maxPayload = Math.max(maxPayload, host.stats.maxPayloadBytes);
    maxResponse = Math.max(maxResponse, host.stats.maxResponseBytes);
    return host.stats.syncCount;
  };
  const validate = await syncs(() => api.validate());
  const summaryCreate = await syncs(() => api.refreshSummary());
  const summaryRefresh = await syncs(() => api.refreshSummary());
  const overview = await syncs(() => api.readOverview());
  const unsubscribe = await api.watchLedger(() => undefined);
  const liveEdit = await syncs(() =>
    host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 1, H.status), "推进中"),
  );
  await unsubscribe();
  return { validate, summaryCreate, summaryRefresh, overview, liveEdit, maxPayload, maxResponse };
}

describe("action budgets", () => {
  let small: Measured;
  let big: Measured;
  beforeAll(async () => {
    small = await measure(plan2019());
    big = await measure(synthesizePlan(3000, 1));
  }, 180_000);

  test("validate and overview: one sync; summary: two; a live-checked edit: two — for 30 and 3,000 items", () => {
    const expected = { validate: 1, summaryCreate: 2, summaryRefresh: 2, overview: 1, liveEdit: 2 };
    const { maxPayload: _a, maxResponse: _c, ...smallSyncs } = small;
    const { maxPayload: _b, maxResponse: _d, ...bigSyncs } = big;
    expect(smallSyncs).toEqual(expected);
    expect(bigSyncs).toEqual(expected);
  });

  test("requests stay small: they do not grow with the plan", () => {
    expect(big.maxPayload).toBe(small.maxPayload);
    expect(big.maxPayload).toBeLessThan(1024);
  });

  test("responses stay ≤ 2.5 MB at 3,000 items (the ledger body read by validate and overview)", () => {
    expect(big.maxResponse).toBeLessThan(2_500_000);
  });
});
