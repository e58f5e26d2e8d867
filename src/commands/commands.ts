/**
 * Function file for ribbon commands (manifest FunctionFile → commands.html). ShowTaskpane needs no code;
 * ExecuteFunction buttons are associated here by their manifest FunctionName.
 *
 * Associated at the top level, as Microsoft's FunctionFile example does
 * (https://learn.microsoft.com/en-us/javascript/api/manifest/functionfile): Excel loads this file when the
 * button is clicked and dispatches the click right away, possibly before Office.onReady has resolved — an
 * association made inside onReady could miss it. The handler itself waits for Office before touching Excel.
 */
import { createLedgerApi } from "../excel/ledger-api";
import { refreshSummaryCommand } from "./refresh-summary";

Office.onReady(() => undefined);

Office.actions.associate("refreshSummary", (event: Office.AddinCommands.Event) =>
  refreshSummaryCommand(
    event,
    () => createLedgerApi(),
    () => Office.onReady(),
  ),
);
