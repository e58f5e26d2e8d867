/**
 * carryOver: the cells people filled in an older ledger, placed on the items of a (newer) plan by 序号.
 * Whatever cannot be placed is returned as unplaced rows — never dropped.
 */
import { Plan } from "../plan/types";
import { FILLED_FIELDS, FilledField } from "./constants";
import { LedgerSnapshot, isEmptyFilled } from "./snapshot";
import { FilledRow, UnplacedRow } from "./types";
import { addedColumnRows } from "./added-columns";

export interface CarriedRow {
  no: number;
  /** The fields that held something. */
  fields: FilledField[];
  /** The old row's task text differs from the plan's (the plan was revised). */
  taskChanged: boolean;
}

export interface CarryOverResult {
  /** Rows to write, by 序号 (pass as LedgerSettings.filled). */
  filled: Record<number, FilledRow>;
  carried: CarriedRow[];
  /** Pass as LedgerSettings.unplaced. */
  unplaced: UnplacedRow[];
}

export function carryOver(plan: Plan, snapshot: LedgerSnapshot): CarryOverResult {
  const items = new Map(plan.items.map((i) => [i.no, i]));
  const filled: Record<number, FilledRow> = {};
  const carried: CarriedRow[] = [];
  const unplaced: UnplacedRow[] = [];
  for (const row of snapshot.rows) {
    const values = row.values;
    if (row.no === null) {
      if (!isEmptyFilled(values) || row.task) {
        unplaced.push({ no: null, task: row.task, values, reason: `原表第 ${row.sheetRow} 行没有有效序号` });
      }
      continue;
    }
    const item = items.get(row.no);
    if (!item) {
      if (!isEmptyFilled(values)) {
        unplaced.push({ no: row.no, task: row.task, values, reason: `新计划中没有序号 ${row.no}` });
      }
      continue;
    }
    if (filled[row.no]) {
      if (!isEmptyFilled(values)) {
        unplaced.push({
          no: row.no,
          task: row.task,
          values,
          reason: `序号 ${row.no} 在原表中重复出现（第 ${row.sheetRow} 行），已按第一次出现的行填入台账`,
        });
      }
      continue;
    }
    filled[row.no] = values;
    const fields = FILLED_FIELDS.filter((f) => values[f] !== null && values[f] !== "");
    if (fields.length > 0) {
      carried.push({
        no: row.no,
        fields,
        taskChanged: normalise(row.task) !== "" && normalise(row.task) !== normalise(item.text),
      });
    }
  }
  unplaced.push(...addedColumnRows(snapshot.rows, "原台账"), ...snapshot.unplaced);
  return { filled, carried, unplaced };
}

function normalise(s: string): string {
  return s.replace(/\s+/g, "");
}
