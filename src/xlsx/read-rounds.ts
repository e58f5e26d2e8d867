/**
 * Reading the reporting rounds back from a workbook file: the cells of the veryHidden TZ_Rounds sheet and of
 * 进展记录, read by the one rounds reader (core/rounds/read-cells.ts). A workbook without them has no rounds.
 */
import type ExcelJS from "exceljs";
import { ROUND_SHEETS } from "../core/rounds/constants";
import { CellRows, roundsFromCells } from "../core/rounds/read-cells";
import { RoundsState } from "../core/rounds/types";
import { plainValue } from "./cells";

function cells(ws: ExcelJS.Worksheet | undefined): CellRows | null {
  if (!ws) return null;
  const rows: unknown[][] = [];
  // once: ExcelJS's columnCount walks every row (per cell it made the 进展记录 of many rounds quadratic)
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) line.push(row.getCell(c).value);
    rows.push(line);
  }
  return rows;
}

export function readRounds(wb: ExcelJS.Workbook): RoundsState {
  return roundsFromCells(
    cells(wb.getWorksheet(ROUND_SHEETS.data)),
    cells(wb.getWorksheet(ROUND_SHEETS.history)),
    (v) => plainValue(v as ExcelJS.CellValue | undefined),
  );
}
