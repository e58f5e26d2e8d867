/** The cells of a sheet as read from the workbook (`SheetGrid`) and how to look things up in them. */
import { CellRead, EMPTY_CELL } from "./apply/cells";

/** The cells of a sheet's used range. Rows and columns are 1-based sheet positions. */
export interface SheetGrid {
  row: number;
  col: number;
  cells: CellRead[][];
  /** Loaded for the ledger sheet only (dates typed in 完成时限/更新时间 read as serial numbers). */
  numberFormats: string[][] | null;
}

/** The cell at a 1-based sheet position (empty outside the used range). */
export function cellAt(grid: SheetGrid | undefined, row: number, col: number): CellRead {
  if (!grid) return EMPTY_CELL;
  return grid.cells[row - grid.row]?.[col - grid.col] ?? EMPTY_CELL;
}

export function textAt(grid: SheetGrid | undefined, row: number, col: number): string {
  const v = cellAt(grid, row, col).value;
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Last used row/column of a grid (1-based), or the row/col before it when empty. */
export function gridEnd(grid: SheetGrid | undefined): { row: number; col: number } {
  if (!grid) return { row: 0, col: 0 };
  return { row: grid.row + grid.cells.length - 1, col: grid.col + (grid.cells[0]?.length ?? 0) - 1 };
}

/** The values of a grid as rows from A1 (empty cells before the used range), for the core's cell readers. */
export function valuesFromA1(grid: SheetGrid | undefined): unknown[][] {
  const end = gridEnd(grid);
  const out: unknown[][] = [];
  for (let row = 1; row <= end.row; row++) {
    const line: unknown[] = [];
    for (let col = 1; col <= end.col; col++) line.push(cellAt(grid, row, col).value);
    out.push(line);
  }
  return out;
}
