/**
 * Reading the reporting rounds back from a workbook: the records on the veryHidden TZ_Rounds sheet and the
 * 进展记录 history (found by its headers). A workbook without them has no rounds.
 */
import type ExcelJS from "exceljs";
import { LEDGER_HEADERS } from "../core/ledger/constants";
import { emptyFilled } from "../core/ledger/ledger-sheet";
import { FilledValue } from "../core/ledger/types";
import { MERGE_FIELDS, MergeField } from "../core/merge/constants";
import { HISTORY_HEADERS, HISTORY_KINDS, ROUND_SHEETS } from "../core/rounds/constants";
import { HistoryEntry, NO_ROUNDS, Round, RoundReturn, RoundsState } from "../core/rounds/types";
import { itemNumber } from "../core/ledger/item-number";
import { cellText, headerKey, plainValue } from "./cells";

function dateOf(v: ExcelJS.CellValue | undefined, full = false): string | null {
  const p = plainValue(v);
  if (p !== null && typeof p === "object") return full ? p.date : p.date.slice(0, 10);
  const t = cellText(v).trim();
  return /^\d{4}-\d{2}-\d{2}/.test(t) ? (full ? t : t.slice(0, 10)) : null;
}

function records(ws: ExcelJS.Worksheet): { rounds: Round[]; returns: RoundReturn[] } {
  const rounds: Round[] = [];
  const returns: RoundReturn[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const name = cellText(row.getCell(1).value).trim();
    const startedAt = dateOf(row.getCell(2).value);
    const due = dateOf(row.getCell(3).value);
    if (name !== "" && startedAt && due) {
      rounds.push({ name, startedAt, due, closedAt: dateOf(row.getCell(4).value) });
    }
    const round = cellText(row.getCell(6).value).trim();
    const department = cellText(row.getCell(7).value).trim();
    const returnedAt = dateOf(row.getCell(8).value, true);
    if (round !== "" && department !== "" && returnedAt) {
      returns.push({
        round,
        department,
        returnedAt,
        late: cellText(row.getCell(9).value).trim() === "是",
        file: cellText(row.getCell(10).value).trim(),
      });
    }
  }
  return { rounds, returns };
}

const FIELD_BY_HEADER = new Map<string, MergeField>(MERGE_FIELDS.map((f) => [LEDGER_HEADERS[f], f]));

function history(ws: ExcelJS.Worksheet): HistoryEntry[] {
  let headerRow = 0;
  const cols = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && headerRow === 0; r++) {
    const row = ws.getRow(r);
    if (headerKey(row.getCell(1).value) !== HISTORY_HEADERS.round) continue;
    headerRow = r;
    row.eachCell((cell, col) => cols.set(headerKey(cell.value), col));
  }
  if (headerRow === 0) return [];
  const entries: HistoryEntry[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const at = (header: string) => {
      const c = cols.get(header);
      return c === undefined ? undefined : row.getCell(c).value;
    };
    const round = cellText(at(HISTORY_HEADERS.round)).trim();
    const date = dateOf(at(HISTORY_HEADERS.date));
    const no = itemNumber(at(HISTORY_HEADERS.no) ?? null);
    const kind = cellText(at(HISTORY_HEADERS.kind)).trim();
    if (round === "" || !date || no === null) continue;
    const department = cellText(at(HISTORY_HEADERS.department)).trim();
    const value = (f: MergeField): FilledValue => plainValue(at(LEDGER_HEADERS[f]));
    if (kind === HISTORY_KINDS.snapshot) {
      const values = emptyFilled([]);
      for (const f of MERGE_FIELDS) values[f] = value(f);
      const deadline = cellText(at(HISTORY_HEADERS.deadline)).trim();
      entries.push({ kind: "snapshot", round, date, no, department, values, deadline });
    } else if (kind === HISTORY_KINDS.change) {
      const field = FIELD_BY_HEADER.get(cellText(at(HISTORY_HEADERS.field)).trim());
      if (!field) continue;
      entries.push({
        kind: "change",
        round,
        date,
        no,
        department,
        field,
        before: plainValue(at(HISTORY_HEADERS.before)),
        after: value(field),
        file: cellText(at(HISTORY_HEADERS.file)).trim(),
      });
    }
  }
  return entries;
}

export function readRounds(wb: ExcelJS.Workbook): RoundsState {
  const data = wb.getWorksheet(ROUND_SHEETS.data);
  const log = wb.getWorksheet(ROUND_SHEETS.history);
  if (!data && !log) return NO_ROUNDS;
  return { ...(data ? records(data) : { rounds: [], returns: [] }), history: log ? history(log) : [] };
}
