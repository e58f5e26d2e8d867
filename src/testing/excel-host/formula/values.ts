/** Value types and Excel coercion/comparison rules used by the formula evaluator. */
import type { Rect } from "../address";

export class CellError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export const NA = new CellError("#N/A");
export const VALUE = new CellError("#VALUE!");
export const REF = new CellError("#REF!");
export const DIV0 = new CellError("#DIV/0!");
export const NAME = new CellError("#NAME?");
export const NUM = new CellError("#NUM!");

/** `null` is an empty cell. */
export type Scalar = string | number | boolean | null;
export type ScalarOrError = Scalar | CellError;

export interface RangeRef {
  kind: "range";
  sheetId: string;
  rect: Rect;
}

export type Val = ScalarOrError | RangeRef;

export function isError(v: unknown): v is CellError {
  return v instanceof CellError;
}

export function isRange(v: Val): v is RangeRef {
  return typeof v === "object" && v !== null && !(v instanceof CellError) && v.kind === "range";
}

export function errorFromText(text: string): CellError | null {
  return /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(text)
    ? new CellError(text)
    : null;
}

export function formatGeneralNumber(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace(/E\+?(-?)(\d)$/, "E$1" + "0$2")
      .replace("e", "E");
  }
  return String(parseFloat(n.toPrecision(10)));
}

export function toNumber(v: ScalarOrError): number | CellError {
  if (v instanceof CellError) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && !Number.isNaN(Number(t))) return Number(t);
  if (/^-?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return VALUE;
}

export function toText(v: ScalarOrError): string | CellError {
  if (v instanceof CellError) return v;
  if (v === null) return "";
  if (typeof v === "number") return formatGeneralNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function toBool(v: ScalarOrError): boolean | CellError {
  if (v instanceof CellError) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return VALUE;
}

function typeRank(v: Scalar): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  return 2;
}

/** Excel comparison: numbers < text < booleans; text is case-insensitive; empty acts as 0/""/FALSE. */
export function compare(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function valuesEqual(a: Scalar, b: Scalar): boolean {
  return compare(a, b) === 0;
}
