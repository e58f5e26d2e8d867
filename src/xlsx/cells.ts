/** ExcelJS cell values -> plain data. */
import type ExcelJS from "exceljs";
import { FilledValue } from "../core/ledger/types";

/** A cell as the plain value a person sees: formulas give their cached result, rich text its text. */
export function plainValue(v: ExcelJS.CellValue | undefined): FilledValue {
  if (v === null || v === undefined) return null;
  // Exactly as typed: a cell of only spaces stays spaces (ExcelJS has already decoded `_x000D_` to a CR).
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return isNaN(v.getTime()) ? null : { date: v.toISOString() };
  if ("richText" in v) return plainValue(v.richText.map((t) => t.text).join(""));
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null || typeof result === "object") {
      return result instanceof Date ? { date: result.toISOString() } : null;
    }
    return plainValue(result as string | number | boolean);
  }
  if ("text" in v) return plainValue(String(v.text));
  if ("error" in v) return String(v.error);
  return null;
}

export function cellText(v: ExcelJS.CellValue | undefined): string {
  const p = plainValue(v);
  if (p === null) return "";
  if (typeof p === "object") return p.date.slice(0, 10);
  return String(p);
}

/** Header text normalised for matching: no whitespace or line breaks. */
export function headerKey(v: ExcelJS.CellValue | undefined): string {
  return cellText(v).replace(/\s+/g, "");
}
