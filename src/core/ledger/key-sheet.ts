/**
 * The master's merge key: a random secret made once per master and kept on a veryHidden sheet of the master
 * only (never in a department's copy). Each copy's baseline is sealed with it at send-out (core/merge/seal.ts),
 * so a merge into this master can tell an edited baseline (a forged department) from the one it sent.
 *
 * Layout (label in A, value in B): 1 合并校验密钥 | key · 2 说明 | what this is.
 */
import { emptySheet, printSetup } from "./look";
import { SheetSpec } from "./types";

export const KEY_SHEET = "TZ_Key";
export const KEY_LABEL = "合并校验密钥";
const NOTE =
  "本表由台账写入，只在总表中：发出部门副本时据此给副本的基准加校验码，合并时核对副本未被改动。请勿修改或删除，也不要把本表复制给他人。";

/** A new key: 32 random bytes as hex, from Web Crypto's generator (browsers and Node 20 alike). */
export function newMergeKey(random: Pick<Crypto, "getRandomValues"> = globalThis.crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A key as read back: 64 hex digits, else null (missing or damaged). */
export function validMergeKey(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const key = value.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(key) ? key : null;
}

/** The key from the key sheet's cells as a host read them (label in the first column, key in the second). */
export function keyFromCells(cells: readonly (readonly unknown[])[] | null | undefined): string | null {
  const row = (cells ?? []).find((r) => typeof r[0] === "string" && r[0].trim() === KEY_LABEL);
  return row ? validMergeKey(row[1]) : null;
}

export function keySheet(key: string): SheetSpec {
  const sheet = emptySheet(KEY_SHEET, printSetup(null, "portrait"));
  sheet.visibility = "veryHidden";
  sheet.showGridLines = true;
  sheet.columns = [
    { col: 1, width: 14 },
    { col: 2, width: 70 },
  ];
  sheet.blocks.push({
    row: 1,
    col: 1,
    values: [
      [KEY_LABEL, key],
      ["说明", NOTE],
    ],
  });
  return sheet;
}
