/** Everything the rounds add to a master ledger's spec: their sheets and the summary's 本轮 columns. */
import { SummaryExtraColumn } from "../ledger/summary-deadline";
import { LedgerSettings, SheetSpec } from "../ledger/types";
import { Plan } from "../plan/types";
import { historySheet } from "./history-sheet";
import { previousColumns, previousSheet } from "./previous-sheet";
import { roundsDataSheet, statusSheet } from "./status-sheet";

export function roundSheets(
  plan: Plan,
  settings: LedgerSettings,
  bodyRows: number,
): { sheets: SheetSpec[]; summaryColumns: SummaryExtraColumn[] } {
  const state = settings.rounds;
  if (!state || state.rounds.length === 0 || settings.copyDepartment !== null) {
    return { sheets: [], summaryColumns: [] };
  }
  return {
    sheets: [
      statusSheet(plan, state),
      historySheet(state.history),
      roundsDataSheet(state),
      previousSheet(plan.items, state, settings.statuses),
    ],
    summaryColumns: previousColumns(settings.statuses, bodyRows),
  };
}
