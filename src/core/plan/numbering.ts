/**
 * Checks the document's numbering: within one parent, units of one kind go 1, 2, 3 …; a first unit may also
 * continue the numbering of the part before (plans that number items 1–30 across sections). Gaps, repeats
 * and reversals are reported, never fixed.
 */
import { planIssues } from "./issues";
import { MarkerKind } from "./markers";
import { Outline, OutlineNode } from "./outline";
import { RawTask } from "./tasks";
import { Item, PlanIssue } from "./types";

type Thing = "section" | "subsection" | "item";

const LABEL: Record<Thing, (n: number) => string> = {
  section: (n) => `第 ${n} 部分`,
  subsection: (n) => `第 ${n} 小节`,
  item: (n) => `第 ${n} 项`,
};

export function numberingIssues(
  outline: Outline,
  tasks: readonly RawTask[],
  items: readonly Item[],
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const itemOf = new Map<OutlineNode, number>();
  tasks.forEach((t, i) => {
    if (!itemOf.has(t.node)) itemOf.set(t.node, items[i].no);
  });
  const lastOfKind = new Map<MarkerKind, number>();
  const lastUnder = new Map<OutlineNode | null, Map<MarkerKind, number>>();
  for (const node of outline.nodes) {
    if (!node.marker || node.continues) continue;
    const { kind, no } = node.marker;
    const under = lastUnder.get(node.parent) ?? new Map<MarkerKind, number>();
    lastUnder.set(node.parent, under);
    const thing: Thing = itemOf.has(node)
      ? "item"
      : kind === "cn"
        ? "section"
        : kind === "paren-cn"
          ? "subsection"
          : "item";
    const label = LABEL[thing];
    const item = itemOf.get(node) ?? null;
    const prev = under.get(kind);
    const global = lastOfKind.get(kind) ?? 0;
    const expected = prev !== undefined ? prev + 1 : null;
    let message: string | null = null;
    if (expected === null) {
      if (no !== 1 && no !== global + 1) {
        const from = global + 1 <= no - 1 && global > 0 ? global + 1 : 1;
        message = `编号不连续：缺少${from === no - 1 ? label(from) : `${label(from)}至${label(no - 1)}`}`;
      }
    } else if (no === prev) message = `编号重复：${label(no)}已出现过`;
    else if (prev !== undefined && no < prev) message = `编号倒序：${label(no)}出现在${label(prev)}之后`;
    else if (expected !== null && no > expected)
      message = `编号不连续：缺少${no - 1 === expected ? label(expected) : `${label(expected)}至${label(no - 1)}`}`;
    if (message) issues.push(planIssues.numbering(node.line, item, message, node.text.split("\n")[0]));
    under.set(kind, Math.max(prev ?? 0, no));
    lastOfKind.set(kind, Math.max(global, no));
  }
  return issues;
}
