/** Comparing and showing filled-in values. */
import { isBlank } from "../util/blank";
import { FilledValue } from "../ledger/types";

export { isBlank } from "../util/blank";

/** A key under which equal values are equal: blank = blank, text compared without surrounding spaces. */
export function valueKey(v: FilledValue): string {
  if (isBlank(v)) return "";
  if (typeof v === "string") return `s:${v.trim()}`;
  if (typeof v === "number") return `n:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `d:${(v as { date: string }).date}`;
}

export function sameValue(a: FilledValue, b: FilledValue): boolean {
  return valueKey(a) === valueKey(b);
}

/** A value as a person reads it in a message: “text”, 2019-08-01, （空）. */
export function describe(v: FilledValue): string {
  if (isBlank(v)) return "（空）";
  if (typeof v === "object" && v !== null) return dateText(v.date);
  return `“${String(v)}”`;
}

/** A value as plain text for a report cell. */
export function plainText(v: FilledValue): string {
  if (isBlank(v)) return "";
  if (typeof v === "object" && v !== null) return dateText(v.date);
  return String(v);
}

function dateText(iso: string): string {
  return /T00:00:00(\.000)?Z$/.test(iso) ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

/** Text a spreadsheet (or CSV reader) could take for a formula (one test for every writer). */
export { isFormulaLike } from "../ledger/cells";

/** Normalised task text for matching rows: width-folded, without whitespace. */
export function taskKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Dice coefficient over character bigrams (0..1): how alike two task texts are. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}
