/**
 * The one status vocabulary for typed statuses: the variant table and the clean-up used by 校验 (proposals,
 * core/validation/normalise.ts) and by merge (core/merge/status.ts), so both map the same text onto the same
 * listed status. A variant maps only onto a status the workbook's own list has.
 */

/** Common ways of writing the default statuses → the name in the default list. */
export const STATUS_VARIANTS: Readonly<Record<string, string>> = {
  完成: "已完成",
  已经完成: "已完成",
  完成了: "已完成",
  已完成了: "已完成",
  全部完成: "已完成",
  已办结: "已完成",
  办结: "已完成",
  已落实: "已完成",
  进行中: "推进中",
  正在进行: "推进中",
  正在推进: "推进中",
  推进: "推进中",
  在推进: "推进中",
  已启动: "推进中",
  未开始: "未启动",
  尚未开始: "未启动",
  尚未启动: "未启动",
  没有启动: "未启动",
  未开展: "未启动",
  尚未开展: "未启动",
  延期: "滞后",
  延误: "滞后",
  逾期: "滞后",
  进度滞后: "滞后",
};

/**
 * Whitespace (ASCII, full-width, NBSP, BOM, zero-width) and the full stops / exclamation marks people add to
 * a status (完成。), wherever they stand.
 */
const NOISE = /(?:[\s。.．!！]|\u200B|\u200C|\u200D|\u2060)+/g;

/** A typed status as a short code: width-folded (NFKC), without whitespace and stray full stops. */
export function cleanStatus(typed: string): string {
  return typed.normalize("NFKC").replace(NOISE, "");
}

/**
 * The listed status a typed status stands for: itself when listed, else its cleaned form when listed, else
 * its variant, else the one listed name that differs from it only by a leading 已 (完成 ↔ 已完成); null when
 * none of these is in `names` (blank text included).
 */
export function listedStatus(typed: string, names: readonly string[]): string | null {
  if (names.includes(typed)) return typed;
  const cleaned = cleanStatus(typed);
  if (cleaned === "") return null;
  if (names.includes(cleaned)) return cleaned;
  const variant = STATUS_VARIANTS[cleaned];
  if (variant !== undefined && names.includes(variant)) return variant;
  const prefixed = names.filter((n) => n === `已${cleaned}` || `已${n}` === cleaned);
  return prefixed.length === 1 ? prefixed[0] : null;
}
