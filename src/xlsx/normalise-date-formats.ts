/**
 * Dates in the built-in East Asian date formats, made dates for ExcelJS. Chinese Excel and WPS format a date
 * typed as 2019年12月31日 with a built-in number format id (31, 57, …) that the styles part does not declare —
 * the reader is to know it. ExcelJS 4.4.0 knows only the Western built-in ids, so such a cell is read as a
 * bare serial number (43830) and a regenerated ledger would hold that number instead of the date. Each such id
 * the cell formats use and the styles part does not declare is declared with its zh-CN format code
 * (ECMA-376 Part 1, 18.8.30); what the package says otherwise is unchanged. No node-only APIs.
 */
import JSZip from "jszip";

const STYLES_PART = "xl/styles.xml";

/** The zh-CN format codes of the built-in ids that are dates or times (27-36, 50-58). */
const ZH_CN_BUILT_IN: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export async function declareEastAsianDateFormats(zip: JSZip): Promise<void> {
  const file = zip.file(STYLES_PART);
  if (!file) return;
  const xml = await file.async("string");
  const declared = new Set(
    [...xml.matchAll(/<(?:\w+:)?numFmt\s[^>]*?numFmtId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1])),
  );
  const used = new Set(
    [...xml.matchAll(/<(?:\w+:)?xf\s[^>]*?numFmtId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1])),
  );
  const missing = [...used].filter((id) => ZH_CN_BUILT_IN[id] !== undefined && !declared.has(id));
  if (missing.length === 0) return;
  const prefix = /<(\w+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
  const added = missing
    .map((id) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(ZH_CN_BUILT_IN[id])}"/>`)
    .join("");
  const numFmts = new RegExp(`<${prefix}numFmts(\\s[^>]*)?>`);
  let out: string;
  if (numFmts.test(xml)) {
    out = xml
      .replace(numFmts, (open) => `${open}${added}`)
      .replace(
        new RegExp(`(<${prefix}numFmts\\s[^>]*?count\\s*=\\s*")(\\d+)"`),
        (_, head: string, n: string) => {
          return `${head}${Number(n) + missing.length}"`;
        },
      );
  } else if (new RegExp(`<${prefix}numFmts\\s*/>`).test(xml)) {
    out = xml.replace(
      new RegExp(`<${prefix}numFmts\\s*/>`),
      `<${prefix}numFmts count="${missing.length}">${added}</${prefix}numFmts>`,
    );
  } else {
    // numFmts is the styleSheet's first child.
    out = xml.replace(
      /<(?:\w+:)?styleSheet\b[^>]*>/,
      (open) => `${open}<${prefix}numFmts count="${missing.length}">${added}</${prefix}numFmts>`,
    );
  }
  zip.file(STYLES_PART, out);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
