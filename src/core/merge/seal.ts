/**
 * The seal of a copy's baseline: HMAC-SHA-256, under the master's merge key (core/ledger/key-sheet.ts), of the
 * plan id, department, round, send-out time and every item's values as sent. Written into the copy's hidden
 * baseline at send-out; a merge recomputes it with the master's key, so an edited baseline (another
 * department, other values) or a copy sent from another master is detected and refused.
 *
 * The message is canonical over what survives a write, a resave by another program and a read: text with line
 * ends as LF and a cell of only whitespace as empty, numbers and dates alike as serial minutes — so an honest
 * copy always checks.
 */
import { BASELINE_FIELDS } from "../ledger/constants";
import { FilledRow, FilledValue } from "../ledger/types";
import { hmacSha256, sameText, toHex, utf8 } from "../util/hmac-sha256";
import { CopyBaseline } from "./types";

/** What a seal covers: a baseline without its seal. */
export type SealedContent = Omit<CopyBaseline, "seal">;

const VERSION = "taizhang-baseline-seal-1";

/**
 * A number or a date as the minutes of its spreadsheet serial: a file resaved without its date formats (another
 * writer, a lost style) gives the serial where the copy was written with a date, and an honest copy must check.
 */
const serialMinutes = (serial: number): string => `n${Math.round(serial * 1440)}`;

function minute(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? `?${iso}` : serialMinutes(ms / 86_400_000 + 25_569);
}

function canonValue(v: FilledValue): string {
  if (v === null) return "";
  if (typeof v === "string") {
    const t = v.replace(/\r\n?/g, "\n");
    return t.trim() === "" ? "" : `s${t}`;
  }
  if (typeof v === "number") return serialMinutes(v);
  if (typeof v === "boolean") return v ? "b1" : "b0";
  return minute(v.date);
}

const canonText = (s: string | null | undefined): string => (s ?? "").trim();

/** The exact text the seal is computed over. */
export function sealMessage(content: SealedContent): string {
  const rows = Object.entries(content.rows)
    .map(([no, row]): [number, FilledRow] => [Number(no), row])
    .sort((a, b) => a[0] - b[0])
    .map(([no, row]) => [no, ...BASELINE_FIELDS.map((f) => canonValue(row[f]))]);
  return JSON.stringify([
    VERSION,
    canonText(content.planId),
    canonText(content.department),
    canonText(content.round),
    content.sentAt ? minute(content.sentAt) : "",
    rows,
  ]);
}

/** The seal (64 hex digits) of a baseline under a master's key. */
export function sealBaseline(key: string, content: SealedContent): string {
  return toHex(hmacSha256(utf8(key), utf8(sealMessage(content))));
}

/** Whether a baseline's recorded seal is the one the key gives for its content. */
export function sealMatches(key: string, baseline: CopyBaseline): boolean {
  const seal = (baseline.seal ?? "").trim().toLowerCase();
  return seal !== "" && sameText(seal, sealBaseline(key, baseline));
}
