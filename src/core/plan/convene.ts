/**
 * The clause of a 分工 notice written as the task's last sentence, without brackets: 关于“…”的问题，由发展改革委
 * 会同中央农办、农业部等部门研究提出落实意见 / 由国土资源部会同农业部等部门负责落实. The unit named after 由
 * convenes the work (lead); the units after 会同 take part in it (cooperate). Only this 由…会同… form is read:
 * a plain 由X… in prose (由市财政给予资助) is not a clause.
 */
import type { ClauseReading } from "./assignments";
import { splitDepartmentList } from "./departments";
import { simplify } from "./traditional";

export interface ConveneClause {
  /** Where the clause (from 由) starts in the text; it runs to the end. */
  start: number;
  text: string;
  reading: ClauseReading;
}

/** The longest start of `words` that is a list of departments, with what follows it (the work). */
function namesThenWork(words: string): { names: string[]; work: string } | null {
  for (let k = words.length - 1; k >= 2; k--) {
    const names = splitDepartmentList(words.slice(0, k));
    if (names) return { names, work: words.slice(k) };
  }
  return null;
}

export function conveneClause(text: string): ConveneClause | null {
  const end = text.replace(/[\s\u3000。.]+$/, "").length;
  const plain = simplify(text.slice(0, end));
  const segmentStart = Math.max(...[...",，;；。"].map((c) => plain.lastIndexOf(c))) + 1;
  const m = /^由(.+?)会同(.+)$/.exec(plain.slice(segmentStart));
  if (!m) return null;
  const start = segmentStart;
  const leadText = text.slice(start + 1, start + 1 + m[1].length);
  const leads = splitDepartmentList(leadText);
  const rest = namesThenWork(text.slice(start + 1 + m[1].length + 2, end));
  if (!leads || !rest || rest.work.trim() === "") return null;
  return {
    start,
    text: text.slice(start, end),
    reading: {
      assignments: [
        ...leads.map((department) => ({ department, role: "lead" as const, scope: null })),
        ...rest.names.map((department) => ({ department, role: "cooperate" as const, scope: null })),
      ],
      unknown: [],
      deadline: null,
    },
  };
}
