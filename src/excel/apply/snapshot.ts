/** What people typed, read from the workbook's cells into the pure LedgerSnapshot that carryOver takes. */
import {
  DATE_FIELDS,
  FILLED_FIELDS,
  FilledField,
  LEDGER_HEADERS,
  SHEETS,
  UNPLACED_HEADERS,
} from "../../core/ledger/constants";
import { itemNumber } from "../../core/ledger/item-number";
import { LedgerSnapshot, SnapshotRow } from "../../core/ledger/snapshot";
import { FilledRow, FilledValue, UnplacedRow } from "../../core/ledger/types";
import { LedgerState, SettingsState, SheetGrid, cellAt, gridEnd, textAt } from "../read-ledger";
import { serialToIso } from "./cells";
import { LedgerLocation } from "./locate";

function plain(value: unknown): FilledValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function isDateFormat(format: string | undefined): boolean {
  return !!format && /[ymd]/i.test(format.replace(/"[^"]*"/g, "")) && !/^general$/i.test(format);
}

function filledAt(loc: LedgerLocation, row: number, field: FilledField): FilledValue {
  const col = loc.fields.get(field);
  if (col === undefined) return null;
  const v = plain(cellAt(loc.grid, row, col).value);
  if (typeof v === "number" && (DATE_FIELDS as readonly FilledField[]).includes(field)) {
    const g = loc.grid as SheetGrid;
    const format = g.numberFormats?.[row - g.row]?.[col - g.col];
    if (isDateFormat(format)) return { date: serialToIso(v) };
  }
  return v;
}

export function snapshotFromState(
  state: LedgerState,
  loc: LedgerLocation | null,
  settings: SettingsState | null,
): LedgerSnapshot {
  const rows: SnapshotRow[] = [];
  if (loc) {
    const noCol = loc.fields.get("no") as number;
    const taskCol = loc.fields.get("task") as number;
    for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
      const values = Object.fromEntries(
        FILLED_FIELDS.map((f) => [f, filledAt(loc, r, f)]),
      ) as unknown as FilledRow;
      const noValue = cellAt(loc.grid, r, noCol).value;
      const task = textAt(loc.grid, r, taskCol);
      const no = itemNumber(noValue);
      if (no === null && !task && Object.values(values).every((v) => v === null)) continue;
      rows.push({ no, task, values, sheetRow: r });
    }
  }
  return {
    formatVersion: settings?.formatVersion ?? null,
    planId: settings?.planId ?? null,
    planTitle: null,
    copyDepartment: settings?.copyDepartment ?? null,
    statuses: settings?.statuses ?? [],
    rows,
    unplaced: readUnplaced(state.grids[SHEETS.unplaced]),
  };
}

/** Rows already on a 未能对应的内容 sheet: carried again, never dropped. */
export function readUnplaced(grid: SheetGrid | undefined): UnplacedRow[] {
  if (!grid) return [];
  const end = gridEnd(grid);
  for (let r = grid.row; r <= Math.min(end.row, grid.row + 20); r++) {
    const cols = new Map<string, number>();
    for (let c = grid.col; c <= end.col; c++) cols.set(textAt(grid, r, c).replace(/\s+/g, ""), c);
    if (!cols.has(UNPLACED_HEADERS.no)) continue;
    const out: UnplacedRow[] = [];
    for (let rr = r + 1; rr <= end.row; rr++) {
      const at = (h: string) => (cols.has(h) ? cellAt(grid, rr, cols.get(h) as number).value : null);
      const values = Object.fromEntries(
        FILLED_FIELDS.map((f) => [f, plain(at(LEDGER_HEADERS[f]))]),
      ) as unknown as FilledRow;
      const noText = String(at(UNPLACED_HEADERS.no) ?? "").trim();
      const task = String(at(UNPLACED_HEADERS.task) ?? "").trim();
      const reason = String(at(UNPLACED_HEADERS.reason) ?? "").trim();
      // A row with only its reason (an added column's cells of a row without 序号) is content too.
      if (!noText && !task && !reason && Object.values(values).every((v) => v === null)) continue;
      out.push({ no: itemNumber(noText), task, values, reason: reason || "此前未能对应" });
    }
    return out;
  }
  return [];
}
