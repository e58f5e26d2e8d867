/** Reading a copy's hidden baseline sheet (written at send-out) back as plain data. */
import ExcelJS from "exceljs";
import { FILLED_FIELDS, LEDGER_HEADERS } from "../../core/ledger/constants";
import { FilledRow, FilledValue } from "../../core/ledger/types";
import { BASELINE_META, BASELINE_SHEET } from "../../core/merge/constants";
import { CopyBaseline } from "../../core/merge/types";
import { cellText, headerKey, plainValue } from "../cells";
import { itemNumber } from "../../core/ledger/item-number";

export function readBaseline(wb: ExcelJS.Workbook): CopyBaseline | null {
  const ws = wb.getWorksheet(BASELINE_SHEET);
  if (!ws) return null;
  const meta = new Map<string, ExcelJS.CellValue>();
  let header: ExcelJS.Row | null = null;
  for (let r = 1; r <= Math.min(ws.rowCount, 20); r++) {
    const row = ws.getRow(r);
    const label = headerKey(row.getCell(1).value);
    if (label === LEDGER_HEADERS.no) {
      header = row;
      break;
    }
    if (label) meta.set(label, row.getCell(2).value);
  }
  if (!header) return null;
  const cols = new Map<string, number>();
  header.eachCell((cell, col) => cols.set(headerKey(cell.value), col));
  const rows: Record<number, FilledRow> = {};
  for (let r = header.number + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const no = itemNumber(row.getCell(1).value);
    if (no === null) continue;
    const at = (f: (typeof FILLED_FIELDS)[number]) => {
      const c = cols.get(LEDGER_HEADERS[f]);
      return c === undefined ? null : plainValue(row.getCell(c).value);
    };
    rows[no] = Object.fromEntries(FILLED_FIELDS.map((f) => [f, at(f)])) as unknown as FilledRow;
  }
  const text = (label: string) => {
    const t = cellText(meta.get(label)).trim();
    return t === "" ? null : t;
  };
  return {
    planId: text(BASELINE_META.planId),
    department: text(BASELINE_META.department),
    sentAt: sentAtOf(plainValue(meta.get(BASELINE_META.sentAt))),
    round: text(BASELINE_META.round),
    rows,
    seal: text(BASELINE_META.seal),
  };
}

/** 发出时间 as ISO: a date, or its serial when the file lost the cell's date format (resaved by another program). */
function sentAtOf(v: FilledValue): string | null {
  if (v !== null && typeof v === "object") return v.date;
  if (typeof v === "number" && Number.isFinite(v)) {
    const ms = Math.round((v - 25_569) * 86_400_000);
    return Number.isNaN(new Date(ms).getTime()) ? null : new Date(ms).toISOString();
  }
  return null;
}
