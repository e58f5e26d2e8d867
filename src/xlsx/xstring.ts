/**
 * Text in a workbook's XML as ECMA-376 writes it (ST_Xstring, Part 1 §22.9.2.19): characters XML cannot keep —
 * a carriage return (XML readers turn it into a line feed), other control characters — stand as `_xHHHH_`, and
 * a literal `_xHHHH_` in the text has its underscore escaped as `_x005F_`. Excel and LibreOffice write and read
 * text this way; ExcelJS decodes it when reading (its TextXform) but does not encode when writing, so the writer
 * encodes here: a CR typed in a cell comes back a CR, not a line feed.
 */

// Every underscore that starts an `_xHHHH_`, overlapping ones included (`_x005F_x000D_` typed as text).
const ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;
// Control characters other than tab and line feed, which XML keeps as they are.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;

const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** Text as it should stand in the XML (before XML escaping of & < >). */
export function encodeXstring(text: string): string {
  if (!text.includes("_x") && !HAS_CONTROL.test(text)) return text;
  return text.replace(ESCAPE, "_x005F_").replace(CONTROL, hex);
}
