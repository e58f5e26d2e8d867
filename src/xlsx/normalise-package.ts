/**
 * A package saved by another program, made readable by ExcelJS 4.4.0 without changing what it says:
 * - absolute relationship targets (`/xl/tables/table1.xml`, as openpyxl writes; valid OOXML) become relative
 *   to their source part (`../tables/table1.xml`): ExcelJS looks parts up by the relative name it writes
 *   itself and crashes on anything else;
 * - a relationship to a part that is not in the package is dropped, with the empty element that pointed at it
 *   (`<tablePart r:id="…"/>`): ExcelJS crashes on the dangling link, and there is nothing behind it to read;
 * - a missing styles part is replaced by the smallest valid one (ExcelJS needs it; values do not);
 * - the built-in East Asian date formats a sheet uses (ids 27-36, 50-58, as Chinese Excel and WPS write
 *   2019年12月31日) are declared, so their cells are read as dates (normalise-date-formats.ts).
 * - inline strings (`t="inlineStr"`) holding `_xHHHH_` escapes (ST_Xstring: how a CR or a control character is
 *   stored, `_x005F_` before a literal one) become a one-run rich text: ExcelJS decodes the escapes in shared
 *   strings and rich-text runs but reads a plain inline `<t>` raw, so a CR typed in a cell would come back as
 *   the text `_x000D_` (and a copy's hidden baseline would no longer match its seal). Other inline strings and
 *   a package without shared strings ExcelJS reads as they are.
 * Works on a JSZip already loaded (see prune.ts); no node-only APIs.
 */
import JSZip from "jszip";
import { declareEastAsianDateFormats } from "./normalise-date-formats";
import "./zip-utf8";

const STYLES_PART = "xl/styles.xml";
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf/></dxfs></styleSheet>';

export async function normalisePackage(zip: JSZip): Promise<void> {
  for (const relsPath of Object.keys(zip.files).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n))) {
    const file = zip.file(relsPath);
    if (!file) continue;
    const source = sourceOf(relsPath);
    const folder = source.replace(/[^/]*$/, "");
    const dangling: string[] = [];
    const before = await file.async("string");
    const after = before.replace(/<(?:\w+:)?Relationship\s[^>]*?\/?>/g, (rel) => {
      if (/\sTargetMode\s*=\s*["']External["']/.test(rel)) return rel;
      const target = /\sTarget\s*=\s*"([^"]*)"/.exec(rel)?.[1];
      if (target === undefined) return rel;
      const part = resolvePart(folder, target);
      if (!zip.file(part)) {
        const id = /\sId\s*=\s*"([^"]*)"/.exec(rel)?.[1];
        if (id !== undefined && source !== "" && part !== STYLES_PART) {
          dangling.push(id);
          return "";
        }
      }
      return target.startsWith("/") ? rel.replace(target, relativePath(folder, part)) : rel;
    });
    if (after !== before) zip.file(relsPath, after);
    if (dangling.length > 0) await dropReferences(zip, source, dangling);
  }
  if (!zip.file(STYLES_PART) && zip.file("xl/workbook.xml")) zip.file(STYLES_PART, MINIMAL_STYLES);
  await declareEastAsianDateFormats(zip);
  await decodableInlineStrings(zip);
}

/** An inline string's plain text with an `_xHHHH_` escape (as ExcelJS decodes them: upper-case hex). */
const ESCAPED_INLINE =
  /<((?:\w+:)?)is>(\s*)<((?:\w+:)?)t(\s[^>]*)?>([^<]*_x[0-9A-F]{4}_[^<]*)<\/\3t>(\s*)<\/\1is>/g;

/** Inline strings with escapes as a one-run rich text, which ExcelJS decodes (see the top of this file). */
async function decodableInlineStrings(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const file = zip.file(name);
    if (!file) continue;
    const before = await file.async("string");
    if (!before.includes("inlineStr") || !/_x[0-9A-F]{4}_/.test(before)) continue;
    const after = before.replace(
      ESCAPED_INLINE,
      (_, is: string, s1: string, t: string, attrs: string | undefined, text: string, s2: string) =>
        `<${is}is>${s1}<${t}r><${t}t${attrs ?? ""}>${text}</${t}t></${t}r>${s2}</${is}is>`,
    );
    if (after !== before) zip.file(name, after);
  }
}

/** `xl/worksheets/_rels/sheet1.xml.rels` -> `xl/worksheets/sheet1.xml`; `_rels/.rels` -> "" (the package). */
function sourceOf(relsPath: string): string {
  return relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
}

/** A target (relative to `folder`, or absolute from the package root) as a part name without leading slash. */
function resolvePart(folder: string, target: string): string {
  const parts: string[] = [];
  const path = target.startsWith("/") ? target.slice(1) : `${folder}${target}`;
  for (const p of decodeURIComponentSafe(path).split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** `part` as seen from `folder` (both inside the package): `xl/worksheets/` + `xl/tables/t.xml` -> `../tables/t.xml`. */
function relativePath(folder: string, part: string): string {
  const from = folder.split("/").filter((p) => p !== "");
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Removes from `source` the empty elements that point at the dropped relationships (`<tablePart r:id="rId3"/>`). */
async function dropReferences(zip: JSZip, source: string, ids: readonly string[]): Promise<void> {
  const file = zip.file(source);
  if (!file) return;
  let xml = await file.async("string");
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    xml = xml.replace(new RegExp(`<(?:\\w+:)?\\w+\\s[^>]*\\b\\w+:id\\s*=\\s*"${escaped}"[^>]*\\/>`, "g"), "");
  }
  zip.file(source, xml);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
