/**
 * A department's copy of the ledger (send-out): its department recorded, its own items listed first and
 * highlighted, only their filled-in cells editable (the sheet is protected), and a hidden baseline of the
 * values as sent so the merge can tell what the department changed.
 */
import { range } from "../ledger/a1";
import { buildLedgerSpec, safeFileName } from "../ledger/build";
import { FILLED_FIELDS, SHEETS } from "../ledger/constants";
import { emptyFilled } from "../ledger/ledger-sheet";
import { LedgerSettings, LedgerSpec } from "../ledger/types";
import { Plan } from "../plan/types";
import { BaselineContent, baselineSheet } from "./baseline-sheet";
import { sealBaseline } from "./seal";
import { openRound } from "../rounds/operations";
import { MERGE_COLORS } from "./constants";
import { findDepartment, itemsOf, unknownDepartmentMessage } from "./department";

export type CopySettings = Omit<LedgerSettings, "copyDepartment" | "itemOrder" | "unplaced">;

export type CopySpecResult =
  { ok: true; spec: LedgerSpec; department: string; items: number[] } | { ok: false; message: string };

export function buildCopySpec(plan: Plan, department: string, settings: CopySettings): CopySpecResult {
  const dept = findDepartment(plan, department);
  if (dept === null) return { ok: false, message: unknownDepartmentMessage(plan, department) };
  const own = itemsOf(plan, dept);
  const spec = buildLedgerSpec(plan, { ...settings, copyDepartment: dept, itemOrder: own, unplaced: [] });
  spec.fileName = spec.fileName.replace(/\.xlsx$/, `-${safeFileName(dept)}.xlsx`);
  const L = spec.layout.ledger;
  const ledger = spec.sheets.find((s) => s.name === SHEETS.ledger);
  if (!ledger) throw new Error("buildCopySpec: the spec has no ledger sheet");
  const filledCols = FILLED_FIELDS.map((f) => L.columns[f]);
  const firstFilled = Math.min(...filledCols);
  const deptCol = L.departmentColumns[dept];
  if (own.length > 0) {
    ledger.styles.push(
      { range: range(L.firstBodyRow, 1, own.length, firstFilled - 1), style: { fill: MERGE_COLORS.own } },
      { range: range(L.firstBodyRow, L.columns.no, own.length, 1), style: { font: { bold: true } } },
    );
  }
  if (deptCol !== undefined) {
    ledger.styles.push({ range: range(L.headerRow, deptCol, 1, 1), style: { fill: MERGE_COLORS.own } });
  }
  ledger.protection = {
    unlocked: own.length > 0 ? filledCols.map((col) => range(L.firstBodyRow, col, own.length, 1)) : [],
  };
  const baseline: BaselineContent = {
    planId: spec.planId,
    department: dept,
    sentAt: settings.generatedAt,
    round: settings.rounds ? (openRound(settings.rounds)?.name ?? null) : null,
    rows: plan.items.map((i) => ({
      no: i.no,
      values: settings.filled?.[i.no] ?? emptyFilled(settings.statuses),
    })),
  };
  // Sealed with the master's key (never written into the copy), so an edited baseline is detected at merge.
  const key = settings.mergeKey;
  const rows = Object.fromEntries(baseline.rows.map((r) => [r.no, r.values]));
  const seal = key ? sealBaseline(key, { ...baseline, rows }) : null;
  spec.sheets.push(baselineSheet({ ...baseline, seal }));
  return { ok: true, spec, department: dept, items: own };
}
