/**
 * Bench: the plan reader on the real-plans corpus (per document: tasks found / expected, pairs exact /
 * expected, recall and precision, doubts, parse time; then the corpus totals), and its throughput on a
 * 1 MB plan text.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chineseNumeral } from "../core/plan/numerals";
import { parsePlan } from "../core/plan/parse";
import { synthesizePlan } from "../core/plan/synthetic";
import { ROOT } from "./paths";
import { corpusDir, readTruths, scoreDocument, totals } from "./plan-corpus";
import { BenchCase } from "./types";

const DIR = corpusDir(ROOT);

function parseTimed(text: string): { ms: number; result: ReturnType<typeof parsePlan> } {
  const t0 = performance.now();
  const result = parsePlan(text);
  return { ms: Math.round((performance.now() - t0) * 10) / 10, result };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

const perDocument: BenchCase[] = readTruths(DIR).map((truth) => ({
  id: `plan-read:${truth.id}`,
  async run() {
    const { ms, result } = parseTimed(readFileSync(resolve(DIR, `${truth.id}.txt`), "utf8"));
    const s = scoreDocument(truth, result.value);
    return {
      bench: "plan-read",
      plan: truth.id,
      form: truth.form,
      heldOut: (truth as { heldOut?: boolean }).heldOut === true,
      tasks: `${s.tasksMatched}/${s.tasksExpected}`,
      extraTasks: s.tasksExtra,
      pairs: `${s.pairsExact}/${s.pairsExpected}`,
      pairRecall: ratio(s.pairsExact, s.pairsExpected),
      pairPrecision: ratio(s.pairsExact, s.pairsFound),
      doubts: result.issues.length,
      parseMs: ms,
    };
  },
}));

const corpusTotals: BenchCase = {
  id: "plan-read:corpus",
  async run() {
    const truths = readTruths(DIR);
    const scores = truths.map((t) =>
      scoreDocument(t, parsePlan(readFileSync(resolve(DIR, `${t.id}.txt`), "utf8")).value),
    );
    const heldOut = truths
      .map((t, i) => ((t as { heldOut?: boolean }).heldOut ? scores[i] : null))
      .filter((s) => s);
    const all = totals(scores);
    const held = totals(heldOut.filter((s): s is NonNullable<typeof s> => s !== null));
    return {
      bench: "plan-read-corpus",
      documents: all.documents,
      tasks: `${all.tasksMatched}/${all.tasksExpected}`,
      extraTasks: all.tasksExtra,
      pairs: `${all.pairsExact}/${all.pairsExpected}`,
      taskRecall: all.taskRecall,
      pairRecall: all.pairRecall,
      pairPrecision: all.pairPrecision,
      heldOutDocuments: held.documents,
      heldOutPairRecall: held.pairRecall,
      heldOutPairPrecision: held.pairPrecision,
    };
  },
};

/** A plan of the genre as text, about `bytes` long (synthetic items, seed-style clauses). */
export function planText(bytes: number): string {
  const lines = ["某某局2024年政务公开工作要点", "文章发表时间:2024-03-01", ""];
  let size = 0;
  for (let n = 50; size < bytes; n *= 2) {
    const plan = synthesizePlan(n, 7);
    lines.length = 3;
    for (const s of plan.sections) {
      lines.push(`${chineseNumeral(s.no)}、${s.title}`);
      for (const sub of plan.subsections.filter((x) => x.section === s.no)) {
        lines.push(`（${chineseNumeral(sub.no)}）${sub.title}`);
        for (const item of plan.items.filter((i) => i.subsection === sub.no))
          lines.push(`${item.no}.${item.text}（${item.clause}）`);
      }
    }
    size = Buffer.byteLength(lines.join("\n"));
  }
  return lines.join("\n");
}

const throughput: BenchCase = {
  id: "plan-read:1MB",
  async run() {
    const text = planText(1_000_000);
    const { ms, result } = parseTimed(text);
    const mb = Buffer.byteLength(text) / 1_000_000;
    return {
      bench: "plan-read-throughput",
      plan: "synthetic",
      megabytes: Math.round(mb * 100) / 100,
      items: result.value.items.length,
      parseMs: ms,
      mbPerSecond: Math.round((mb / (ms / 1000)) * 100) / 100,
    };
  },
};

export const benches: BenchCase[] = [...perDocument, corpusTotals, throughput];
