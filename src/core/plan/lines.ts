/**
 * Line-level reading of a plan: what each source line is (heading, item, publication line, web-page
 * boilerplate, plain text). ASCII and full-width punctuation are both accepted.
 */
import { CHINESE_NUMERAL_CHARS, parseNumeral, toAsciiDigits } from "./numerals";

export type PlanLine =
  | { kind: "blank" }
  | { kind: "published"; date: string }
  | { kind: "section"; no: number; title: string }
  | { kind: "subsection"; no: number; title: string }
  | { kind: "item"; no: number; body: string }
  /** Start of the web page's footer (文章附件:, 相关链接:, 版权所有 …): everything from here on is ignored. */
  | { kind: "footer" }
  /** A stray web-page line (来源:, 字号, phone, e-mail …), ignored. */
  | { kind: "boilerplate" }
  | { kind: "text"; text: string };

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const SECTION = new RegExp(`^(${N})\\s*[、，,．.]\\s*(.+)$`);
const SUBSECTION = new RegExp(`^[(（]\\s*(${N})\\s*[)）]\\s*(.*)$`);
/** 1. / 1．/ 1、 — but not a decimal such as 1.5倍. */
const ITEM = /^([0-9０-９]+)\s*(?:[.．](?![0-9０-９])|、)\s*(.*)$/;
const PUBLISHED =
  /^(?:文章)?(?:发表时间|发布时间|发布日期|发文日期|成文日期|日期)\s*[:：]\s*([0-9０-９]{4})\s*[-/.年]\s*([0-9０-９]{1,2})\s*[-/.月]\s*([0-9０-９]{1,2})/;
const FOOTER = /^(?:文章附件|相关链接|相关文章|相关阅读|相关新闻|版权所有|Copyright|©|打印本页|关闭窗口)/i;
const BOILERPLATE: readonly RegExp[] = [
  /^(?:来源|作者|责任编辑|编辑|浏览次数|点击数|字号|【字体|【打印|分享到)/,
  /版权所有|©|ICP备/,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /(?:热线|电话|传真|联系方式)\s*[:：]?\s*[+\d(（]/,
];

/** Splits text into lines (LF, CRLF or CR), dropping a byte-order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/** Trims ASCII, full-width (U+3000) and non-breaking spaces. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
}

function pad2(n: string): string {
  return n.padStart(2, "0");
}

export function classifyLine(raw: string): PlanLine {
  const line = trimLine(raw);
  if (line === "") return { kind: "blank" };
  if (FOOTER.test(line)) return { kind: "footer" };
  const published = PUBLISHED.exec(line);
  if (published) {
    const [y, m, d] = [published[1], published[2], published[3]].map(toAsciiDigits);
    return { kind: "published", date: `${y}-${pad2(m)}-${pad2(d)}` };
  }
  const item = ITEM.exec(line);
  if (item) return { kind: "item", no: Number(toAsciiDigits(item[1])), body: item[2] };
  const sub = SUBSECTION.exec(line);
  const subNo = sub ? parseNumeral(sub[1]) : null;
  if (sub && subNo !== null) return { kind: "subsection", no: subNo, title: trimLine(sub[2]) };
  const section = SECTION.exec(line);
  const sectionNo = section ? parseNumeral(section[1]) : null;
  if (section && sectionNo !== null) return { kind: "section", no: sectionNo, title: trimLine(section[2]) };
  if (BOILERPLATE.some((re) => re.test(line))) return { kind: "boilerplate" };
  return { kind: "text", text: line };
}
