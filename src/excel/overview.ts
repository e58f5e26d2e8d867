/** The overview (header progress, per-department bars) from the ledger's cells. One sync when intact. */
import { computeOverview } from "../core/overview/overview";
import { Overview } from "../core/overview/types";
import { Plan } from "../core/plan/types";
import { isLedgerError } from "./ledger-error";
import { readLedgerGrid } from "./ledger-grid";
import { runExcel } from "./run";

/** Null when the workbook has no ledger yet. */
export function readOverview(plan: Plan): Promise<Overview | null> {
  return runExcel(async (context) => {
    try {
      const read = await readLedgerGrid(context);
      return computeOverview(read.grid, plan, read.statuses);
    } catch (error) {
      if (isLedgerError(error) && error.code === "no-ledger") return null;
      throw error;
    }
  });
}
