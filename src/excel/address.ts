/** Sheet-qualified A1 addresses ("台账!Q12", "'台账'!A1:B3") as positions (pure helpers for the adapter). */
import { columnNumber } from "../core/ledger/a1";

export interface CellPosition {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
}

/** Top-left cell of an address; null when it is not a sheet-qualified A1 address. */
export function parseCellAddress(address: string): CellPosition | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]), col: columnNumber(m[3]) };
}

export interface RowSpan {
  /** 1-based first and last row; null bounds mean whole columns. */
  first: number | null;
  last: number | null;
  /** 1-based first and last column; null bounds mean whole rows. */
  firstCol: number | null;
  lastCol: number | null;
}

/** Rows and columns an unqualified address covers: "Q12", "Q12:R15", "12:14", "Q:R". */
export function parseLocalRange(address: string): RowSpan | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.replace(/\$/g, "").split(":");
  const ends = parts.map((p) => /^([A-Za-z]{0,3})(\d*)$/.exec(p.trim()));
  if (ends.some((e) => e === null) || ends.length === 0 || ends.length > 2) return null;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  const row = (s: string) => (s === "" ? null : Number(s));
  const col = (s: string) => (s === "" ? null : columnNumber(s));
  return { first: row(a[2]), last: row(b[2]), firstCol: col(a[1]), lastCol: col(b[1]) };
}
