/** The cells a merge result writes into the open workbook (pure; no ExcelJS). */
import { FILLED_FIELDS } from "../../../core/ledger/constants";
import type { MergeResult } from "../../../core/merge/types";
import type { MergeCellChange } from "../../../excel/api";

/**
 * One change per cell taken into the master (several copies agreeing on a cell are one change), with the value
 * the master held when the merge was computed; in item order, fields in ledger order.
 */
export function mergeChanges(result: MergeResult): MergeCellChange[] {
  const byCell = new Map<string, MergeCellChange>();
  for (const event of result.report.events) {
    if (event.outcome !== "taken" || event.no === null) continue;
    const key = `${event.no}\u0000${event.field}`;
    if (!byCell.has(key)) {
      byCell.set(key, { no: event.no, field: event.field, before: event.before, after: event.after });
    }
  }
  const order = (field: MergeCellChange["field"]) => FILLED_FIELDS.indexOf(field);
  return [...byCell.values()].sort((a, b) => a.no - b.no || order(a.field) - order(b.field));
}
