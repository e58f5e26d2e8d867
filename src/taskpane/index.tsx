/** Task pane entry (webpack "taskpane"): office.js is loaded by taskpane.html before this script. */
import { createLedgerApi } from "./boot";
import { start } from "./start";

const container = document.getElementById("container");
if (container) {
  void start(
    container,
    { Office: typeof Office === "undefined" ? undefined : Office, language: navigator.language },
    createLedgerApi,
  );
}
