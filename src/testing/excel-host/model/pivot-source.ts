/** The pivot cache: a snapshot of the source table's or range's evaluated values. */
import { hostError } from "../errors";
import { CellError } from "../formula/values";
import type { PivotValue } from "./pivot-labels";
import type { PivotModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

/** Snapshot of the source's evaluated values (the pivot cache). */
export function readPivotSource(model: WorkbookModel, p: PivotModel): PivotModel["cache"] {
  let sheetId: string;
  let rect;
  if (p.source.kind === "table") {
    const tableId = p.source.tableId;
    const t = model.tables.find((x) => x.id === tableId);
    if (!t)
      throw hostError(
        "InvalidReference",
        `The PivotTable source table no longer exists.`,
        "PivotTable.refresh",
      );
    sheetId = t.sheetId;
    rect = t.rect;
  } else {
    sheetId = p.source.sheetId;
    rect = p.source.rect;
  }
  const rows: PivotValue[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: PivotValue[] = [];
    for (let j = 0; j < rect.cols; j++) {
      const v = model.cellValue(sheetId, rect.row + i, rect.col + j);
      row.push(v instanceof CellError ? v.code : v);
    }
    rows.push(row);
  }
  const headers = (rows.shift() ?? []).map((h, j) => (h === null || h === "" ? `列${j + 1}` : String(h)));
  return { headers, records: rows };
}
