/** A1 address parsing and formatting (no sheet lookups here). */
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Zero-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
  wholeColumns: boolean;
  wholeRows: boolean;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "Sheet!A1", "'My sheet'!A1" into sheet and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function tryParseLocal(local: string): Omit<ParsedAddress, "sheet"> | null {
  const parts = local.trim().split(":");
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) return null;
    return {
      rect: { row: +m[2] - 1, col: columnIndex(m[1]), rows: 1, cols: 1 },
      wholeColumns: false,
      wholeRows: false,
    };
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = +ca[2] - 1;
    const r2 = +cb[2] - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { rect: normalize(r1, c1, r2, c2), wholeColumns: false, wholeRows: false };
  }
  const ka = COL.exec(a);
  const kb = COL.exec(b);
  if (ka && kb) {
    const c1 = columnIndex(ka[1]);
    const c2 = columnIndex(kb[1]);
    return { rect: normalize(0, c1, MAX_ROWS - 1, c2), wholeColumns: true, wholeRows: false };
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    return { rect: normalize(+ra[1] - 1, 0, +rb[1] - 1, MAX_COLS - 1), wholeColumns: false, wholeRows: true };
  }
  return null;
}

function normalize(r1: number, c1: number, r2: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function parseAddress(address: string, location = "Range.address"): ParsedAddress {
  const { sheet, local } = splitSheet(address);
  const parsed = tryParseLocal(local);
  if (
    !parsed ||
    parsed.rect.row + parsed.rect.rows > MAX_ROWS ||
    parsed.rect.col + parsed.rect.cols > MAX_COLS
  ) {
    throw invalidArgument(location, `bad address "${address}"`);
  }
  return { sheet, ...parsed };
}

export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:B2" / "A:A" / "1:3" form of a rectangle, without sheet. */
export function localAddress(rect: Rect): string {
  if (rect.rows === MAX_ROWS && rect.row === 0) {
    return `${columnLetters(rect.col)}:${columnLetters(rect.col + rect.cols - 1)}`;
  }
  if (rect.cols === MAX_COLS && rect.col === 0) return `${rect.row + 1}:${rect.row + rect.rows}`;
  const first = cellAddress(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const r2 = Math.min(a.row + a.rows, b.row + b.rows);
  const c2 = Math.min(a.col + a.cols, b.col + b.cols);
  if (r2 <= row || c2 <= col) return null;
  return { row, col, rows: r2 - row, cols: c2 - col };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseKey(key: string): [number, number] {
  const i = key.indexOf(",");
  return [+key.slice(0, i), +key.slice(i + 1)];
}
