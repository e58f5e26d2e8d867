/**
 * Proposals of all copies, cell by cell: one agreed change on a cell the master kept since send-out is
 * taken; different changes, or a change on a cell the master changed meanwhile, are conflicts left as
 * they are. 更新时间 follows a row when something of it is taken.
 */
import { LEDGER_HEADERS } from "../ledger/constants";
import { FilledRow, FilledValue } from "../ledger/types";
import { Proposal } from "./collect";
import { Conflict, MergeEvent } from "./types";
import { describe, isBlank, sameValue, valueKey } from "./values";

export interface Resolved {
  /** New values by 序号 (only the changed fields). */
  changes: Map<number, Partial<FilledRow>>;
  events: MergeEvent[];
  conflicts: Conflict[];
}

/** `label(copy)` names a copy in messages, e.g. 《a.xlsx》（办公室）. */
export function resolveProposals(
  proposals: readonly Proposal[],
  before: ReadonlyMap<number, FilledRow>,
  label: (copy: number) => string,
): Resolved {
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const key = `${p.no}\u0000${p.field}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const changes = new Map<number, Partial<FilledRow>>();
  const events: MergeEvent[] = [];
  const conflicts: Conflict[] = [];
  const followers = new Map<number, Proposal>();

  for (const group of groups.values()) {
    const { no, field } = group[0];
    const master = (before.get(no) as FilledRow)[field];
    const distinct = new Set(group.map((p) => valueKey(p.value)));
    const unanchored = group.some((p) => p.unanchored);
    const masterChanged = unanchored || group.some((p) => !sameValue(master, p.baseline));
    const event = (p: Proposal, outcome: MergeEvent["outcome"], after: FilledValue, reason: string) =>
      events.push({
        copy: p.copy,
        outcome,
        no,
        field,
        before: master,
        value: p.typed,
        after,
        reason,
        sheetRow: p.sheetRow,
      });

    if (distinct.size === 1 && sameValue(master, group[0].value)) {
      for (const p of group) event(p, "skipped", master, "总表已是相同内容，无需改动");
      continue;
    }
    if (distinct.size === 1 && !masterChanged) {
      const value = group[0].value;
      const row = changes.get(no) ?? {};
      row[field] = value;
      changes.set(no, row);
      for (const p of group) {
        const reasons: string[] = [];
        if (p.from !== null) reasons.push(`状态“${p.from}”按“${String(p.value)}”采纳（名称规范化）`);
        if (p.formula !== undefined) {
          reasons.push(`副本中该格是公式（显示为${describe(p.formula)}），已按文字采纳，不会执行`);
        }
        if (isBlank(p.value)) reasons.push("副本已清空该格");
        if (group.length > 1)
          reasons.push(
            `与${group
              .filter((q) => q !== p)
              .map((q) => label(q.copy))
              .join("、")}一致`,
          );
        event(p, "taken", value, reasons.join("；"));
        const prev = followers.get(no);
        if (!prev || later(p.updated, prev.updated)) followers.set(no, p);
      }
      continue;
    }
    conflicts.push({
      no,
      field,
      master,
      masterChanged,
      values: group.map((p) => ({ copy: p.copy, value: p.value })),
    });
    for (const p of group) {
      const others = group.filter((q) => q !== p && !sameValue(q.value, p.value));
      const parts = others.map((q) => `${label(q.copy)}填写为${describe(q.value)}`);
      if (unanchored) {
        parts.unshift(`副本没有发出时的基准（隐藏表），不覆盖总表中已有的内容${describe(master)}`);
      } else if (masterChanged && !sameValue(master, p.value)) {
        parts.unshift(`总表在发出后已改为${describe(master)}`);
      }
      event(p, "conflict", master, `冲突：${parts.join("；")}。总表保持原值，请人工决定`);
    }
  }

  for (const [no, p] of followers) {
    const master = (before.get(no) as FilledRow).updated;
    if (isBlank(p.updated) || sameValue(master, p.updated)) continue;
    (changes.get(no) as Partial<FilledRow>).updated = p.updated;
    events.push({
      copy: p.copy,
      outcome: "taken",
      no,
      field: "updated",
      before: master,
      value: p.updated,
      after: p.updated,
      reason: `随该行内容一并更新（${LEDGER_HEADERS.updated}）`,
      sheetRow: p.sheetRow,
    });
  }
  return { changes, events, conflicts };
}

/** Whether 更新时间 a is later than b (dates compared; anything beats blank; otherwise keep b). */
function later(a: FilledValue, b: FilledValue): boolean {
  if (isBlank(a)) return false;
  if (isBlank(b)) return true;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) return a.date > b.date;
  return false;
}
