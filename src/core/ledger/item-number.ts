/** 序号 as people type it: one reading for every reader of a ledger (Office add-in, .xlsx files, validation). */
import { removeSpaces, toHalfWidth } from "../validation/text";

/**
 * The 序号 a cell holds: a positive whole number, also from text with full-width digits or stray spaces
 * ("１２", " 7 ", as Chinese input methods type them); null for anything else (0, 7.5, "七", "").
 */
export function itemNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string") return null;
  const digits = removeSpaces(toHalfWidth(value, true));
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
