/**
 * Which plan the open workbook's ledger belongs to (设置's 计划标识 and 计划标题), read in the same sync as the
 * ledger itself: queue the read before readLedgerGrid, look at it after.
 */
import { SETTINGS_LAYOUT, SHEETS } from "../core/ledger/constants";
import { WorkbookPlan, workbookPlanFromSettings } from "../core/validation/plan-check";
import { toGridRows } from "./ledger-grid";

/** Rows of the metadata block read (label and value columns); the block has fewer rows than this. */
const META_ROWS = 16;

/**
 * Queues a read of 设置's metadata block and returns a function that gives the plan it names once a sync has
 * run. When that sync failed (设置 or the ledger table is missing, and readLedgerGrid fell back to its
 * careful read) the block was never read: the function then returns null ("cannot tell") and adds no sync.
 */
export function queueWorkbookPlanRead(context: Excel.RequestContext): () => WorkbookPlan | null {
  const T = SETTINGS_LAYOUT;
  const range = context.workbook.worksheets
    .getItem(SHEETS.settings)
    .getRangeByIndexes(T.firstStatusRow - 1, T.metaLabelCol - 1, META_ROWS, 2)
    .load("values");
  return () => {
    let values: unknown;
    try {
      values = range.values;
    } catch {
      return null;
    }
    return Array.isArray(values) ? workbookPlanFromSettings(toGridRows(values as unknown[][])) : null;
  };
}
