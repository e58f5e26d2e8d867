/**
 * The merge report as text: the one formatter of the CLI's stdout and the task pane's report. Only the host's
 * words differ (MergeHints: `总表` or `本工作簿`, whether long values are cut); the pane shows the same lines
 * grouped under its own headings.
 */
import { Plan } from "../plan/types";
import { MergeHints, commandLineHints } from "./hints";
import { OUTCOME_LABELS, fieldLabel } from "./labels";
import { copyLabel } from "./merge";
import {
  Conflict,
  MERGE_OUTCOMES,
  MergeEvent,
  MergeOutcome,
  MergeProblem,
  MergeReport,
  MergeResult,
} from "./types";
import { describe } from "./values";

const MAX_SHOWN = 100;

function shown(value: MergeEvent["value"], hints: MergeHints): string {
  const text = describe(value);
  if (hints.reportSheet === null || text.length <= MAX_SHOWN) return text;
  return `${text.slice(0, MAX_SHOWN)}…（全文见${hints.reportSheet}）`;
}

/** 序号 3「状态」 (副本第 N 行 for a row that matches no item). */
function cellName(no: number | null, field: MergeEvent["field"], sheetRow: number | null): string {
  return `${no === null ? `副本第 ${sheetRow ?? "?"} 行` : `序号 ${no}`}「${fieldLabel(field)}」`;
}

/** 序号 3「状态」：“未启动” → “推进中”——reason (the outcome is said by the line's heading or prefix). */
export function eventLine(e: MergeEvent, hints: MergeHints): string {
  const change =
    e.outcome === "taken"
      ? `${shown(e.before, hints)} → ${shown(e.after, hints)}`
      : `副本 ${shown(e.value, hints)}${e.outcome === "rejected" ? "" : `，${hints.masterShort} ${shown(e.before, hints)}`}`;
  return `${cellName(e.no, e.field, e.sheetRow)}：${change}${e.reason ? `——${e.reason}` : ""}`;
}

/** 序号 3「状态」：总表 “推进中”；《a.xlsx》（办公室） “已完成”；… */
export function conflictLine(report: MergeReport, k: Conflict, hints: MergeHints): string {
  const master = `${hints.masterShort}${k.masterChanged ? "（发出后已修改）" : ""} ${shown(k.master, hints)}`;
  const values = k.values.map((v) => `${copyLabel(report.copies[v.copy])} ${shown(v.value, hints)}`);
  return `${cellName(k.no, k.field, null)}：${[master, ...values].join("；")}`;
}

/** The events of one copy grouped by outcome, in the report's order. */
export function eventsByOutcome(report: MergeReport, copy: number): Record<MergeOutcome, MergeEvent[]> {
  const out: Record<MergeOutcome, MergeEvent[]> = { taken: [], skipped: [], rejected: [], conflict: [] };
  for (const e of report.events) if (e.copy === copy) out[e.outcome].push(e);
  return out;
}

export function totals(report: MergeReport): Record<MergeOutcome, number> {
  const t = { taken: 0, skipped: 0, rejected: 0, conflict: 0 };
  for (const c of report.copies) for (const o of MERGE_OUTCOMES) t[o] += c.counts[o];
  return t;
}

/** A refused merge: nothing was changed or written. */
export function refusedLines(problems: readonly MergeProblem[], hints: MergeHints): string[] {
  return [
    `未合并：以下文件有问题，${hints.masterShort}未作任何改动，也没有生成合并结果。`,
    ...problems.map((p) => `  · ${p.message}`),
  ];
}

export function reportLines(result: MergeResult, plan: Plan, hints?: MergeHints): string[] {
  const { report } = result;
  const words = hints ?? commandLineHints(report.masterName);
  if (result.problems.length > 0) return refusedLines(result.problems, words);
  const lines = [
    `合并：${words.master}，部门副本 ${report.copies.length} 份（计划共 ${plan.items.length} 项）。`,
  ];
  for (const n of report.notes) lines.push(`  提示：${n}`);
  report.copies.forEach((c, i) => {
    const scope = c.department ? `负责 ${c.items} 项` : "整表";
    lines.push(
      `${copyLabel(c)}[${scope}]：采纳 ${c.counts.taken} 格，跳过 ${c.counts.skipped} 格，拒绝 ${c.counts.rejected} 格，冲突 ${c.counts.conflict} 格`,
    );
    for (const n of c.notes) lines.push(`    提示：${n}`);
    for (const e of report.events)
      if (e.copy === i) lines.push(`    ${OUTCOME_LABELS[e.outcome]} ${eventLine(e, words)}`);
  });
  const t = totals(report);
  lines.push(
    `合计：采纳 ${t.taken} 格，跳过 ${t.skipped} 格，拒绝 ${t.rejected} 格，冲突 ${report.conflicts.length} 处（${words.masterShort}保持原值）。${words.reportSheet ? `详见${words.reportSheet}。` : ""}`,
  );
  if (report.conflicts.length > 0) {
    lines.push("待人工决定的冲突：");
    for (const k of report.conflicts) lines.push(`  ${conflictLine(report, k, words)}`);
  }
  return lines;
}
