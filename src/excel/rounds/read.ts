/**
 * The reporting rounds of the open workbook, read by the one rounds reader (core/rounds/read-cells.ts) from
 * the cells `readLedgerState` loaded: TZ_Rounds and 进展记录. A date column's number is a date serial.
 */
import { FilledValue } from "../../core/ledger/types";
import { ROUND_SHEETS } from "../../core/rounds/constants";
import { roundsFromCells } from "../../core/rounds/read-cells";
import { RoundsState } from "../../core/rounds/types";
import { serialToIso } from "../apply/cells";
import type { LedgerState } from "../read-ledger";
import { valuesFromA1 } from "../sheet-grid";

export function officePlain(value: unknown, date: boolean): FilledValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return date ? { date: serialToIso(value) } : value;
  if (typeof value === "boolean") return value;
  return String(value);
}

export function roundsFromState(state: LedgerState): RoundsState {
  const has = (name: string) => state.sheets.some((s) => s.name === name);
  const cells = (name: string) => (has(name) ? valuesFromA1(state.grids[name]) : null);
  return roundsFromCells(cells(ROUND_SHEETS.data), cells(ROUND_SHEETS.history), officePlain);
}
