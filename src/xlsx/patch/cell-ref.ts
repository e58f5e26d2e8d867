/** A1 references <-> 1-based row and column (the letters are the ledger's one A1 helper). */
import { columnLetter, columnNumber } from "../../core/ledger/a1";

/** "B7" -> { row: 7, col: 2 }; null when it is not a cell reference ($ signs allowed). */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= 1_048_576 && col >= 1 && col <= 16_384 ? { row, col } : null;
}

export function refOf(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
