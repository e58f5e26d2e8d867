/**
 * Normalisation proposals for obvious variants people type or paste: 完成 → 已完成, stray spaces (also
 * full-width ones), full-width letters and digits. Only proposals: nothing is written until the person agrees.
 * Statuses are read with the one status vocabulary (core/status/variants.ts), shared with merge.
 */
import { listedStatus } from "../status/variants";
import { removeSpaces, toHalfWidth, trimEdges } from "./text";

/** The listed status a typed status stands for, or null when it is already listed or not recognisable. */
export function statusProposal(typed: string, names: readonly string[]): string | null {
  if (names.includes(typed)) return null;
  return listedStatus(typed, names);
}

/** Free text (进展情况, 联系人 …): stray spaces at the edges removed, full-width letters/digits half-width. */
export function textProposal(typed: string): string | null {
  const cleaned = trimEdges(toHalfWidth(typed));
  return cleaned !== typed && cleaned !== "" ? cleaned : null;
}

/** 序号 typed as text ("７", " 12 ") → its digits; null when it is not a plain number. */
export function numberProposal(typed: string): string | null {
  const digits = removeSpaces(toHalfWidth(typed, true));
  return /^\d+$/.test(digits) && digits !== typed ? digits : null;
}

/** 序号 of a cell (see core/ledger/item-number.ts, shared with the workbook readers). */
export { itemNumber } from "../ledger/item-number";
