/**
 * Normalisation proposals for obvious variants people type or paste: 完成 → 已完成, stray spaces (also
 * full-width ones), full-width letters and digits. Only proposals: nothing is written until the person agrees.
 */
import { removeSpaces, toHalfWidth, trimEdges } from "./text";

/** Common ways of writing the default statuses → the name in the list (used only if the list has it). */
export const STATUS_VARIANTS: Readonly<Record<string, string>> = {
  完成: "已完成",
  已经完成: "已完成",
  完成了: "已完成",
  已完成了: "已完成",
  全部完成: "已完成",
  已办结: "已完成",
  办结: "已完成",
  进行中: "推进中",
  正在进行: "推进中",
  正在推进: "推进中",
  推进: "推进中",
  在推进: "推进中",
  未开始: "未启动",
  尚未开始: "未启动",
  尚未启动: "未启动",
  没有启动: "未启动",
  延期: "滞后",
  逾期: "滞后",
  进度滞后: "滞后",
};

/** Trailing punctuation people add to a status (完成。). */
const TRAILING_MARKS = /[。.!！]+$/;

/**
 * The listed status a typed status stands for, or null when it is already listed or not recognisable.
 * `names` is the workbook's own list: a variant maps only onto a name the list has.
 */
export function statusProposal(typed: string, names: readonly string[]): string | null {
  if (names.includes(typed)) return null;
  const squeezed = removeSpaces(toHalfWidth(typed, true)).replace(TRAILING_MARKS, "");
  if (squeezed === "") return null;
  if (names.includes(squeezed)) return squeezed;
  const variant = STATUS_VARIANTS[squeezed];
  return variant !== undefined && names.includes(variant) ? variant : null;
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
