/** Issue 14's budget: 结束本轮 snapshots 3,000 tasks in ≤ 2 syncs on the host, each request under 2.5 MB. */
import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { ROUND_SHEETS } from "../../src/core/rounds/constants";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { installHost } from "./support/host";
import { itemAddress } from "./support/ledger";

test("closing a round of 3,000 tasks: two syncs, the snapshot complete", async () => {
  const host = installHost();
  const plan = synthesizePlan(3000, 1);
  const api = createLedgerApi({ plan, now: () => new Date("2019-09-30T04:00:00Z") });
  await api.createOrUpdate();
  await api.startRound("2019年第三季度", "2019-09-25");
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 3000, H.progress), [["最后一项的进展"]]);
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 1, H.due), [["2019-06-30"]]);

  host.stats.reset();
  await api.closeRound();
  const { syncCount, maxPayloadBytes, maxResponseBytes } = host.stats;
  console.log(
    `close 3,000: ${syncCount} syncs, request ${maxPayloadBytes} B, response ${maxResponseBytes} B`,
  );
  expect(syncCount).toBeLessThanOrEqual(2);
  expect(maxPayloadBytes).toBeLessThan(2_500_000);
  expect(maxResponseBytes).toBeLessThan(2_500_000);
  const log = host.workbook.values(`${ROUND_SHEETS.history}!A3:P3002`);
  expect(log.filter((r) => r[2] === "本轮结束快照")).toHaveLength(3000);
  const last = log.find((r) => r[3] === 3000)!;
  expect(last).toContain("最后一项的进展");
  const first = log.find((r) => r[3] === 1)!;
  expect(first).toContain("逾期"); // due 2019-06-30, not done, closed 2019-09-30
  expect(host.workbook.text(`${ROUND_SHEETS.history}!B3`)[0][0]).toBe("2019-09-30");
  expect((await api.readRoundReport()).round?.closedAt).toBe("2019-09-30");
}, 180_000);
