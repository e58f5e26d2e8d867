/** One idea of a blank cell, for 校验, merge and carry-over: nothing, or text that is only whitespace. */

/** Whitespace people leave by accident: ASCII and full-width (U+3000) spaces, NBSP, BOM, zero-width spaces. */
export const SPACE = "(?:\\s|\\u200B|\\u200C|\\u200D|\\u2060)";
const EDGES = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");

/** Removes leading and trailing whitespace, including full-width spaces. */
export function trimEdges(text: string): string {
  return text.replace(EDGES, "");
}

/** Whether a value is blank: null, undefined, or text of whitespace only (a number, a date, true are not). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && trimEdges(value) === "");
}
