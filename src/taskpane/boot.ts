/**
 * The single place the pane gets its LedgerApi (the Office.js adapter in src/excel). Kept apart so the entry,
 * tests and the browser harness can swap the factory without touching the pane.
 */
export { createLedgerApi } from "../excel/ledger-api";
