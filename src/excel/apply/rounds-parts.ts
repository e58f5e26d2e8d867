/**
 * What an update needs of the reporting rounds, in one module loaded only when the workbook has rounds (or a
 * round is being started): the sheets' builder, the reader and the change. A ledger without rounds — and the
 * pane's first load — carries none of it.
 */
export { roundSheets } from "../../core/rounds/round-sheets";
export { roundsFromState } from "../rounds/read";
export { changedRounds } from "./rounds-change";
