/** The overview (header progress, per-department bars) from the ledger's cells. One sync when intact. */
import { computeOverview } from "../core/overview/overview";
import { Overview } from "../core/overview/types";
import { Plan } from "../core/plan/types";
import { OTHER_PLAN_NEXT_STEP, otherPlanMessage } from "../core/validation/messages";
import { planId } from "../core/ledger/plan-id";
import { LedgerError, isLedgerError } from "./ledger-error";
import { readLedgerGrid } from "./ledger-grid";
import { runExcel } from "./run";
import { queueWorkbookPlanRead } from "./workbook-plan";

/**
 * Null when the workbook has no ledger yet. A ledger of another plan (its 计划标识 differs) is not counted
 * against this plan's items: that is a LedgerError "other-plan" saying so.
 */
export function readOverview(plan: Plan): Promise<Overview | null> {
  return runExcel(async (context) => {
    const workbookPlan = queueWorkbookPlanRead(context);
    try {
      const read = await readLedgerGrid(context);
      const theirs = workbookPlan();
      if (theirs?.id && theirs.id !== planId(plan)) {
        throw new LedgerError(
          "other-plan",
          otherPlanMessage(theirs.title, theirs.id, plan.title, planId(plan)),
          OTHER_PLAN_NEXT_STEP,
        );
      }
      return computeOverview(read.grid, plan, read.statuses);
    } catch (error) {
      if (isLedgerError(error) && error.code === "no-ledger") return null;
      throw error;
    }
  });
}
