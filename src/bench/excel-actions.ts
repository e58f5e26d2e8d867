/**
 * Bench: the pane's Excel actions on the in-memory Excel host (src/testing/excel-host), for the 2019 plan and
 * a synthetic 3,000-item plan — round trips (syncs), queued operations and the largest request, which are
 * what an Office.js add-in pays for, and the largest response (the 5 MB limit applies to both). Each case builds the ledger first (not measured), then measures one
 * action: validate, refresh summary (create, then refresh), read overview, close a reporting round (started
 * in the preparation; budget ≤ 2 syncs), one live-checked edit.
 * `actionMs` is the measured action's wall time; the runner's `wallMs` includes building the ledger.
 */
import { readFileSync } from "node:fs";
import { synthesizePlan } from "../core/plan/synthetic";
import { Plan } from "../core/plan/types";
import { LEDGER_HEADERS, SHEETS } from "../core/ledger/constants";
import { createLedgerApi } from "../excel/ledger-api";
import type { LedgerApi } from "../excel/api";
import { ExcelHost, createExcelHost, installExcelHost } from "../testing/excel-host";
import { columnLetter } from "../core/ledger/a1";
import { PLAN_2019 } from "./paths";
import { BenchCase } from "./types";

const PLANS: { name: string; load: () => Plan }[] = [
  { name: "cnipa-2019", load: () => JSON.parse(readFileSync(PLAN_2019, "utf8")) as Plan },
  { name: "synthetic-3000", load: () => synthesizePlan(3000, 1) },
];

type Action = (api: LedgerApi, host: ExcelHost) => Promise<unknown>;

/** Sheet address of the 状态 cell of the ledger's first body row. */
function firstStatusCell(host: ExcelHost): string {
  const headers = host.workbook.values(`${SHEETS.ledger}!A5:ZZ5`)[0];
  return `${columnLetter(headers.indexOf(LEDGER_HEADERS.status) + 1)}6`;
}

/** `maxSyncs`: the action's budget (issue 14: a round's snapshot of 3,000 tasks in ≤ 2 syncs). */
const ACTIONS: { bench: string; prepare?: Action; run: Action; maxSyncs?: number }[] = [
  { bench: "excel-validate", run: (api) => api.validate() },
  { bench: "excel-summary-create", run: (api) => api.refreshSummary() },
  {
    bench: "excel-summary-refresh",
    prepare: (api) => api.refreshSummary(),
    run: (api) => api.refreshSummary(),
  },
  { bench: "excel-overview", run: (api) => api.readOverview() },
  {
    bench: "excel-round-close",
    prepare: (api) => api.startRound("2019年第三季度", "2019-09-25"),
    run: (api) => api.closeRound(),
    maxSyncs: 2,
  },
  {
    bench: "excel-watch-edit",
    prepare: (api) => api.watchLedger(() => undefined),
    run: (_api, host) => host.simulate.userEdit(SHEETS.ledger, firstStatusCell(host), "推进中"),
  },
];

function actionCase(action: (typeof ACTIONS)[number], plan: (typeof PLANS)[number]): BenchCase {
  return {
    id: `${action.bench}:${plan.name}`,
    async run() {
      const host = createExcelHost({ autoStart: false });
      installExcelHost(globalThis, host);
      const p = plan.load();
      const api = createLedgerApi({ plan: p, now: () => new Date("2019-07-01T09:00:00") });
      await api.createOrUpdate();
      if (action.prepare) await action.prepare(api, host);
      await host.simulate.settle();
      host.stats.reset();
      const t0 = performance.now();
      await action.run(api, host);
      await host.simulate.settle();
      const actionMs = performance.now() - t0;
      return {
        bench: action.bench,
        plan: plan.name,
        items: p.items.length,
        syncs: host.stats.syncCount,
        operations: host.stats.operations,
        maxPayloadBytes: host.stats.maxPayloadBytes,
        maxResponseBytes: host.stats.maxResponseBytes,
        actionMs: Math.round(actionMs),
        ...(action.maxSyncs === undefined
          ? {}
          : { maxSyncs: action.maxSyncs, withinBudget: host.stats.syncCount <= action.maxSyncs }),
      };
    },
  };
}

export const benches: BenchCase[] = ACTIONS.flatMap((a) => PLANS.map((p) => actionCase(a, p)));
