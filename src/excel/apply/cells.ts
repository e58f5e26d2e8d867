/**
 * Spec cell values <-> what Office.js writes and reads. Text stays text: a string Excel would parse as a
 * formula, number, date, boolean or error is written with the leading apostrophe Excel itself uses for
 * "text typed as is" (the apostrophe is not part of the stored value).
 */
import { isFormulaLike } from "../../core/ledger/cells";
import { CellValue } from "../../core/ledger/types";

/** What one cell holds, as loaded: `values` and `formulas` entries. */
export interface CellRead {
  value: unknown;
  formula: unknown;
}

export const EMPTY_CELL: CellRead = { value: "", formula: "" };

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** ISO date or date-time -> Excel serial (the 1900 date system, times as fractions of a day). */
export function isoToSerial(iso: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return (ms - EPOCH_MS) / DAY_MS;
}

export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS)).toISOString();
}

/**
 * Beyond formulas, what Excel's typed-input parsing turns into something else: leading spaces, an apostrophe,
 * #errors, currency, (negative) numbers, .5, digits (numbers, dates, times, fractions), booleans, month names.
 */
const TYPED_START = /^[\s'#$¥￥(.\d]/;
const MONTH_LIKE = /^[A-Za-z]{3,9}\.?[\s\-/]\d/;

/** Text that Excel's input parser would not keep as the same text: formula-like, or parsed as a value. */
export function needsQuote(text: string): boolean {
  return (
    isFormulaLike(text) || TYPED_START.test(text) || /^(true|false)$/i.test(text) || MONTH_LIKE.test(text)
  );
}

export function isFormulaValue(v: CellValue): v is { formula: string } {
  return v !== null && typeof v === "object" && "formula" in v;
}

/** The entry for a `values`/`formulas` array. Null stays null ("leave the cell as it is"). */
export function toInput(v: CellValue): string | number | boolean | null {
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v !== "" && needsQuote(v) ? `'${v}` : v;
  if ("formula" in v) return `=${v.formula}`;
  if ("literal" in v) return `'${v.literal}`;
  return isoToSerial(v.date);
}

/** The entry that makes a cell hold `v`, clearing it when `v` is null. */
export function toOverwrite(v: CellValue): string | number | boolean {
  const input = toInput(v);
  return input === null ? "" : input;
}

/** A real formula: its formula text differs from its value (text typed as "=1+1" reads the same in both). */
export function isFormulaCell(c: CellRead): boolean {
  return typeof c.formula === "string" && c.formula.startsWith("=") && c.formula !== c.value;
}

function normaliseFormula(f: string): string {
  let out = "";
  let quoted: string | null = null;
  for (const ch of f.replace(/^=/, "")) {
    if (quoted) {
      out += ch;
      if (ch === quoted) quoted = null;
    } else if (ch === '"') {
      quoted = ch;
      out += ch;
    } else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

/** Whether the cell already holds what the spec wants (so it is not written again). */
export function cellMatches(want: CellValue, have: CellRead): boolean {
  if (isFormulaValue(want)) {
    return (
      typeof have.formula === "string" && normaliseFormula(have.formula) === normaliseFormula(want.formula)
    );
  }
  if (isFormulaCell(have)) return false;
  if (want === null) return have.value === "" || have.value === null || have.value === undefined;
  if (typeof want === "number") return typeof have.value === "number" && Math.abs(have.value - want) < 1e-9;
  if (typeof want === "boolean") return have.value === want;
  if (typeof want === "string") return have.value === want;
  if ("literal" in want) return have.value === want.literal;
  return typeof have.value === "number" && Math.abs(have.value - isoToSerial(want.date)) < 1e-6;
}
