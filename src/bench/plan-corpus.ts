/**
 * Scoring the reader against the real-plans corpus (tests/fixtures/plans/corpus): per document, tasks found
 * against the hand-written truth, and (department, role) pairs exact, as recall and precision. Used by the
 * corpus test and by `npm run bench`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Plan } from "../core/plan/types";

export interface TruthTask {
  label: string;
  text: string;
  assignments: [string, string][];
  deadline: string | null;
}

export interface Truth {
  id: string;
  title: string;
  url: string;
  form: string;
  partial: string | null;
  tasks: TruthTask[];
}

export interface DocumentScore {
  id: string;
  form: string;
  tasksExpected: number;
  tasksFound: number;
  /** Truth tasks matched to an item, in order. */
  tasksMatched: number;
  /** Items the reader made that match no truth task. */
  tasksExtra: number;
  pairsExpected: number;
  pairsFound: number;
  pairsExact: number;
  /** Truth tasks that were not matched, or whose pairs differ: what to look at. */
  misses: string[];
}

export function corpusDir(root: string): string {
  return join(root, "tests/fixtures/plans/corpus");
}

export function readTruths(dir: string): Truth[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Truth);
}

/** Text as compared: no spaces, ASCII and full-width punctuation alike. */
export function normalise(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0|｜]/g, "")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")")
    .replace(/[，,]/g, ",")
    .replace(/[：:]/g, ":")
    .replace(/[；;]/g, ";");
}

const pairKey = (department: string, role: string): string => `${normalise(department)}|${role}`;

export function scoreDocument(truth: Truth, plan: Plan): DocumentScore {
  const items = plan.items.map((i) => ({ item: i, text: normalise(i.text) }));
  const used = new Set<number>();
  let pointer = 0;
  let tasksMatched = 0;
  let pairsExact = 0;
  let pairsFound = 0;
  const misses: string[] = [];
  for (const task of truth.tasks) {
    const needle = normalise(task.text);
    let at = -1;
    for (let k = pointer; k < items.length && at < 0; k++)
      if (!used.has(k) && items[k].text.includes(needle)) at = k;
    for (let k = 0; k < pointer && at < 0; k++) if (!used.has(k) && items[k].text.includes(needle)) at = k;
    if (at < 0) {
      misses.push(`未找到任务 ${task.label} “${task.text}”`);
      continue;
    }
    used.add(at);
    pointer = at + 1;
    tasksMatched += 1;
    const got = new Set(items[at].item.assignments.map((a) => pairKey(a.department, a.role)));
    const want = new Set(task.assignments.map(([d, r]) => pairKey(d, r)));
    const exact = [...want].filter((k) => got.has(k)).length;
    pairsExact += exact;
    pairsFound += got.size;
    if (exact !== want.size || got.size !== want.size)
      misses.push(
        `${task.label} “${task.text}”：应为 ${[...want].join(" ")}；读出 ${[...got].join(" ") || "（无）"}`,
      );
  }
  // Pairs of items that match no truth task count against precision too.
  items.forEach((x, k) => {
    if (!used.has(k)) pairsFound += x.item.assignments.length;
  });
  return {
    id: truth.id,
    form: truth.form,
    tasksExpected: truth.tasks.length,
    tasksFound: plan.items.length,
    tasksMatched,
    tasksExtra: plan.items.length - used.size,
    pairsExpected: truth.tasks.reduce(
      (n, t) => n + new Set(t.assignments.map(([d, r]) => pairKey(d, r))).size,
      0,
    ),
    pairsFound,
    pairsExact,
    misses,
  };
}

export interface CorpusTotals {
  documents: number;
  tasksExpected: number;
  tasksMatched: number;
  tasksExtra: number;
  pairsExpected: number;
  pairsFound: number;
  pairsExact: number;
  taskRecall: number;
  pairRecall: number;
  pairPrecision: number;
}

export function totals(scores: readonly DocumentScore[]): CorpusTotals {
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const t = {
    documents: scores.length,
    tasksExpected: sum((s) => s.tasksExpected),
    tasksMatched: sum((s) => s.tasksMatched),
    tasksExtra: sum((s) => s.tasksExtra),
    pairsExpected: sum((s) => s.pairsExpected),
    pairsFound: sum((s) => s.pairsFound),
    pairsExact: sum((s) => s.pairsExact),
  };
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    ...t,
    taskRecall: ratio(t.tasksMatched, t.tasksExpected),
    pairRecall: ratio(t.pairsExact, t.pairsExpected),
    pairPrecision: ratio(t.pairsExact, t.pairsFound),
  };
}
