/**
 * Line-level reading of a plan's text: blank, the web page's footer (everything from it on is ignored once the
 * plan has begun), a stray web-page line (来源:, 字号, phone, e-mail, 详见…, a PDF page number), or text. Numbering is read by
 * markers.ts, dates by metadata.ts.
 */
import { readMarker } from "./markers";

export type LineKind = "blank" | "footer" | "boilerplate" | "text";

const FOOTER = /^(?:文章附件|相关链接|相关文章|相关阅读|相关新闻|版权所有|Copyright|©|打印本页|关闭窗口)/i;
const BOILERPLATE: readonly RegExp[] = [
  /^(?:来源|作者|责任编辑|编辑|浏览次数|点击数|字号|【字体|【打印|分享到)/,
  /版权所有|©|ICP备/,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /(?:热线|电话|传真|联系方式)\s*[:：]?\s*[+\d(（]/,
  // A pointer to the full text elsewhere (详见三秦网, 更多详情请见…) closes a news item; it names no one.
  /^(?:详见|详情见|更多详情|阅读原文|原标题)/,
  // A PDF's page number (— 3 —, - 12 -, — — — 2 —).
  /^[—－–-][—－–\-\s]*[0-9０-９]{1,3}[\s—－–-]*$/,
];

/** Splits text into lines (LF, CRLF or CR), dropping a byte-order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/** Trims ASCII, full-width (U+3000) and non-breaking spaces. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
}

export function classifyLine(raw: string): LineKind {
  const line = trimLine(raw);
  if (line === "") return "blank";
  if (FOOTER.test(line)) return "footer";
  // A numbered line is the plan's, even when it mentions a hotline (24.推动服务热线12345一号对外).
  if (readMarker(line)) return "text";
  return BOILERPLATE.some((re) => re.test(line)) ? "boilerplate" : "text";
}
