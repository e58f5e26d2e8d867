/**
 * buildLedgerSpecWith: a plan + settings -> the whole ledger workbook as data, with the reporting rounds'
 * sheets made by the builder given (core/rounds/round-sheets.ts; null where a ledger has no rounds, so the
 * add-in's first load need not carry the rounds' builders). Pure. buildLedgerSpec (build.ts) passes it.
 */
import { Plan } from "../plan/types";
import { range, sheetRef } from "./a1";
import { assignmentsSheet } from "./assignments-sheet";
import { ASSIGNMENT_LAYOUT, FORMAT_VERSION, LEDGER_LAYOUT, NAMES, SHEETS, SUMMARY_LAYOUT } from "./constants";
import { ledgerSheet } from "./ledger-sheet";
import { planId as computePlanId } from "./plan-id";
import { settingsSheet } from "./settings-sheet";
import { summarySheet } from "./summary-sheet";
import { LedgerSettings, LedgerSpec } from "./types";
import { reviewSheet } from "./review-sheet";
import { planSheet } from "./plan-sheet";
import { keySheet } from "./key-sheet";
import { unplacedSheet } from "./unplaced-sheet";
import type { SummaryExtraColumn } from "./summary-deadline";
import type { SheetSpec } from "./types";

/** What the rounds add to a master's spec (core/rounds/round-sheets.ts `roundSheets`). */
export type RoundSheetsBuilder = (
  plan: Plan,
  settings: LedgerSettings,
  bodyRows: number,
) => { sheets: SheetSpec[]; summaryColumns: SummaryExtraColumn[] };

export function buildLedgerSpecWith(
  plan: Plan,
  settings: LedgerSettings,
  roundSheets: RoundSheetsBuilder | null,
): LedgerSpec {
  if (!roundSheets && settings.rounds && settings.rounds.rounds.length > 0) {
    // never drop a workbook's rounds silently
    throw new Error("buildLedgerSpecWith: rounds given without the rounds' sheet builder");
  }
  const id = computePlanId(plan);
  const ledger = ledgerSheet(
    settings.itemOrder ? reorderItems(plan, settings.itemOrder) : plan,
    settings,
    id,
  );
  const assignments = assignmentsSheet(plan);
  const config = settingsSheet(plan, settings, id);
  const columns: Record<string, number> = {};
  const departmentColumns: Record<string, number> = {};
  ledger.columns.forEach((c, i) => {
    if (c.key.startsWith("dept:")) departmentColumns[c.key.slice(5)] = i + 1;
    else columns[c.key] = i + 1;
  });
  const bodyColumn = (col: number) => range(LEDGER_LAYOUT.firstBodyRow, col, ledger.bodyRows, 1);
  const rounds = roundSheets
    ? roundSheets(plan, settings, ledger.bodyRows)
    : { sheets: [], summaryColumns: [] };
  const summary = summarySheet(
    plan,
    settings.statuses,
    Object.fromEntries(
      Object.entries(departmentColumns).map(([d, col]) => [d, sheetRef(SHEETS.ledger, bodyColumn(col))]),
    ),
    rounds.summaryColumns,
  );
  const sheets = [ledger.sheet, assignments.sheet, summary.sheet, config.sheet, ...rounds.sheets];
  if (settings.unplaced && settings.unplaced.length > 0) sheets.push(unplacedSheet(settings.unplaced));
  const review = settings.copyDepartment === null ? reviewSheet(plan, settings.planIssues ?? []) : null;
  if (review) sheets.push(review);
  // The plan itself, very hidden: later updates, checks and merges work from it (core/ledger/plan-sheet.ts).
  sheets.push(planSheet(plan));
  // The master's merge key, never in a copy (core/ledger/key-sheet.ts).
  if (settings.copyDepartment === null && settings.mergeKey) sheets.push(keySheet(settings.mergeKey));
  return {
    formatVersion: FORMAT_VERSION,
    planId: id,
    title: plan.title,
    fileName: `${safeFileName(plan.title || "工作要点")}-台账.xlsx`,
    sheets,
    names: [
      ...config.names,
      {
        name: NAMES.ledgerNo,
        formula: sheetRef(SHEETS.ledger, bodyColumn(columns.no)),
        comment: "台账：序号",
      },
      {
        name: NAMES.ledgerStatus,
        formula: sheetRef(SHEETS.ledger, bodyColumn(columns.status)),
        comment: "台账：状态",
      },
      {
        name: NAMES.ledgerDeadline,
        formula: sheetRef(SHEETS.ledger, bodyColumn(columns.deadlineState)),
        comment: "台账：时限状态（逾期、临期）",
      },
      ...assignments.names,
    ],
    fullCalcOnLoad: true,
    layout: {
      ledger: {
        headerRow: LEDGER_LAYOUT.headerRow,
        firstBodyRow: LEDGER_LAYOUT.firstBodyRow,
        bodyRows: ledger.bodyRows,
        columns,
        departmentColumns,
      },
      assignments: { firstBodyRow: ASSIGNMENT_LAYOUT.firstBodyRow, bodyRows: assignments.bodyRows },
      summary: {
        firstBodyRow: SUMMARY_LAYOUT.firstBodyRow,
        departments: plan.departments.length,
        pivotAnchor: summary.pivotAnchor,
      },
    },
  };
}

/** The plan with its items listed in `order` (by 序号); items not named keep plan order after those named. */
export function reorderItems(plan: Plan, order: readonly number[]): Plan {
  const byNo = new Map(plan.items.map((i) => [i.no, i]));
  const first = [...new Set(order)].flatMap((no) => byNo.get(no) ?? []);
  const named = new Set(first.map((i) => i.no));
  return { ...plan, items: [...first, ...plan.items.filter((i) => !named.has(i.no))] };
}

export function safeFileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\r\n]+/g, "_").trim();
}
