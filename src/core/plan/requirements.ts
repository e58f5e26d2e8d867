/**
 * Plan-level requirements from the closing paragraph: who must do what, to whom, by when
 * (本工作要点印发之日起5个工作日内…; 应于2020年1月5日前…). A clause with its own subject
 * (…,办公室负责通报…) starts a requirement of its own.
 */
import { splitDepartmentList, looksLikeDepartment } from "./departments";
import { CHINESE_NUMERAL_CHARS, parseNumeral } from "./numerals";
import { Deadline, Requirement } from "./types";

export interface RequirementOptions {
  /** The plan's publication date (yyyy-mm-dd), or null. */
  published: string | null;
  /** n working days after an ISO date; may throw when the calendar does not cover the span. */
  addWorkdays: (isoDate: string, n: number) => string;
}

const N = `[0-9０-９${CHINESE_NUMERAL_CHARS}]`;
const WORKDAYS = new RegExp(
  `(?:印发|发布|下发|公布|签发)(?:之日)?(?:起|后)\\s*(${N}+)\\s*个工作日(?:内|之内)?`,
);
const DATE = new RegExp(
  `(${N}{4})\\s*年\\s*(${N}{1,3})\\s*月\\s*(${N}{1,3})\\s*[日号]\\s*(?:前|之前|以前|止|为止)`,
);
const REPORT_TO = /向([^，,。；;、\s]+?)(?:报送|报告|提交|报备|反馈|上报|报)/;
const SUBJECT_VERBS = ["必须", "应当", "要", "应", "须", "负责"];
const PIECE = /[^,，。!！?？;；]+[,，。!！?？;；]*/g;

/** Stable ids by what the requirement asks for. */
const IDS: readonly [RegExp, string][] = [
  [/联系人/, "contacts"],
  [/总结/, "annual-summary"],
  [/通报/, "progress-briefing"],
];

/** The subject of a clause (各部门单位要…, 各项工作的牵头部门和责任部门应…), or null. */
export function readSubject(piece: string): string[] | null {
  const chars = [...piece];
  for (let i = 1; i < chars.length; i++) {
    const rest = chars.slice(i).join("");
    if (!SUBJECT_VERBS.some((v) => rest.startsWith(v))) continue;
    const prefix = chars.slice(0, i).join("");
    // "各项工作的牵头部门和责任部门": the qualifier before 的 is not part of the names.
    const names = splitDepartmentList(prefix.slice(prefix.lastIndexOf("的") + 1));
    if (names) return names;
  }
  return null;
}

function toDate(y: string, m: string, d: string): string | null {
  const [year, month, day] = [parseNumeral(y), parseNumeral(m), parseNumeral(d)];
  if (year === null || month === null || day === null) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function readDeadline(text: string, options: RequirementOptions): Deadline | null {
  const workdays = WORKDAYS.exec(text);
  const days = workdays ? parseNumeral(workdays[1]) : null;
  if (days !== null) {
    let date: string | null = null;
    if (options.published) {
      try {
        date = options.addWorkdays(options.published, days);
      } catch {
        date = null; // outside the holiday calendar: the deadline stays relative
      }
    }
    return { kind: "workdays", days, from: "published", date };
  }
  const fixed = DATE.exec(text);
  const date = fixed ? toDate(fixed[1], fixed[2], fixed[3]) : null;
  return date ? { kind: "date", date } : null;
}

function readReportTo(text: string): string | null {
  const m = REPORT_TO.exec(text);
  return m && looksLikeDepartment(m[1]) ? m[1] : null;
}

interface Draft {
  who: string[];
  text: string;
}

export function readRequirements(closing: string, options: RequirementOptions): Requirement[] {
  const drafts: Draft[] = [];
  for (const piece of closing.match(PIECE) ?? []) {
    const who = readSubject(piece.trim());
    const current = drafts[drafts.length - 1];
    // A clause without its own subject continues the requirement before it (its subject is implied).
    if (who || !current) drafts.push({ who: who ?? [], text: piece.trim() });
    else current.text += piece.trim();
  }
  const used = new Map<string, number>();
  return drafts.map((draft, index) => {
    const text = draft.text.replace(/[,，]+$/, "");
    const base = IDS.find(([re]) => re.test(text))?.[1] ?? `requirement-${index + 1}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      text,
      who: draft.who,
      reportTo: readReportTo(text),
      deadline: readDeadline(text, options),
    };
  });
}
