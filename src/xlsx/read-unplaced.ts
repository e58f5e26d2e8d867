/** Reading a 未能对应的内容 sheet left by an earlier regeneration, so its rows are carried again. */
import ExcelJS from "exceljs";
import { FILLED_FIELDS, LEDGER_HEADERS, SHEETS, UNPLACED_HEADERS } from "../core/ledger/constants";
import { FilledRow, UnplacedRow } from "../core/ledger/types";
import { cellText, headerKey, plainValue } from "./cells";
import { itemNumber } from "../core/ledger/item-number";

export function readUnplaced(wb: ExcelJS.Workbook): UnplacedRow[] {
  const ws = wb.getWorksheet(SHEETS.unplaced);
  if (!ws) return [];
  for (let r = 1; r <= Math.min(ws.rowCount, 20); r++) {
    const row = ws.getRow(r);
    const cols = new Map<string, number>();
    for (let c = 1; c <= row.cellCount; c++) cols.set(headerKey(row.getCell(c).value), c);
    if (!cols.has(UNPLACED_HEADERS.no)) continue;
    const out: UnplacedRow[] = [];
    for (let rr = r + 1; rr <= ws.rowCount; rr++) {
      const line = ws.getRow(rr);
      const at = (h: string) => (cols.has(h) ? line.getCell(cols.get(h) as number).value : null);
      const values = Object.fromEntries(
        FILLED_FIELDS.map((f) => [f, plainValue(at(LEDGER_HEADERS[f]))]),
      ) as unknown as FilledRow;
      const noText = cellText(at(UNPLACED_HEADERS.no)).trim();
      const task = cellText(at(UNPLACED_HEADERS.task));
      const reason = cellText(at(UNPLACED_HEADERS.reason));
      // A row with only its reason (an added column's cells of a row without 序号) is content too.
      if (!noText && !task && !reason && Object.values(values).every((v) => v === null)) continue;
      out.push({ no: itemNumber(noText), task, values, reason: reason || "此前未能对应" });
    }
    return out;
  }
  return [];
}
