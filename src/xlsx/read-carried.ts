/**
 * What a regeneration (merge, round, workbook --from) carries from the old workbook besides the cells people
 * filled in: the reporting rounds and history, and a 统计日期 a person fixed or a 临期天数 they changed on 设置
 * (a 统计日期 still =TODAY() stays a formula).
 */
import type ExcelJS from "exceljs";
import { META_LABELS, SETTINGS_LAYOUT, SHEETS } from "../core/ledger/constants";
import { LedgerSettings } from "../core/ledger/types";
import { NO_ROUNDS } from "../core/rounds/types";
import { KEY_LABEL, KEY_SHEET, validMergeKey } from "../core/ledger/key-sheet";
import { cellText, plainValue } from "./cells";
import { loadLedgerWorkbook } from "./read";
import { readRounds } from "./read-rounds";

export type CarriedSettings = Required<Pick<LedgerSettings, "rounds">> &
  Pick<LedgerSettings, "asOf" | "nearDays" | "mergeKey">;

const NOTHING: CarriedSettings = { rounds: NO_ROUNDS };

function metaCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.CellValue | undefined {
  for (let r = 1; r <= Math.min(ws.rowCount, 60); r++) {
    const row = ws.getRow(r);
    if (cellText(row.getCell(SETTINGS_LAYOUT.metaLabelCol).value).trim() === label) {
      return row.getCell(SETTINGS_LAYOUT.metaValueCol).value;
    }
  }
  return undefined;
}

export function readCarried(wb: ExcelJS.Workbook): CarriedSettings {
  const out: CarriedSettings = { rounds: readRounds(wb), mergeKey: readMergeKey(wb) };
  const ws = wb.getWorksheet(SHEETS.settings);
  if (!ws) return out;
  const asOf = metaCell(ws, META_LABELS.asOf);
  const isFormula =
    typeof asOf === "object" && asOf !== null && ("formula" in asOf || "sharedFormula" in asOf);
  const date = isFormula ? null : plainValue(asOf);
  if (date !== null && typeof date === "object") out.asOf = date.date.slice(0, 10);
  const near = plainValue(metaCell(ws, META_LABELS.nearDays));
  const days = typeof near === "number" ? near : typeof near === "string" ? Number(near.trim()) : NaN;
  if (Number.isInteger(days) && days >= 0) out.nearDays = days;
  return out;
}

/** The master's merge key from its veryHidden TZ_Key sheet (core/ledger/key-sheet.ts); null: none or damaged. */
export function readMergeKey(wb: ExcelJS.Workbook): string | null {
  const ws = wb.getWorksheet(KEY_SHEET);
  if (!ws) return null;
  for (let r = 1; r <= Math.min(ws.rowCount, 10); r++) {
    const row = ws.getRow(r);
    if (cellText(row.getCell(1).value).trim() === KEY_LABEL)
      return validMergeKey(cellText(row.getCell(2).value));
  }
  return null;
}

/** The carried settings of a workbook file (nothing when it is unreadable: the ledger reader reports that). */
export async function readCarriedXlsx(bytes: Uint8Array | ArrayBuffer): Promise<CarriedSettings> {
  const loaded = await loadLedgerWorkbook(bytes);
  return "issue" in loaded ? NOTHING : readCarried(loaded.workbook);
}
