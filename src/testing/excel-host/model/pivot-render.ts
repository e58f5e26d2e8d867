/** Writing a PivotTable's report into its sheet: clears what it rendered before, refuses to overwrite cells. */
import { cellKey } from "../address";
import { hostError } from "../errors";
import { computePivot } from "./pivot-compute";
import type { PivotModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

/** Re-renders the pivot's cells at its anchor, clearing what it rendered before. */
export function renderPivot(model: WorkbookModel, p: PivotModel): void {
  const sheet = model.sheetById(p.sheetId);
  if (p.rendered) {
    for (let i = 0; i < p.rendered.rows; i++)
      for (let j = 0; j < p.rendered.cols; j++)
        sheet.cells.delete(cellKey(p.rendered.row + i, p.rendered.col + j));
  }
  const grid = computePivot(p, model.locale);
  const rows = grid.cells.length;
  const cols = Math.max(1, ...grid.cells.map((r) => r.length));
  const rect = { row: p.anchor.row, col: p.anchor.col, rows: Math.max(rows, 1), cols };
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      if (sheet.cells.has(cellKey(rect.row + i, rect.col + j))) {
        throw hostError(
          "PivotTableRangeConflict",
          `PivotTable "${p.name}" would overwrite existing cells.`,
          "PivotTable",
        );
      }
    }
  }
  for (const other of model.pivots) {
    if (other !== p && other.sheetId === p.sheetId && other.rendered && overlaps(other.rendered, rect)) {
      throw hostError(
        "PivotTableRangeConflict",
        `PivotTable "${p.name}" would overlap "${other.name}".`,
        "PivotTable",
      );
    }
  }
  grid.cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== "") sheet.cells.set(cellKey(rect.row + i, rect.col + j), { value: v });
    }),
  );
  p.rendered = rect;
  p.dataBody = grid.body
    ? {
        row: rect.row + grid.body.row,
        col: rect.col + grid.body.col,
        rows: grid.body.rows,
        cols: grid.body.cols,
      }
    : null;
  model.touch();
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: typeof a): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
