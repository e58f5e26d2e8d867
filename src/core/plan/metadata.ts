/**
 * The plan's identity from the lines before its first task: title (the line naming the plan, not the
 * notice that forwards it, nor the web page's lines), issuer (the title's prefix when it names an
 * organisation, else the signature or 来源), publication date (a dated line, or the date under the signature).
 */
import { looksLikeDepartment } from "./departments";
import { toAsciiDigits, parseNumeral } from "./numerals";

const GENRE_END = /(?:要点|方案|意见|分工|分解表|分解|计划|清单|台账|安排|任务|措施|细则|分工表|举措|通知)$/;
const FORWARD = /^关于印发(?:《)?(.+?)(?:》)?的通知$/;
const DATE_LINE =
  /^(?:[•·\s]*)?(?:文章)?(?:发表时间|发布时间|发布日期|发文日期|成文日期|印发日期|日期|时间)?\s*[:：]?\s*([0-9０-９]{4})\s*[-/.年]\s*([0-9０-９]{1,2})\s*[-/.月]\s*([0-9０-９]{1,2})/;
const CN_DATE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
const SOURCE = /^(?:来源|发布机构|发文机关|信息来源)\s*[:：]\s*(\S+)/;

function pad(n: string): string {
  return n.padStart(2, "0");
}

/** A line that states a date (文章发表时间:2019-06-12, 时间:2020年09月15日, 2021年6月29日), as yyyy-mm-dd. */
export function dateOfLine(line: string): { date: string; labelled: boolean } | null {
  const m = DATE_LINE.exec(line);
  if (m) {
    const labelled = /时间|日期/.test(line.slice(0, m.index + m[0].indexOf(m[1])));
    const rest = line.slice(m[0].length);
    // A date alone on its line (the signature's), or after a label; not a date inside a sentence.
    if (!labelled && !/^\s*(?:日|号)?\s*(?:[0-9:：\s]*)$/.test(rest)) return null;
    const [y, mo, d] = [m[1], m[2], m[3]].map(toAsciiDigits);
    return { date: `${y}-${pad(mo)}-${pad(d)}`, labelled };
  }
  const cn = CN_DATE.exec(line.trim());
  if (cn) {
    const [y, mo, d] = [parseNumeral(cn[1]), parseNumeral(cn[2]), parseNumeral(cn[3])];
    if (y !== null && mo !== null && d !== null)
      return { date: `${y}-${pad(String(mo))}-${pad(String(d))}`, labelled: false };
  }
  return null;
}

/** The issuing body: the title's prefix before the year, when it names an organisation. */
export function issuerOf(title: string): string {
  const m = /^(.*?)(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(title);
  const prefix = m ? m[1].trim() : "";
  return prefix !== "" && looksLikeDepartment(prefix) ? prefix : "";
}

export interface Metadata {
  title: string;
  issuer: string;
  published: string | null;
  /** Index (in `lines`) of the title line, -1 when none. */
  titleIndex: number;
}

/** Reads the head of a plan: `lines` are the non-blank lines before the first task. */
export function readMetadata(lines: readonly string[]): Metadata {
  let titleIndex = lines.findIndex(
    (l) => GENRE_END.test(l) && !/通知$/.test(l) && [...l].length <= 60 && !/^关于/.test(l),
  );
  let title = titleIndex >= 0 ? lines[titleIndex] : "";
  // A title broken over two lines (…规范化 / 工作实施方案).
  if (titleIndex > 0 && [...title].length <= 12) {
    const prev = lines[titleIndex - 1];
    if ([...prev].length <= 40 && !/[。，,：:；;]$/.test(prev) && !dateOfLine(prev)) {
      title = prev + title;
      titleIndex -= 1;
    }
  }
  if (!title) {
    const forward = lines.map((l) => FORWARD.exec(l)).find((m) => m);
    if (forward) title = forward[1];
  }
  title = title.replace(/^附件\s*[0-9０-９]*\s*[:：]?\s*(?:[0-9０-９]+\s*[.．、]\s*)?/, "");
  if (!title && lines.length > 0) {
    titleIndex = 0;
    title = lines[0];
  }
  let published: string | null = null;
  for (const line of lines) {
    const d = dateOfLine(line);
    if (d?.labelled) {
      published = d.date;
      break;
    }
    if (d && published === null) published = d.date;
  }
  let issuer = issuerOf(title);
  if (!issuer) {
    // The signature: an organisation's name on the line above a date line.
    for (let i = 1; i < lines.length && !issuer; i++)
      if (dateOfLine(lines[i]) && !dateOfLine(lines[i])?.labelled && looksLikeDepartment(lines[i - 1]))
        issuer = lines[i - 1];
  }
  if (!issuer) {
    const source = lines.map((l) => SOURCE.exec(l)).find((m) => m && looksLikeDepartment(m[1]));
    if (source) issuer = source[1];
  }
  return { title, issuer, published, titleIndex };
}
