/** Checks that sections, subsections and items are numbered 1, 2, 3 … without gaps or repeats. */
import { planIssues } from "./issues";
import { PlanIssue } from "./types";

export type NumberedThing = "section" | "subsection" | "item";

const LABEL: Record<NumberedThing, (n: number) => string> = {
  section: (n) => `第 ${n} 部分`,
  subsection: (n) => `第 ${n} 小节`,
  item: (n) => `第 ${n} 项`,
};

/** Tracks one numbering sequence and reports what breaks it. */
export class NumberingCheck {
  private last = 0;

  constructor(private readonly thing: NumberedThing) {}

  check(no: number, line: number, text: string): PlanIssue | null {
    const expected = this.last + 1;
    const label = LABEL[this.thing];
    const item = this.thing === "item" ? no : null;
    let issue: PlanIssue | null = null;
    if (no === this.last) {
      issue = planIssues.numbering(line, item, `编号重复：${label(no)}已出现过`, text);
    } else if (no < this.last) {
      issue = planIssues.numbering(line, item, `编号倒序：${label(no)}出现在${label(this.last)}之后`, text);
    } else if (no > expected) {
      const missing = no - 1 === expected ? label(expected) : `${label(expected)}至${label(no - 1)}`;
      issue = planIssues.numbering(line, item, `编号不连续：缺少${missing}`, text);
    }
    this.last = Math.max(this.last, no);
    return issue;
  }
}
