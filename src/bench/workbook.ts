/** Bench: build the ledger spec and write the .xlsx, for the 2019 plan and a synthetic 10,000-item plan. */
import { readFileSync } from "node:fs";
import { buildLedgerSpec } from "../core/ledger/build";
import { synthesizePlan } from "../core/plan/synthetic";
import { Plan } from "../core/plan/types";
import { DEFAULT_STATUSES } from "../core/status/statuses";
import { useChunkedXml } from "../xlsx/node/chunked-xml";
import { writeLedgerXlsx } from "../xlsx/write";
import { PLAN_2019 } from "./paths";
import { BenchCase } from "./types";

/** `chunked`: ExcelJS renders sheet XML in chunks (src/xlsx/node/chunked-xml.ts), as the CLI should. */
function writeCase(
  id: string,
  planName: string,
  load: () => Plan,
  nodeArgs?: string[],
  chunked = true,
): BenchCase {
  return {
    id,
    nodeArgs,
    async run() {
      const chunkedXml = chunked && useChunkedXml();
      const plan = load();
      const t0 = performance.now();
      const spec = buildLedgerSpec(plan, {
        statuses: DEFAULT_STATUSES,
        copyDepartment: null,
        generatedAt: null,
      });
      const specMs = performance.now() - t0;
      const bytes = await writeLedgerXlsx(spec);
      return {
        bench: "workbook-write",
        plan: planName,
        items: plan.items.length,
        assignments: spec.layout.assignments.bodyRows,
        specMs: Math.round(specMs),
        bytes: bytes.length,
        chunkedXml,
      };
    },
  };
}

export const benches: BenchCase[] = [
  writeCase(
    "workbook-write:cnipa-2019",
    "cnipa-2019",
    () => JSON.parse(readFileSync(PLAN_2019, "utf8")) as Plan,
  ),
  writeCase("workbook-write:synthetic-10000", "synthetic-10000", () => synthesizePlan(10000, 1)),
  // For comparison: ExcelJS's own XML rendering (one array of small strings per sheet, joined at the end).
  writeCase(
    "workbook-write:synthetic-10000:unchunked",
    "synthetic-10000",
    () => synthesizePlan(10000, 1),
    undefined,
    false,
  ),
  // ExcelJS holds the whole workbook model and its XML in memory; V8 grows the heap lazily. With a heap cap
  // the same write collects earlier: this case shows the live peak rather than V8's slack.
  writeCase("workbook-write:synthetic-10000:heap-cap", "synthetic-10000", () => synthesizePlan(10000, 1), [
    "--max-old-space-size=420",
  ]),
];
