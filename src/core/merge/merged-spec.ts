/**
 * The merged master as a LedgerSpec: regenerated from the plan with the merged filled-in values (so the
 * status list, validation, formulas and formatting are exactly those of a fresh ledger), conflict cells
 * marked, and the 合并报告 sheet added.
 */
import { buildLedgerSpec } from "../ledger/build";
import { SHEETS } from "../ledger/constants";
import { LedgerSnapshot } from "../ledger/snapshot";
import { LedgerSettings, LedgerSpec } from "../ledger/types";
import { range } from "../ledger/a1";
import { Plan } from "../plan/types";
import { DEFAULT_STATUSES } from "../status/statuses";
import { MERGE_COLORS } from "./constants";
import { reportSheet } from "./report-sheet";
import { MergeResult } from "./types";

export function buildMergedSpec(
  plan: Plan,
  master: LedgerSnapshot,
  result: MergeResult,
  generatedAt: string | null,
  /** Rounds, a fixed 统计日期 and 临期天数 carried from the master. */
  carried: Pick<LedgerSettings, "rounds" | "asOf" | "nearDays"> = {},
): LedgerSpec {
  if (result.problems.length > 0)
    throw new Error("buildMergedSpec: the merge has problems; nothing may be written");
  const spec = buildLedgerSpec(plan, {
    statuses: master.statuses.length > 0 ? master.statuses : DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt,
    filled: result.filled,
    unplaced: result.unplaced,
    ...carried,
  });
  const ledger = spec.sheets.find((s) => s.name === SHEETS.ledger);
  const L = spec.layout.ledger;
  const rowOf = new Map(plan.items.map((item, i) => [item.no, L.firstBodyRow + i]));
  for (const k of result.report.conflicts) {
    const row = rowOf.get(k.no);
    const col = L.columns[k.field];
    if (ledger && row !== undefined && col !== undefined) {
      ledger.styles.push({ range: range(row, col, 1, 1), style: { fill: MERGE_COLORS.conflict } });
    }
  }
  spec.sheets.push(reportSheet(result.report, plan, generatedAt));
  return spec;
}
