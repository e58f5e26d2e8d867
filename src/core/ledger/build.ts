/** buildLedgerSpec: a plan + settings -> the whole ledger workbook as data, rounds included. Pure. */
import { Plan } from "../plan/types";
import { roundSheets } from "../rounds/round-sheets";
import { buildLedgerSpecWith } from "./build-spec";
import { LedgerSettings, LedgerSpec } from "./types";

export { reorderItems, safeFileName } from "./build-spec";

export function buildLedgerSpec(plan: Plan, settings: LedgerSettings): LedgerSpec {
  return buildLedgerSpecWith(plan, settings, roundSheets);
}
