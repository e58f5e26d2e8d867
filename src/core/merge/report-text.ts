/** The merge report as lines of text (CLI stdout; the pane can show the same lines). */
import { Plan } from "../plan/types";
import { copyLabel } from "./merge";
import { OUTCOME_LABELS, fieldLabel } from "./labels";
import { MERGE_OUTCOMES, MergeEvent, MergeReport, MergeResult } from "./types";
import { describe } from "./values";
import { REPORT_SHEET } from "./constants";

const MAX_SHOWN = 100;

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…（全文见“${REPORT_SHEET}”表）` : text;
}

function eventLine(e: MergeEvent): string {
  const where = e.no === null ? `副本第 ${e.sheetRow} 行` : `序号 ${e.no}`;
  const change =
    e.outcome === "taken"
      ? `${shown(describe(e.before))} → ${shown(describe(e.after))}`
      : `副本 ${shown(describe(e.value))}${e.outcome === "conflict" || e.outcome === "skipped" ? `，总表 ${shown(describe(e.before))}` : ""}`;
  return `    ${OUTCOME_LABELS[e.outcome]} ${where}「${fieldLabel(e.field)}」：${change}${e.reason ? `——${e.reason}` : ""}`;
}

export function totals(report: MergeReport): Record<(typeof MERGE_OUTCOMES)[number], number> {
  const t = { taken: 0, skipped: 0, rejected: 0, conflict: 0 };
  for (const c of report.copies) for (const o of MERGE_OUTCOMES) t[o] += c.counts[o];
  return t;
}

export function reportLines(result: MergeResult, plan: Plan): string[] {
  const { report } = result;
  const lines: string[] = [];
  if (result.problems.length > 0) {
    lines.push("未合并：以下文件有问题，总表未作任何改动。");
    for (const p of result.problems) lines.push(`  · ${p.message}`);
    return lines;
  }
  lines.push(
    `合并：总表《${report.masterName}》，部门副本 ${report.copies.length} 份（计划共 ${plan.items.length} 项）。`,
  );
  for (const n of report.notes) lines.push(`  提示：${n}`);
  report.copies.forEach((c, i) => {
    const scope = c.department ? `负责 ${c.items} 项` : "整表";
    lines.push(
      `${copyLabel(c)}[${scope}]：采纳 ${c.counts.taken} 格，跳过 ${c.counts.skipped} 格，拒绝 ${c.counts.rejected} 格，冲突 ${c.counts.conflict} 格`,
    );
    for (const n of c.notes) lines.push(`    提示：${n}`);
    for (const e of report.events) if (e.copy === i) lines.push(eventLine(e));
  });
  const t = totals(report);
  lines.push(
    `合计：采纳 ${t.taken} 格，跳过 ${t.skipped} 格，拒绝 ${t.rejected} 格，冲突 ${report.conflicts.length} 处（总表保持原值）。详见“${REPORT_SHEET}”表。`,
  );
  if (report.conflicts.length > 0) {
    lines.push("待人工决定的冲突：");
    for (const k of report.conflicts) {
      const values = k.values.map((v) => `${copyLabel(report.copies[v.copy])} ${shown(describe(v.value))}`);
      const master = `总表${k.masterChanged ? "（发出后已修改）" : ""} ${shown(describe(k.master))}`;
      lines.push(`  序号 ${k.no}「${fieldLabel(k.field)}」：${[master, ...values].join("；")}`);
    }
  }
  return lines;
}
