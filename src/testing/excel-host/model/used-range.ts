/** A sheet's used range: the bounding rectangle of its cells with values (or with values or formats, and tables). */
import { Rect, parseKey } from "../address";
import type { SheetModel, TableModel } from "./types";

/** Bounding rectangle of non-empty cells (values only) or of cells with values or formats; null when none. */
export function usedRectOf(sheet: SheetModel, tables: TableModel[], valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const keys = valuesOnly ? [...sheet.cells.keys()] : [...sheet.cells.keys(), ...sheet.formats.keys()];
  for (const k of keys) {
    const [r, c] = parseKey(k);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  if (!valuesOnly) {
    for (const t of tables.filter((x) => x.sheetId === sheet.id)) {
      r0 = Math.min(r0, t.rect.row);
      c0 = Math.min(c0, t.rect.col);
      r1 = Math.max(r1, t.rect.row + t.rect.rows - 1);
      c1 = Math.max(c1, t.rect.col + t.rect.cols - 1);
    }
  }
  if (r1 < 0) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
