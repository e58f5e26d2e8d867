/** Text clean-up shared by validation and normalisation (pure). */

import { SPACE, isBlank, trimEdges } from "../util/blank";

export { isBlank, trimEdges };
const ALL = new RegExp(`${SPACE}+`, "g");

function isFullWidthAlnum(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/**
 * Full-width letters and digits (Ａ, ７) → half-width. With `all`, also full-width punctuation (U+FF01..FF5E)
 * and the ideographic space: right for codes such as statuses, wrong for Chinese prose, whose ，（）： are
 * correct as they are.
 */
export function toHalfWidth(text: string, all = false): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (isFullWidthAlnum(code) || (all && code >= 0xff01 && code <= 0xff5e)) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (all && code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Removes every whitespace character (for short codes such as statuses and 序号). */
export function removeSpaces(text: string): string {
  return text.replace(ALL, "");
}

/** Text of a cell value: strings as they are, numbers and booleans as printed, blanks as "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
