/**
 * The plan a ledger workbook carries (its veryHidden plan sheet, core/ledger/plan-sheet.ts), read from .xlsx
 * bytes with ExcelJS — for the command line's `--from` and for anything else that has only the file.
 * Runs in node and in the browser.
 */
import ExcelJS from "exceljs";
import { loadWorkbook } from "./load-workbook";
import { PLAN_SHEET, PlanSheetRead } from "../core/ledger/plan-sheet";
import { readPlanSheetCells } from "../core/ledger/plan-sheet-read";
import { Plan } from "../core/plan/types";

function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return v.result ?? null;
    return null;
  }
  return v;
}

/** The plan sheet of an opened workbook: `{ found: false }` without one; a damaged one gives issues. */
export function readPlanSheet(workbook: ExcelJS.Workbook): PlanSheetRead {
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  if (!sheet) return { found: false };
  const cells: unknown[][] = [];
  const width = Math.max(2, sheet.columnCount);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) line.push(cellValue(row.getCell(c)));
    cells.push(line);
  }
  return readPlanSheetCells(cells);
}

/** The plan sheet of a workbook file (see readPlanSheet). */
export async function readPlanSheetXlsx(bytes: Uint8Array): Promise<PlanSheetRead> {
  return readPlanSheet(await loadWorkbook(bytes));
}

/**
 * The plan a ledger file carries, or null when it carries none (a ledger from before workbooks carried their
 * plan) or the one it carries cannot be used (then `readPlanSheetXlsx` says why).
 */
export async function readWorkbookPlanXlsx(bytes: Uint8Array): Promise<Plan | null> {
  const read = await readPlanSheetXlsx(bytes);
  return read.found ? read.plan : null;
}
