/**
 * Checking a status typed in a copy against the master's status list. Only obvious variants are mapped
 * (完成 -> 已完成), and only onto a status the list really has; the caller reports every mapping.
 */
import { StatusDef } from "../status/statuses";
import { FilledValue } from "../ledger/types";
import { isBlank } from "./values";

/** Common ways of writing the default statuses, mapped to the canonical name. */
const VARIANTS: Record<string, string> = {
  完成: "已完成",
  已经完成: "已完成",
  完成了: "已完成",
  全部完成: "已完成",
  办结: "已完成",
  已办结: "已完成",
  已落实: "已完成",
  进行中: "推进中",
  正在推进: "推进中",
  正在进行: "推进中",
  推进: "推进中",
  在推进: "推进中",
  已启动: "推进中",
  未开始: "未启动",
  尚未启动: "未启动",
  未开展: "未启动",
  尚未开展: "未启动",
  延期: "滞后",
  延误: "滞后",
  逾期: "滞后",
  进度滞后: "滞后",
};

export type StatusCheck =
  { ok: true; value: FilledValue; from: string | null } | { ok: false; value: FilledValue };

/**
 * A blank status is fine (value null); a listed name is kept; a variant becomes the listed name with
 * `from` set to what was typed; anything else is not ok.
 */
export function checkStatus(value: FilledValue, statuses: readonly StatusDef[]): StatusCheck {
  if (isBlank(value)) return { ok: true, value: null, from: null };
  if (typeof value !== "string") return { ok: false, value };
  const names = statuses.map((s) => s.name);
  if (names.includes(value)) return { ok: true, value, from: null };
  const squeezed = value.normalize("NFKC").replace(/[\s。.．!！]+/g, "");
  if (names.includes(squeezed)) return { ok: true, value: squeezed, from: value };
  const variant = VARIANTS[squeezed];
  if (variant && names.includes(variant)) return { ok: true, value: variant, from: value };
  const prefixed = names.filter((n) => n === `已${squeezed}` || `已${n}` === squeezed);
  if (prefixed.length === 1) return { ok: true, value: prefixed[0], from: value };
  return { ok: false, value };
}
