/** The ledger table as read from a workbook: plain values with where they sit (input of validation). */
import { StatusDef } from "../status/statuses";
import { cellAddress } from "../ledger/a1";

/** A cell value as Office.js returns it (empty cells are ""; dates are serial numbers). */
export type GridValue = string | number | boolean | null;

export interface LedgerGrid {
  /** Worksheet name, for addresses ("台账"). */
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 1-based sheet column of the table's first column. */
  firstCol: number;
  headers: string[];
  /** Body rows (first one on headerRow + 1), each as long as `headers`. */
  body: GridValue[][];
}

/** What validation needs besides the grid: the workbook's status list (from its settings sheet). */
export interface ValidationContext {
  statuses: readonly StatusDef[];
}

/** "台账!Q12" for a body cell given its 0-based row and column in the grid. */
export function bodyAddress(grid: LedgerGrid, row: number, col: number): string {
  return `${grid.sheet}!${cellAddress(grid.headerRow + 1 + row, grid.firstCol + col)}`;
}

/** "台账!Q5" for a header cell given its 0-based column. */
export function headerAddress(grid: LedgerGrid, col: number): string {
  return `${grid.sheet}!${cellAddress(grid.headerRow, grid.firstCol + col)}`;
}
