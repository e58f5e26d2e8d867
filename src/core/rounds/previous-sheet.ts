/**
 * 本轮新完成 and 本轮新逾期 in 部门汇总, against the last closed round: a veryHidden TZ_Previous sheet holds,
 * row for row with the ledger body, whether each item was done and whether it was 逾期 at that close; the
 * summary counts the department's rows that are done (逾期) now and were not then — COUNTIFS over ranges of
 * the same size on the two sheets, so the counts follow the ledger live. With no closed round yet, nothing
 * was done or 逾期 "then".
 */
import { range, sheetRef } from "../ledger/a1";
import { DEADLINE_MARKS, NAMES, NO, YES } from "../ledger/constants";
import { emptySheet, printSetup } from "../ledger/look";
import { SummaryExtraColumn } from "../ledger/summary-deadline";
import { CellValue, SheetSpec } from "../ledger/types";
import { Item } from "../plan/types";
import { StatusDef, isDone } from "../status/statuses";
import { ROUND_HEADERS, ROUND_SHEETS } from "./constants";
import { HistoryEntry, RoundsState } from "./types";

export const PREVIOUS_GROUP = "本轮（对比上一轮）";

/** The snapshot entries of the last closed round, by 序号. */
function lastSnapshot(state: RoundsState): Map<number, Extract<HistoryEntry, { kind: "snapshot" }>> {
  const closed = state.rounds.filter((r) => r.closedAt !== null);
  const last = closed[closed.length - 1];
  const out = new Map<number, Extract<HistoryEntry, { kind: "snapshot" }>>();
  for (const e of state.history) if (e.kind === "snapshot" && last && e.round === last.name) out.set(e.no, e);
  return out;
}

export function previousSheet(
  items: readonly Item[],
  state: RoundsState,
  statuses: readonly StatusDef[],
): SheetSpec {
  const sheet = emptySheet(ROUND_SHEETS.previous, printSetup(null, "portrait"));
  sheet.visibility = "veryHidden";
  const last = lastSnapshot(state);
  const rows = items.map((item): CellValue[] => {
    const e = last.get(item.no);
    const status = e && typeof e.values.status === "string" ? e.values.status : "";
    return [
      item.no,
      e && isDone(statuses, status) ? YES : NO,
      e?.deadline === DEADLINE_MARKS.overdue ? YES : NO,
    ];
  });
  sheet.blocks.push({ row: 1, col: 1, values: [[...ROUND_HEADERS.previous], ...rows] });
  return sheet;
}

/** The two summary columns, given the ledger's first body row and its number of rows. */
export function previousColumns(statuses: readonly StatusDef[], bodyRows: number): SummaryExtraColumn[] {
  const col = (c: number) => sheetRef(ROUND_SHEETS.previous, range(2, c, bodyRows, 1));
  const wasDone = col(2);
  const wasOverdue = col(3);
  const done = statuses.filter((s) => s.done).map((s) => s.name.replace(/"/g, '""'));
  const doneNow = (dept: string) =>
    done.map((s) => `COUNTIFS(${dept},"<>",${NAMES.ledgerStatus},"${s}",${wasDone},"${NO}")`);
  const sum = (parts: string[]): CellValue => ({
    formula: parts.length === 0 ? "0" : parts.length === 1 ? parts[0] : `SUM(${parts.join(",")})`,
  });
  return [
    {
      header: "本轮新完成",
      group: PREVIOUS_GROUP,
      department: (dept) => sum(doneNow(dept)),
      total: () => sum(done.map((s) => `COUNTIFS(${NAMES.ledgerStatus},"${s}",${wasDone},"${NO}")`)),
    },
    {
      header: "本轮新逾期",
      group: PREVIOUS_GROUP,
      department: (dept) => ({
        formula: `COUNTIFS(${dept},"<>",${NAMES.ledgerDeadline},"${DEADLINE_MARKS.overdue}",${wasOverdue},"${NO}")`,
      }),
      total: () => ({
        formula: `COUNTIFS(${NAMES.ledgerDeadline},"${DEADLINE_MARKS.overdue}",${wasOverdue},"${NO}")`,
      }),
    },
  ];
}
