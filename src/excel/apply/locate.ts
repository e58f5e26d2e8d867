/**
 * Finding the ledger table in what was read: its header row, which column holds which field (by header
 * text, robust to moved columns; a renamed fill-in column is found by its position between the others),
 * and the body rows as people left them.
 */
import { FilledField, LEDGER_LAYOUT, SHEETS, TABLES } from "../../core/ledger/constants";
import { ReadField, locateColumns } from "../../core/ledger/header-match";
import { RangeRef } from "../../core/ledger/types";
import { LedgerState, SheetGrid, gridEnd, textAt } from "../read-ledger";

export interface LedgerLocation {
  grid: SheetGrid | undefined;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** Last body row (inclusive); headerRow when there is no body. */
  lastRow: number;
  /** Header text of each column (sheet column -> whitespace-free text). */
  headers: Map<number, string>;
  /** Sheet column of each field found. */
  fields: Map<ReadField, number>;
  /** Fill-in fields found by position because their header text was changed. */
  renamed: FilledField[];
}

/** The ledger as it stands, or null when the 台账 sheet has no recognisable header row. */
export function locateLedger(state: LedgerState, departments: readonly string[]): LedgerLocation | null {
  const grid = state.grids[SHEETS.ledger];
  if (!grid) return null;
  const table = state.tableRanges[TABLES.ledger];
  const end = gridEnd(grid);
  const candidates = table
    ? [table.row]
    : [LEDGER_LAYOUT.headerRow, ...range(grid.row, Math.min(end.row, grid.row + 20))];
  for (const headerRow of candidates) {
    const firstCol = table ? table.col : grid.col;
    const lastCol = table ? table.col + table.cols - 1 : end.col;
    const headers = new Map<number, string>();
    for (let c = firstCol; c <= lastCol; c++) headers.set(c, textAt(grid, headerRow, c).replace(/\s+/g, ""));
    const found = locateFields(headers, departments);
    if (!found) {
      if (table) break;
      continue;
    }
    const { fields, renamed } = found;
    const lastRow = table ? table.row + table.rows - 1 : lastContentRow(grid, headerRow, firstCol, lastCol);
    return { grid, headerRow, firstCol, lastCol, lastRow, headers, fields, renamed };
  }
  return null;
}

/**
 * Which sheet column holds which field, from a header row (sheet column -> whitespace-free header text):
 * the one header locator (core/ledger/header-match.ts locateColumns, shared with the .xlsx reader and 校验).
 * Null without 序号 and 工作任务. The one column location both the ledger update and the pane's merge (read and
 * write) use.
 */
export function locateFields(
  headers: Map<number, string>,
  departments: readonly string[],
): { fields: Map<ReadField, number>; renamed: FilledField[] } | null {
  const cols = [...headers.keys()];
  const located = locateColumns([...headers.values()], departments);
  if (!located.fields.has("no") || !located.fields.has("task")) return null;
  const fields = new Map<ReadField, number>();
  for (const [f, i] of located.fields) fields.set(f, cols[i]);
  return { fields, renamed: located.renamed };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function lastContentRow(grid: SheetGrid, headerRow: number, firstCol: number, lastCol: number): number {
  for (let r = gridEnd(grid).row; r > headerRow; r--) {
    for (let c = firstCol; c <= lastCol; c++) if (textAt(grid, r, c) !== "") return r;
  }
  return headerRow;
}

/** The spec's ledger table range (header row + body), for comparing with what is there. */
export function sameRange(a: RangeRef | undefined, b: RangeRef): boolean {
  return !!a && a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
