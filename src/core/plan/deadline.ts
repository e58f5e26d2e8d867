/**
 * Deadlines as plans write them in a clause or a 完成时限 cell: 2021年6月底前, 6月底前完成, 年内, 长期坚持,
 * 持续推进. The words are kept; a date is given where one is written (with the document's year when the
 * words leave the year out).
 */

const N = "[0-9０-９]";
/** A phrase that is a deadline and nothing else. */
const DEADLINE_WORDS =
  /^(?:(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}[日号])?(?:底|末|中旬|上旬|下旬|年底|年末|上半年|下半年|年内|前)*(?:前|之前|以前|起|开始)?|年内|年底前|年底|长期坚持|长期|持续推进|持续开展|持续|常态化推进|常态化|经常性|每季度|每月|每年|每半年|全年|按季度|按月|按年度|及时|定期)+(?:完成|实现|到位|推进|落实|开展|实施|启动|部署|完成并持续推进)?$/;
const HAS_TIME =
  /[0-9０-９]{1,4}\s*[年月日]|年内|年底|长期|持续|常态|每季度|每月|每年|每半年|全年|按季度|定期/;

export interface DeadlineText {
  /** As written. */
  text: string;
  /** yyyy-mm-dd when a date can be read, else null. */
  date: string | null;
}

function ascii(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/** Whether a clause part is a deadline (2021年6月底前完成, 长期坚持) rather than a department or a role. */
export function isDeadlinePart(part: string): boolean {
  const t = part.replace(/[\s\u3000。.,，;；]/g, "");
  return t !== "" && HAS_TIME.test(t) && DEADLINE_WORDS.test(t);
}

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** The date a deadline names, reading a missing year as `year`; null for words (长期坚持). */
export function deadlineDate(text: string, year: number | null): string | null {
  const t = ascii(text);
  const full = new RegExp(`(${N}{4})\\s*年\\s*(${N}{1,2})\\s*月\\s*(${N}{1,2})\\s*[日号]`).exec(t);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : null;
  }
  const iso = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, "0")}-${iso[3].padStart(2, "0")}`;
  const month = /(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月/.exec(t);
  if (month) {
    const y = month[1] ? Number(month[1]) : year;
    const m = Number(month[2]);
    if (y === null || m < 1 || m > 12) return null;
    if (/上旬/.test(t)) return `${y}-${String(m).padStart(2, "0")}-10`;
    if (/中旬/.test(t)) return `${y}-${String(m).padStart(2, "0")}-20`;
    return lastDay(y, m);
  }
  const y = /(\d{4})\s*年/.exec(t);
  const theYear = y ? Number(y[1]) : year;
  if (theYear === null) return null;
  if (/上半年/.test(t)) return `${theYear}-06-30`;
  if (/年底|年末|年内|下半年|全年/.test(t) || (y && /年(?:前|之前|以前)?(?:完成)?$/.test(t)))
    return `${theYear}-12-31`;
  return null;
}

export function readDeadlineText(text: string, year: number | null): DeadlineText {
  const trimmed = text.trim().replace(/[。;；,，]+$/, "");
  return { text: trimmed, date: deadlineDate(trimmed, year) };
}

/** A time before which something is due: 2019年6月底前, 9月30日前, 2020年底前 (a year or a month at least). */
const DUE_BEFORE =
  "(?:[0-9０-９]{4}\\s*年\\s*(?:[0-9０-９]{1,2}\\s*月(?:[0-9０-９]{1,2}\\s*[日号])?)?|[0-9０-９]{1,2}\\s*月(?:[0-9０-９]{1,2}\\s*[日号])?)(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前)";
/** A sentence of a task that opens with its deadline: `2019年6月底前，研究建立…`, `年底前，完成…`. */
const OPENING = new RegExp(`(?:^|[。；;！!])\\s*(${DUE_BEFORE}|年底前|年内)[，,、：:\\s]`, "g");
/** A deadline stated in the text: `…，于2019年12月底前完成`, `2020年底前全面完成…`, `9月底前建成`. */
const DUE_IN_TEXT = new RegExp(
  `(${DUE_BEFORE})(?:全面|基本|全部|如期)?(?:完成|建成|实现|出台|印发|上线|到位)`,
  "g",
);

/**
 * The deadline a task's own text states, for a task whose clause gives none: a sentence opening with a time
 * (`2019年6月底前，…`) or a time before `完成/实现/出台…`; of several (a task of stages), the last. Null when
 * the text states none.
 */
export function deadlineInText(text: string): string | null {
  const found = [...text.matchAll(OPENING), ...text.matchAll(DUE_IN_TEXT)]
    .map((m) => ({ at: (m.index ?? 0) + m[0].indexOf(m[1]), text: m[1] }))
    .sort((a, b) => a.at - b.at);
  const last = found[found.length - 1];
  return last ? last.text.replace(/\s+/g, "") : null;
}
