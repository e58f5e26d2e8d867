/** Reading the 设置 sheet back: its cells as text, read by the one settings reader (core/ledger/settings-sheet.ts). */
import ExcelJS from "exceljs";
import { META_LABELS, SHEETS } from "../core/ledger/constants";
import { metaFormatVersion, metaText, readSettingsCells } from "../core/ledger/settings-sheet";
import { LedgerIssue, LedgerSnapshot } from "../core/ledger/snapshot";
import { cellText } from "./cells";

type Settings = Pick<
  LedgerSnapshot,
  "formatVersion" | "planId" | "planTitle" | "copyDepartment" | "statuses"
>;

/** The 设置 sheet's metadata and statuses, and its department list (for finding the ledger's columns). */
export function readSettings(
  wb: ExcelJS.Workbook,
  issues: LedgerIssue[],
): { settings: Settings; departments: string[] } {
  const ws = wb.getWorksheet(SHEETS.settings);
  if (!ws) {
    issues.push({
      kind: "no-settings",
      message: `找不到“${SHEETS.settings}”表：无法确认台账格式版本、所属计划和状态列表。`,
      sheet: null,
      row: null,
    });
    return {
      settings: { formatVersion: null, planId: null, planTitle: null, copyDepartment: null, statuses: [] },
      departments: [],
    };
  }
  const cells: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) line.push(cellText(row.getCell(c).value));
    cells.push(line);
  }
  const read = readSettingsCells(cells);
  return {
    settings: {
      formatVersion: metaFormatVersion(read),
      planId: metaText(read, META_LABELS.planId),
      planTitle: metaText(read, META_LABELS.planTitle),
      copyDepartment: metaText(read, META_LABELS.copyDepartment),
      statuses: read.statuses,
    },
    departments: read.departments,
  };
}
