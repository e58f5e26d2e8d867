/** Turns values written through `values`/`formulas` (or typed by a person) into cells, as Excel parses typed input. */
import { invalidArgument } from "../errors";
import { FormulaSyntaxError } from "../formula/lexer";
import { parseFormula } from "../formula/parser";
import { errorFromText } from "../formula/values";
import type { Cell } from "./types";

export interface ParsedInput {
  /** `undefined`: leave the cell unchanged (null in the input array). `null`: clear the cell. */
  cell: Cell | null | undefined;
  /** Number format Excel applies automatically (dates, percentages) when the cell's format is General. */
  autoFormat?: string;
}

export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function serialToDate(serial: number): {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
} {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86400000);
  const dt = new Date(ms);
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    hh: dt.getUTCHours(),
    mi: dt.getUTCMinutes(),
    ss: dt.getUTCSeconds(),
  };
}

export function validateFormula(formula: string, location: string): void {
  try {
    parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) throw invalidArgument(location, `formula ${formula}: ${e.message}`);
    throw e;
  }
}

export function parseInput(input: unknown, numberFormat: string | undefined, location: string): ParsedInput {
  if (input === null || input === undefined) return { cell: undefined };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(location, "non-finite number");
    return { cell: { value: input } };
  }
  if (typeof input === "boolean") return { cell: { value: input } };
  if (typeof input !== "string")
    throw invalidArgument(location, `unsupported cell value ${JSON.stringify(input)}`);
  if (input === "") return { cell: null };
  if (numberFormat === "@") return { cell: { value: input } };
  if (input.startsWith("=") && input.length > 1) {
    validateFormula(input, location);
    return { cell: { formula: input } };
  }
  if (input.startsWith("'")) return { cell: input.length > 1 ? { value: input.slice(1) } : null };
  const t = input.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { cell: { value: Number(t) } };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { cell: { value: Number(t.replace(/,/g, "")) }, autoFormat: "#,##0" };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t))
    return { cell: { value: Number(t.slice(0, -1)) / 100 }, autoFormat: "0%" };
  if (/^(true|false)$/i.test(t)) return { cell: { value: t.toLowerCase() === "true" } };
  const err = errorFromText(t);
  if (err) return { cell: { value: err } };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (date) {
    const [y, m, d] = [+date[1], +date[2], +date[3]];
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900) {
      return {
        cell: { value: dateSerial(y, m, d) },
        autoFormat: t.includes("年") ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d",
      };
    }
  }
  return { cell: { value: input } };
}
