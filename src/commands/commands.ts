/**
 * Function file for ribbon commands (manifest FunctionFile → commands.html). ShowTaskpane needs no code;
 * ExecuteFunction buttons are associated here by their manifest FunctionName.
 */
import { createLedgerApi } from "../excel/ledger-api";
import { refreshSummaryCommand } from "./refresh-summary";

Office.onReady(() => {
  Office.actions.associate("refreshSummary", (event: Office.AddinCommands.Event) =>
    refreshSummaryCommand(event, () => createLedgerApi()),
  );
});
