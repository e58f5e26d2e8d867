/** A1 references <-> 1-based row and column. */

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnName(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B7" -> { row: 7, col: 2 }; null when it is not a cell reference ($ signs allowed). */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= 1_048_576 && col >= 1 && col <= 16_384 ? { row, col } : null;
}

export function refOf(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}
