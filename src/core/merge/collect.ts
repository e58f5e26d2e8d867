/**
 * One returned copy against the master: which cells the department changed since send-out, and which of
 * those it may change. Produces proposals (to resolve across copies) and events for what is not taken.
 */
import { FILLED_FIELDS, FilledField, LEDGER_HEADERS } from "../ledger/constants";
import { emptyFilled, withPlanDeadline } from "../ledger/ledger-sheet";
import { FilledRow, FilledValue } from "../ledger/types";
import { Plan } from "../plan/types";
import { StatusDef } from "../status/statuses";
import { MERGE_FIELDS, MergeField } from "./constants";
import { itemsOf } from "./department";
import { matchRows } from "./match";
import { checkStatus } from "./status";
import { MergeEvent, ReturnedCopy } from "./types";
import { copyDepartment } from "./validate";
import { isBlank, sameValue } from "./values";

/** A cell a copy changed on one of its own items: taken unless another copy or the master disagrees. */
export interface Proposal {
  copy: number;
  no: number;
  field: MergeField;
  /** The value to write (a status variant already mapped to its listed name). */
  value: FilledValue;
  /** As typed in the copy. */
  typed: FilledValue;
  /** The copy's value at send-out. */
  baseline: FilledValue;
  /** The variant typed, when a status was mapped (完成 -> 已完成). */
  from: string | null;
  /** Set when the cell held a formula (taken as its "=…" text, never executed): what it showed. */
  formula?: FilledValue;
  sheetRow: number;
  /** The row's 更新时间 in the copy (null if blank or its column is gone). */
  updated: FilledValue;
  /**
   * Set when the copy has no baseline (hidden sheet deleted) and the master's cell holds content of its own
   * (more than a fresh ledger has): the change is a conflict for a person, never an overwrite.
   */
  unanchored?: true;
}

export interface Collected {
  proposals: Proposal[];
  events: MergeEvent[];
  notes: string[];
  /** How many items the copy may change. */
  items: number;
}

export interface MasterView {
  plan: Plan;
  /** The master's filled values of every item before the merge. */
  before: ReadonlyMap<number, FilledRow>;
  statuses: readonly StatusDef[];
}

export function collectCopy(index: number, copy: ReturnedCopy, master: MasterView): Collected {
  const { plan, before, statuses } = master;
  const dept = copyDepartment(copy);
  const own = dept === null ? null : new Set(itemsOf(plan, dept));
  const missing = new Set<FilledField>(copy.missingFields ?? []);
  const events: MergeEvent[] = [];
  const proposals: Proposal[] = [];
  const notes: string[] = [];
  // A renamed column (placed by position) is not merged either; its cells go to 未能对应的内容 (merge.ts).
  const renamed = new Set<FilledField>(copy.snapshot.renamedFields ?? []);
  for (const f of missing)
    if (!renamed.has(f))
      notes.push(`副本中没有“${LEDGER_HEADERS[f]}”列（可能已删除），该列未读取、未改动总表。`);
  const event = (e: Omit<MergeEvent, "copy">) => events.push({ copy: index, ...e });
  const statusList = statuses.map((s) => s.name).join("、");
  const taskDepartments = new Map(
    plan.items.map((i) => [i.no, [...new Set(i.assignments.map((a) => a.department))].join("、")]),
  );

  const { matches, misses } = matchRows(copy.snapshot.rows, plan);
  for (const miss of misses) {
    for (const field of FILLED_FIELDS) {
      // A formula as its "=…" text, as for a matched row: the report shows what was typed.
      const value = miss.row.formulas?.[field] ?? miss.row.values[field];
      if (isBlank(value) || missing.has(field)) continue;
      event({
        outcome: "rejected",
        no: miss.row.no,
        field,
        before: null,
        value,
        after: null,
        reason: `${miss.reason}，未采纳（副本第 ${miss.row.sheetRow} 行）`,
        sheetRow: miss.row.sheetRow,
      });
    }
  }

  for (const match of matches) {
    if (match.note) notes.push(match.note);
    const { row, no } = match;
    const masterRow = before.get(no) as FilledRow;
    const base = copy.baseline ? (copy.baseline.rows[no] ?? masterRow) : masterRow;
    const item = plan.items.find((i) => i.no === no);
    const fresh = copy.baseline || !item ? null : withPlanDeadline(emptyFilled(statuses), item);
    const mine = own === null || own.has(no);
    const updated = missing.has("updated") ? null : row.values.updated;
    const notMine = `该项不是“${dept}”的工作（责任部门：${taskDepartments.get(no)}），未采纳`;
    let proposed = false;
    for (const field of MERGE_FIELDS) {
      if (missing.has(field)) continue;
      const formula = row.formulas?.[field];
      const typed = formula ?? row.values[field];
      let value = typed;
      let from: string | null = null;
      let valid = true;
      let baseline = base[field];
      if (field === "status") {
        const check = checkStatus(typed, statuses);
        const baseCheck = checkStatus(baseline, statuses);
        if (baseCheck.ok) baseline = baseCheck.value;
        valid = check.ok;
        value = check.value;
        if (check.ok) from = check.from;
      }
      if (sameValue(value, baseline)) continue;
      const common = { no, field, before: masterRow[field], value: typed, sheetRow: row.sheetRow };
      if (!mine) {
        event({ ...common, outcome: "skipped", after: masterRow[field], reason: notMine });
      } else if (!valid) {
        event({
          ...common,
          outcome: "rejected",
          after: masterRow[field],
          reason: `状态“${String(typed)}”不在总表的状态列表（${statusList}）中，未采纳`,
        });
      } else {
        proposed = true;
        proposals.push({
          copy: index,
          no,
          field,
          value,
          typed,
          baseline,
          from,
          ...(formula === undefined ? {} : { formula: row.values[field] }),
          ...(fresh !== null && !sameValue(masterRow[field], fresh[field])
            ? { unanchored: true as const }
            : {}),
          sheetRow: row.sheetRow,
          updated,
        });
      }
    }
    if (!proposed && !missing.has("updated") && !sameValue(row.values.updated, base.updated)) {
      event({
        no,
        field: "updated",
        before: masterRow.updated,
        value: row.values.updated,
        after: masterRow.updated,
        sheetRow: row.sheetRow,
        outcome: "skipped",
        reason: mine ? "该行只有更新时间有变化，其他内容未变，未采纳" : notMine,
      });
    }
  }
  return { proposals, events, notes, items: own === null ? plan.items.length : own.size };
}
