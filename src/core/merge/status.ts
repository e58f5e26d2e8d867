/**
 * Checking a status typed in a copy against the master's status list. Only obvious variants are mapped
 * (完成 -> 已完成, the one vocabulary in core/status/variants.ts shared with 校验), and only onto a status the
 * list really has; the caller reports every mapping.
 */
import { StatusDef } from "../status/statuses";
import { FilledValue } from "../ledger/types";
import { listedStatus } from "../status/variants";
import { isBlank } from "./values";

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
  const listed = listedStatus(value, names);
  if (listed === null) return { ok: false, value };
  return { ok: true, value: listed, from: listed === value ? null : value };
}
