/**
 * The reporting rounds read back from cells — the one reader of TZ_Rounds (records: rounds in A:D, returns in
 * F:J) and 进展记录 (found by its headers), used by the `.xlsx` reader (src/xlsx/read-rounds.ts) and the add-in
 * (src/excel/rounds). Each adapter only says how one of its cell values reads as plain data.
 */
import { DATE_FIELDS, LEDGER_HEADERS } from "../ledger/constants";
import { itemNumber } from "../ledger/item-number";
import { emptyFilled } from "../ledger/ledger-sheet";
import { FilledValue } from "../ledger/types";
import { MERGE_FIELDS, MergeField } from "../merge/constants";
import { HISTORY_HEADERS, HISTORY_KINDS } from "./constants";
import { HistoryEntry, NO_ROUNDS, Round, RoundReturn, RoundsState } from "./types";

/** A cell value as plain data; `date`: the column holds dates (an adapter may read a serial number as one). */
export type PlainCell = (value: unknown, date: boolean) => FilledValue;

/** Rows of cells from A1 (row 1 first); a missing sheet is null. */
export type CellRows = readonly (readonly unknown[])[];

const DATE_FIELD_SET = new Set<string>(DATE_FIELDS);

function reader(plain: PlainCell) {
  const text = (v: unknown): string => {
    const p = plain(v, false);
    if (p === null) return "";
    return typeof p === "object" ? p.date.slice(0, 10) : String(p).trim();
  };
  const dateOf = (v: unknown, full = false): string | null => {
    const p = plain(v, true);
    if (p !== null && typeof p === "object") return full ? p.date : p.date.slice(0, 10);
    const t = p === null ? "" : String(p).trim();
    return /^\d{4}-\d{2}-\d{2}/.test(t) ? (full ? t : t.slice(0, 10)) : null;
  };
  return { text, dateOf };
}

function records(rows: CellRows, plain: PlainCell): { rounds: Round[]; returns: RoundReturn[] } {
  const { text, dateOf } = reader(plain);
  const rounds: Round[] = [];
  const returns: RoundReturn[] = [];
  for (const row of rows.slice(1)) {
    const name = text(row[0]);
    const startedAt = dateOf(row[1]);
    const due = dateOf(row[2]);
    if (name !== "" && startedAt && due) rounds.push({ name, startedAt, due, closedAt: dateOf(row[3]) });
    const round = text(row[5]);
    const department = text(row[6]);
    const returnedAt = dateOf(row[7], true);
    if (round !== "" && department !== "" && returnedAt) {
      returns.push({ round, department, returnedAt, late: text(row[8]) === "是", file: text(row[9]) });
    }
  }
  return { rounds, returns };
}

const FIELD_BY_HEADER = new Map<string, MergeField>(MERGE_FIELDS.map((f) => [LEDGER_HEADERS[f], f]));

function history(rows: CellRows, plain: PlainCell): HistoryEntry[] {
  const { text, dateOf } = reader(plain);
  const headerAt = rows
    .slice(0, 10)
    .findIndex((row) => text(row[0]).replace(/\s+/g, "") === HISTORY_HEADERS.round);
  if (headerAt < 0) return [];
  const cols = new Map<string, number>();
  rows[headerAt].forEach((v, c) => cols.set(text(v).replace(/\s+/g, ""), c));
  const entries: HistoryEntry[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const at = (header: string): unknown => {
      const c = cols.get(header);
      return c === undefined ? undefined : row[c];
    };
    const round = text(at(HISTORY_HEADERS.round));
    const date = dateOf(at(HISTORY_HEADERS.date));
    const no = itemNumber(plain(at(HISTORY_HEADERS.no), false));
    const kind = text(at(HISTORY_HEADERS.kind));
    if (round === "" || !date || no === null) continue;
    const department = text(at(HISTORY_HEADERS.department));
    const value = (f: MergeField): FilledValue => plain(at(LEDGER_HEADERS[f]), DATE_FIELD_SET.has(f));
    if (kind === HISTORY_KINDS.snapshot) {
      const values = emptyFilled([]);
      for (const f of MERGE_FIELDS) values[f] = value(f);
      const deadline = text(at(HISTORY_HEADERS.deadline));
      entries.push({ kind: "snapshot", round, date, no, department, values, deadline });
    } else if (kind === HISTORY_KINDS.change) {
      const field = FIELD_BY_HEADER.get(text(at(HISTORY_HEADERS.field)));
      if (!field) continue;
      entries.push({
        kind: "change",
        round,
        date,
        no,
        department,
        field,
        before: plain(at(HISTORY_HEADERS.before), false),
        after: value(field),
        file: text(at(HISTORY_HEADERS.file)),
      });
    }
  }
  return entries;
}

/** The rounds, returns and history in the cells of TZ_Rounds and 进展记录 (null: the sheet is missing). */
export function roundsFromCells(data: CellRows | null, log: CellRows | null, plain: PlainCell): RoundsState {
  if (!data && !log) return NO_ROUNDS;
  return {
    ...(data ? records(data, plain) : { rounds: [], returns: [] }),
    history: log ? history(log, plain) : [],
  };
}
