/**
 * A plan's own rule that the first-listed unit leads: 列第一位者为牵头单位，下同 · 排在第一位的部门为牵头部门 ·
 * 首位单位为牵头单位 · 第一责任单位为牵头单位 · 排名第一的为牵头部门 · （以下各项工作中，列在首位的为牵头单位，下同）.
 * The document states it once — a note after a clause, a paragraph near the top, a footnote — and means it
 * for the clauses under it. There, a list of two or more units given the plain role (负责, 责任单位：, a lone
 * list) has its first unit lead; the others keep the clause's role, or take the one the statement gives them
 * (其他为配合单位 → cooperate). A clause that names roles itself (牵头, 配合, 按职责分工负责, 分别负责) and a
 * clause of one unit are left as written; a document that does not state the rule is never touched.
 */
import type { ClauseReading } from "./assignments";
import type { OutlineNode } from "./outline";
import { simplify } from "./traditional";
import { Role } from "./types";

/** 列第一位者 · 排在第一位的部门 · 排名第一的 · 列在首位的 · 首位单位 · 第一个单位 · 第一责任单位 … 为牵头(单位). */
const FIRST =
  "(?:(?:列|排|排列|排名|排序|位列|名列)(?:在|于)?(?:第一位?|首位|第一个)(?:的|者)?(?:责任)?(?:单位|部门)?(?:者|的)?" +
  "|(?:第一个?|首位)的?(?:责任)?(?:单位|部门)(?:者|的)?)";
const STATEMENT = new RegExp(`${FIRST}(?:为|是)(?:工作)?(?:牵头|主办|主责)`);
/** Written alike in simplified and traditional characters: a quick test before simplifying. */
const FIRST_WORD = /第一|首位/;
/** What the statement says of the others: 其他为配合单位 · 其余为参与单位 · 其他单位为责任单位. */
const OTHERS = /其[他余它]的?各?(?:单位|部门)?(?:为|是)(配合|参与|协办|协助|参加|协同|责任|负责)/;
/** The statement holds from where it is made onwards: 下同, 以下各项, 后同. */
const ONWARD = /下同|以下|后同|下列/;
/** A clause whose units each answer for their own part: no unit leads it. */
const SEPARATELY = /分别(?:负责|落实|承担)|各自负责/;

export interface FirstLeadStatement {
  /** The role of the units after the first: responsible unless the statement says (其他为配合单位). */
  others: Role;
  /** Stated with 下同/以下: from where it is stated onwards (else only there, or the whole document). */
  onward: boolean;
  /** The sentence (or bracket) that states it, as printed. */
  sentence: string;
}

/** The statement of the rule in a text, or null. */
export function firstLeadStatement(text: string): FirstLeadStatement | null {
  if (!FIRST_WORD.test(text)) return null;
  const plain = simplify(text);
  const m = STATEMENT.exec(plain);
  if (!m) return null;
  let from = m.index;
  while (from > 0 && !/[。；;（(【〔\n]/.test(plain[from - 1])) from--;
  let to = m.index + m[0].length;
  while (to < plain.length && !/[。；;）)】〕\n]/.test(plain[to])) to++;
  const sentence = plain.slice(from, to);
  const others = OTHERS.exec(sentence.slice(m.index - from));
  return {
    others: others && !/责任|负责/.test(others[1]) ? "cooperate" : "responsible",
    onward: ONWARD.test(sentence),
    sentence: text.slice(from, to),
  };
}

/** Whether a part of a clause is the statement (排在第一位的部门为牵头部门): a note, not names. */
export function isFirstLeadNote(part: string): boolean {
  return FIRST_WORD.test(part) && STATEMENT.test(simplify(part));
}

/** A reading under the rule: the first of its plain-responsible units leads, when there are two or more. */
export function leadFirst(reading: ClauseReading, clause: string, others: Role): ClauseReading {
  const list = reading.assignments;
  if (list.length < 2 || SEPARATELY.test(simplify(clause))) return reading;
  if (!list.every((a) => a.role === "responsible" && a.scope === list[0].scope)) return reading;
  if (new Set(list.map((a) => a.department)).size < 2) return reading;
  return {
    ...reading,
    assignments: list.map((a, i) => ({ ...a, role: i === 0 ? "lead" : others })),
  };
}

interface TaskLike {
  clause: string;
  reading: ClauseReading;
  line: number;
}

/**
 * Applies the document's statements to its tasks. A statement in a task's clause holds for that task, and
 * with 下同/以下 for every later task too (a heading's clause, given to its sub-units, holds for each). A
 * statement elsewhere (a paragraph, a heading's note, a footnote) holds for the whole document, or with
 * 以下/下同 for the tasks from its line on. A later statement overrides an earlier one where both hold.
 */
export function applyFirstLead<T extends TaskLike>(tasks: T[], nodes: readonly OutlineNode[]): T[] {
  const spans: { from: number; to: number; others: Role; whole: boolean }[] = [];
  tasks.forEach((t, i) => {
    const s = firstLeadStatement(t.clause);
    if (s) spans.push({ from: i, to: s.onward ? tasks.length : i + 1, others: s.others, whole: false });
  });
  for (const node of nodes)
    for (const text of [node.text, ...node.lineClauses.map((c) => c.text)]) {
      const s = firstLeadStatement(text);
      if (!s || tasks.some((t) => t.clause.includes(s.sentence))) continue;
      const at = tasks.findIndex((t) => t.line >= node.line);
      if (!s.onward) spans.push({ from: 0, to: tasks.length, others: s.others, whole: true });
      else if (at >= 0) spans.push({ from: at, to: tasks.length, others: s.others, whole: false });
    }
  if (spans.length === 0) return tasks;
  spans.sort((a, b) => Number(b.whole) - Number(a.whole) || a.from - b.from);
  const rule: (Role | null)[] = tasks.map(() => null);
  for (const s of spans) for (let i = s.from; i < s.to; i++) rule[i] = s.others;
  return tasks.map((t, i) => {
    const others = rule[i];
    if (others === null) return t;
    const reading = leadFirst(t.reading, t.clause, others);
    return reading === t.reading ? t : { ...t, reading };
  });
}
