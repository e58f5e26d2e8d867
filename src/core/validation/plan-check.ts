/**
 * Whether the workbook's ledger belongs to the plan the add-in checks against: the 设置 sheet records the plan's
 * identity (计划标识, see core/ledger/plan-id.ts) and title. A ledger of another plan would otherwise be checked
 * against the wrong items and give misleading findings. Pure.
 */
import { cellAddress } from "../ledger/a1";
import { META_LABELS, SETTINGS_LAYOUT, SHEETS } from "../ledger/constants";
import { planId } from "../ledger/plan-id";
import { Plan } from "../plan/types";
import { GridValue } from "./grid";
import { OTHER_PLAN_NEXT_STEP, otherPlanMessage } from "./messages";
import { cellText, trimEdges } from "./text";
import { Finding } from "./types";

/** The plan a workbook says its ledger belongs to. */
export interface WorkbookPlan {
  /** 计划标识, or null when the workbook records none (older ledgers, damaged 设置 sheet). */
  id: string | null;
  title: string | null;
  /** Where the 计划标识 sits, e.g. "设置!J4" (null when absent). */
  address: string | null;
}

/** Rows of the metadata block read from 设置, starting at SETTINGS_LAYOUT.firstStatusRow: [label, value] pairs. */
export function workbookPlanFromSettings(rows: readonly (readonly GridValue[])[]): WorkbookPlan {
  const T = SETTINGS_LAYOUT;
  let id: string | null = null;
  let title: string | null = null;
  let address: string | null = null;
  for (const [i, row] of rows.entries()) {
    const label = trimEdges(cellText(row[0] ?? null));
    const value = trimEdges(cellText(row[1] ?? null));
    if (value === "") continue;
    if (label === META_LABELS.planId && id === null) {
      id = value;
      address = `${SHEETS.settings}!${cellAddress(T.firstStatusRow + i, T.metaValueCol)}`;
    } else if (label === META_LABELS.planTitle && title === null) title = value;
  }
  return { id, title, address };
}

/** Null when the workbook's ledger follows `plan` (or does not say which plan it follows). */
export function otherPlanFinding(workbook: WorkbookPlan, plan: Plan): Finding | null {
  if (workbook.id === null) return null;
  const expected = planId(plan);
  if (workbook.id === expected) return null;
  return {
    address: workbook.address,
    item: null,
    kind: "other-plan",
    message: `${otherPlanMessage(workbook.title, workbook.id, plan.title, expected)}${OTHER_PLAN_NEXT_STEP}`,
    value: workbook.id,
  };
}
