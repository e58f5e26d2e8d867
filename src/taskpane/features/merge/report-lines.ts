/**
 * One line per cell of the merge report, for the pane: which item and field, the values, why. The values and
 * reasons come from the merge core in Chinese (they are the ledger's own words).
 */
import { LEDGER_HEADERS } from "../../../core/ledger/constants";
import { copyLabel } from "../../../core/merge/merge";
import type { Conflict, MergeEvent, MergeOutcome, MergeReport } from "../../../core/merge/types";
import { describe } from "../../../core/merge/values";

/** The events of one copy grouped by outcome, in the report's order. */
export function eventsByOutcome(report: MergeReport, copy: number): Record<MergeOutcome, MergeEvent[]> {
  const out: Record<MergeOutcome, MergeEvent[]> = { taken: [], skipped: [], rejected: [], conflict: [] };
  for (const e of report.events) if (e.copy === copy) out[e.outcome].push(e);
  return out;
}

function where(e: MergeEvent): string {
  return e.no === null ? `副本第 ${e.sheetRow ?? "?"} 行` : `第 ${e.no} 项`;
}

/** 第 3 项「状态」：“未启动” → “推进中”（reason） */
export function eventLine(e: MergeEvent): string {
  const field = `「${LEDGER_HEADERS[e.field]}」`;
  const change =
    e.outcome === "taken"
      ? `${describe(e.before)} → ${describe(e.after)}`
      : `副本 ${describe(e.value)}${e.outcome === "rejected" ? "" : `，本工作簿 ${describe(e.before)}`}`;
  return `${where(e)}${field}：${change}${e.reason ? `（${e.reason}）` : ""}`;
}

/** 第 3 项「状态」：本工作簿 “推进中”；《a.xlsx》（办公室） “已完成”；… */
export function conflictLine(report: MergeReport, k: Conflict): string {
  const master = `本工作簿${k.masterChanged ? "（发出后已修改）" : ""} ${describe(k.master)}`;
  const values = k.values.map((v) => `${copyLabel(report.copies[v.copy])} ${describe(v.value)}`);
  return `第 ${k.no} 项「${LEDGER_HEADERS[k.field]}」：${[master, ...values].join("；")}`;
}
