/**
 * carryOver: the cells people filled in an older ledger, placed on the items of a (newer) plan by 序号.
 * Whatever cannot be placed is returned as unplaced rows — never dropped.
 */
import { Item, Plan } from "../plan/types";
import { DEFAULT_STATUSES } from "../status/statuses";
import { listedStatus } from "../status/variants";
import { FILLED_FIELDS, FilledField, LEDGER_HEADERS } from "./constants";
import { LedgerSnapshot, isEmptyFilled } from "./snapshot";
import { FilledRow, FilledValue, UnplacedRow } from "./types";
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
  /**
   * What a person must hear about the carried cells (Chinese, with a next step): a formula in a fill-in cell
   * (kept as its "=…" text, never executed — as the merge takes a copy's formula), a status not in the list.
   */
  notes: string[];
}

export function carryOver(plan: Plan, snapshot: LedgerSnapshot): CarryOverResult {
  const items = new Map(plan.items.map((i) => [i.no, i]));
  const filled: Record<number, FilledRow> = {};
  const carried: CarriedRow[] = [];
  const unplaced: UnplacedRow[] = [];
  const notes: string[] = [];
  const names = (snapshot.statuses.length > 0 ? snapshot.statuses : DEFAULT_STATUSES).map((d) => d.name);
  for (const row of snapshot.rows) {
    const values = row.formulas ? { ...row.values } : row.values;
    // A row that is not placed keeps its formulas as their "=…" text too (never executed).
    const asTyped = row.formulas ? { ...row.values, ...row.formulas } : row.values;
    if (row.no === null) {
      if (!isEmptyFilled(values) || row.task) {
        unplaced.push({
          no: null,
          task: row.task,
          values: asTyped,
          reason: `原表第 ${row.sheetRow} 行没有有效序号`,
        });
      }
      continue;
    }
    const item = items.get(row.no);
    if (!item) {
      if (!isEmptyFilled(values)) {
        unplaced.push({ no: row.no, task: row.task, values: asTyped, reason: `新计划中没有序号 ${row.no}` });
      }
      continue;
    }
    if (filled[row.no]) {
      if (!isEmptyFilled(values)) {
        unplaced.push({
          no: row.no,
          task: row.task,
          values: asTyped,
          reason: `序号 ${row.no} 在原表中重复出现（第 ${row.sheetRow} 行），已按第一次出现的行填入台账`,
        });
      }
      continue;
    }
    const formulas = Object.entries(row.formulas ?? {}) as [FilledField, string][];
    for (const [field, formula] of formulas) {
      notes.push(
        `序号 ${row.no}「${LEDGER_HEADERS[field]}」是公式（显示为“${shown(values[field])}”），已按文字“${formula}”保留，不会执行；如要保留显示的结果，请在原台账中把该格改为数值或文字后重新生成。`,
      );
    }
    if (formulas.length > 0) Object.assign(values, Object.fromEntries(formulas));
    const status = values.status;
    if (typeof status === "string" && status.trim() !== "" && !names.includes(status)) {
      const listed = listedStatus(status, names);
      notes.push(
        `序号 ${row.no}「${LEDGER_HEADERS.status}」“${status}”不在状态列表中（${names.join("、")}），已原样保留；请改为${listed ? `“${listed}”或` : ""}列表中的状态（加载项的“校验”可逐项改正）。`,
      );
    }
    filled[row.no] = values;
    // A 完成时限 that is the plan's own (prefilled when the ledger was made) was not typed by anyone.
    const fields = FILLED_FIELDS.filter(
      (f) => values[f] !== null && values[f] !== "" && !(f === "due" && isPlanDeadline(values.due, item)),
    );
    if (fields.length > 0) {
      carried.push({
        no: row.no,
        fields,
        taskChanged: normalise(row.task) !== "" && normalise(row.task) !== normalise(item.text),
      });
    }
  }
  unplaced.push(...addedColumnRows(snapshot.rows, "原台账"), ...snapshot.unplaced);
  return { filled, carried, unplaced, notes };
}

/** Whether a 完成时限 cell holds the deadline the plan gives the item (its date, else its words). */
function isPlanDeadline(value: FilledValue, item: Item): boolean {
  if (!item.deadline || value === null) return false;
  return shown(value) === (item.deadline.date ?? item.deadline.text);
}

function shown(v: FilledValue): string {
  if (v === null) return "";
  return typeof v === "object" ? v.date.slice(0, 10) : String(v);
}

function normalise(s: string): string {
  return s.replace(/\s+/g, "");
}
