/** Reading the 设置 sheet back: status list and metadata, found by their labels. */
import ExcelJS from "exceljs";
import { META_LABELS, SETTINGS_HEADERS, SHEETS, YES } from "../core/ledger/constants";
import { LedgerIssue, LedgerSnapshot } from "../core/ledger/snapshot";
import { StatusDef } from "../core/status/statuses";
import { cellText, headerKey } from "./cells";

type Settings = Pick<
  LedgerSnapshot,
  "formatVersion" | "planId" | "planTitle" | "copyDepartment" | "statuses"
>;

export function readSettings(wb: ExcelJS.Workbook, issues: LedgerIssue[]): Settings {
  const empty: Settings = {
    formatVersion: null,
    planId: null,
    planTitle: null,
    copyDepartment: null,
    statuses: [],
  };
  const ws = wb.getWorksheet(SHEETS.settings);
  if (!ws) {
    issues.push({
      kind: "no-settings",
      message: `找不到“${SHEETS.settings}”表：无法确认台账格式版本、所属计划和状态列表。`,
      sheet: null,
      row: null,
    });
    return empty;
  }
  const find = (label: string): { row: number; col: number } | null => {
    for (let r = 1; r <= Math.min(ws.rowCount, 200); r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= row.cellCount; c++)
        if (headerKey(row.getCell(c).value) === label) return { row: r, col: c };
    }
    return null;
  };
  const meta = (label: string): string | null => {
    const at = find(label);
    if (!at) return null;
    const text = cellText(ws.getRow(at.row).getCell(at.col + 1).value).trim();
    return text === "" ? null : text;
  };
  const version = meta(META_LABELS.formatVersion);
  const statuses: StatusDef[] = [];
  const head = find(SETTINGS_HEADERS.statusName);
  if (head) {
    for (let r = head.row + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const name = cellText(row.getCell(head.col).value).trim();
      if (!name) break;
      statuses.push({
        name,
        done: cellText(row.getCell(head.col + 1).value).trim() === YES,
        fill: colour(cellText(row.getCell(head.col + 2).value), "#FFFFFF"),
        font: colour(cellText(row.getCell(head.col + 3).value), "#000000"),
      });
    }
  }
  return {
    formatVersion: version !== null && /^\d+$/.test(version) ? Number(version) : null,
    planId: meta(META_LABELS.planId),
    planTitle: meta(META_LABELS.planTitle),
    copyDepartment: meta(META_LABELS.copyDepartment),
    statuses,
  };
}

function colour(text: string, fallback: string): string {
  const t = text.trim().toUpperCase();
  return /^#[0-9A-F]{6}$/.test(t) ? t : fallback;
}
