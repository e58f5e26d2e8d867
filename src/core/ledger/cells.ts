/** Building cell values safely. */
import { CellValue } from "./types";

/**
 * Text a spreadsheet (Excel, WPS, LibreOffice, a CSV reader) could take for a formula: it starts with = + - @,
 * a tab or a carriage return. The one test for every writer (spec, merge report, Office add-in).
 */
export function isFormulaLike(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value);
}

/** Text as a cell value: text that a host could read as a formula is marked literal. */
export function text(value: string): CellValue {
  return isFormulaLike(value) ? { literal: value } : value;
}

export function formula(expression: string): CellValue {
  return { formula: expression.replace(/^=/, "") };
}

/** The text a cell value shows when it is not a formula (for measuring and reading). */
export function displayText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if ("literal" in value) return value.literal;
  if ("date" in value) return value.date.slice(0, 10);
  return "";
}
