/** A fill-in row with every cell blank. */
import { FILLED_FIELDS } from "./constants";
import { FilledRow } from "./types";

export function emptyFilledRow(): FilledRow {
  return Object.fromEntries(FILLED_FIELDS.map((f) => [f, null])) as unknown as FilledRow;
}
