/**
 * Bench: the Office.js writer on the in-memory Excel host — creating the ledger, then updating it after one
 * typed cell — for the 2019 plan and a synthetic 3,000-item plan. Reports syncs, queued operations and the
 * largest request and response of a sync (Excel on the web refuses either over 5 MB; the goal is 2.5 MB).
 */
import { readFileSync } from "node:fs";
import { synthesizePlan } from "../core/plan/synthetic";
import { Plan } from "../core/plan/types";
import { applyLedger } from "../excel/apply";
import { createExcelHost, installExcelHost } from "../testing/excel-host";
import { PLAN_2019 } from "./paths";
import { BenchCase } from "./types";

const CAPS = { pivotTables: true, dataValidation: true };
const NOW = () => new Date("2019-05-01T08:00:00Z");

function applyCase(mode: "create" | "update", planName: string, load: () => Plan): BenchCase {
  return {
    id: `excel-${mode}:${planName}`,
    async run() {
      const plan = load();
      const host = createExcelHost({ autoStart: false });
      installExcelHost(globalThis, host);
      if (mode === "update") {
        await applyLedger(plan, { capabilities: CAPS, now: NOW });
        await host.simulate.userEdit("台账", "AD6", [["已推进"]]);
        host.stats.reset();
      }
      const t0 = performance.now();
      const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
      const applyMs = performance.now() - t0;
      return {
        bench: `excel-${mode}`,
        plan: planName,
        items: plan.items.length,
        syncs: host.stats.syncCount,
        operations: host.stats.operations,
        maxPayloadBytes: host.stats.maxPayloadBytes,
        maxResponseBytes: host.stats.maxResponseBytes,
        rowsWritten: report.rowsWritten,
        applyMs: Math.round(applyMs),
      };
    },
  };
}

const load2019 = () => JSON.parse(readFileSync(PLAN_2019, "utf8")) as Plan;
const load3000 = () => synthesizePlan(3000, 1);

export const benches: BenchCase[] = [
  applyCase("create", "cnipa-2019", load2019),
  applyCase("create", "synthetic-3000", load3000),
  applyCase("update", "cnipa-2019", load2019),
  applyCase("update", "synthetic-3000", load3000),
];
