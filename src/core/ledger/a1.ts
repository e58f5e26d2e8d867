/** A1 addressing helpers (pure). Rows and columns are 1-based. */
import { RangeRef } from "./types";

export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function rangeAddress(range: RangeRef, absolute = false): string {
  const tl = cellAddress(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return tl;
  return `${tl}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}

/** Sheet-qualified absolute reference: '台账'!$A$6:$A$35 */
export function sheetRef(sheet: string, range: RangeRef): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeAddress(range, true)}`;
}

export function range(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}
