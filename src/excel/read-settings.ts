/**
 * The 设置 sheet as the add-in reads it: statuses and metadata through the one settings reader
 * (core/ledger/settings-sheet.ts), and what a regeneration keeps — a 统计日期 a person fixed to a date (a
 * 统计日期 still =TODAY() stays a formula) and the 临期天数.
 */
import { META_LABELS, SETTINGS_LAYOUT, SHEETS } from "../core/ledger/constants";
import { metaFormatVersion, metaText, readSettingsCells } from "../core/ledger/settings-read";
import { StatusDef } from "../core/status/statuses";
import { serialToIso } from "./apply/cells";
import type { LedgerState } from "./read-ledger";
import { SheetGrid, cellAt, gridEnd, valuesFromA1 } from "./sheet-grid";

export interface SettingsState {
  /** The status list on the settings sheet (empty when none is readable). */
  statuses: StatusDef[];
  copyDepartment: string | null;
  /** 生成时间 as ISO, to keep it on regeneration. */
  generatedAt: string | null;
  formatVersion: number | null;
  planId: string | null;
  /** 统计日期 fixed to this ISO date; null while it is =TODAY() (or unreadable). */
  asOf: string | null;
  /** 临期天数 as set; null when not a whole number of days. */
  nearDays: number | null;
}

/** The 设置 sheet's statuses and metadata, read by the one settings reader; null when the sheet is missing. */
export function readSettings(state: LedgerState): SettingsState | null {
  if (!state.sheets.some((s) => s.name === SHEETS.settings)) return null;
  const grid = state.grids[SHEETS.settings];
  const read = readSettingsCells(valuesFromA1(grid));
  const generated = read.meta.get(META_LABELS.generated);
  const near = read.meta.get(META_LABELS.nearDays);
  const days = typeof near === "number" ? near : typeof near === "string" ? Number(near.trim()) : NaN;
  return {
    statuses: read.statuses,
    copyDepartment: metaText(read, META_LABELS.copyDepartment),
    generatedAt: typeof generated === "number" ? serialToIso(generated) : null,
    formatVersion: metaFormatVersion(read),
    planId: metaText(read, META_LABELS.planId),
    asOf: fixedAsOf(grid),
    nearDays: near !== "" && Number.isInteger(days) && days >= 0 ? days : null,
  };
}

/** The 统计日期 cell when it holds a date rather than a formula. */
function fixedAsOf(grid: SheetGrid | undefined): string | null {
  const { metaLabelCol, metaValueCol } = SETTINGS_LAYOUT;
  for (let row = 1; row <= Math.min(gridEnd(grid).row, 60); row++) {
    if (String(cellAt(grid, row, metaLabelCol).value ?? "").trim() !== META_LABELS.asOf) continue;
    const cell = cellAt(grid, row, metaValueCol);
    const formula = typeof cell.formula === "string" && cell.formula.startsWith("=");
    return !formula && typeof cell.value === "number" ? serialToIso(cell.value).slice(0, 10) : null;
  }
  return null;
}
