/**
 * mergeLedgers: a master ledger and the copies departments returned -> the merged filled-in values and a
 * report. Pure: data in, data out. Nothing is decided silently: every cell not taken is in the report.
 */
import { addedColumnRows } from "../ledger/added-columns";
import { carryOver } from "../ledger/carry-over";
import { FILLED_FIELDS, LEDGER_HEADERS } from "../ledger/constants";
import { emptyFilledRow } from "../ledger/empty-row";
import { emptyFilled } from "../ledger/ledger-sheet";
import { LedgerSnapshot, isEmptyFilled } from "../ledger/snapshot";
import { FilledRow, UnplacedRow } from "../ledger/types";
import { Plan } from "../plan/types";
import { DEFAULT_STATUSES } from "../status/statuses";
import { collectCopy, Proposal } from "./collect";
import { resolveProposals } from "./resolve";
import {
  CopyReport,
  MERGE_OUTCOMES,
  MergeEvent,
  MergeOptions,
  MergeOutcome,
  MergeReport,
  MergeResult,
  ReturnedCopy,
} from "./types";
import { commandLineHints } from "./hints";
import { checkCopy, checkMaster, copyDepartment } from "./validate";
import { checkSeals } from "./seal-check";
import { undistributedNote } from "./undistributed";

/**
 * A copy's fill-in columns whose header was changed: the reader places them by their neighbours, but a merge
 * does not take a column it cannot recognise by its header (collect.ts skips it as missing) — their typed
 * cells go to 未能对应的内容 in their own columns (formulas as their "=…" text), one row per copy row.
 */
function renamedColumnRows(snapshot: LedgerSnapshot, source: string): UnplacedRow[] {
  const fields = snapshot.renamedFields ?? [];
  if (fields.length === 0) return [];
  const names = fields.map((f) => `“${LEDGER_HEADERS[f]}”`).join("、");
  return snapshot.rows.flatMap((row) => {
    const values = emptyFilledRow();
    for (const f of fields) values[f] = row.formulas?.[f] ?? row.values[f];
    if (isEmptyFilled(values)) return [];
    const reason = `${source}中${names}列的表头被改动，按位置读取，未合并（第 ${row.sheetRow} 行）`;
    return [{ no: row.no, task: row.task, values, reason }];
  });
}

export function mergeLedgers(
  master: LedgerSnapshot,
  returned: readonly ReturnedCopy[],
  plan: Plan,
  options: MergeOptions = {},
): MergeResult {
  const masterName = options.masterName ?? "总表";
  const hints = options.hints ?? commandLineHints(masterName);
  const masterCheck = checkMaster(master, plan, masterName, hints);
  // Baselines whose seal does not check are refused; unsealed ones are merged as untrusted (seal-check.ts).
  const sealed = checkSeals(returned, options.key, hints, masterName);
  const copies = sealed.copies;
  const copyChecks = copies.map((c) => checkCopy(c, master, plan, hints));
  const problems = [...masterCheck.problems, ...sealed.problems, ...copyChecks.flatMap((c) => c.problems)];
  const carried = carryOver(plan, master);
  const statuses = master.statuses.length > 0 ? master.statuses : DEFAULT_STATUSES;
  const before = new Map<number, FilledRow>(
    plan.items.map((i) => [i.no, carried.filled[i.no] ?? emptyFilled(statuses)]),
  );
  const undistributed = undistributedNote(plan);
  const notes = [...masterCheck.notes, ...sealed.notes, ...(undistributed ? [undistributed] : [])];
  const newlyUnplaced = carried.unplaced.length - master.unplaced.length;
  if (newlyUnplaced > 0) {
    notes.push(`总表中有 ${newlyUnplaced} 行无法对应计划事项，已保留在“未能对应的内容”表。`);
  }
  const report: MergeReport = {
    masterName,
    notes,
    copies: copies.map((c, i) => ({
      name: c.name,
      department: copyDepartment(c),
      items: 0,
      notes: [...copyChecks[i].notes],
      counts: zeroCounts(),
    })),
    events: [],
    conflicts: [],
  };
  if (problems.length > 0) return { problems, filled: carried.filled, unplaced: carried.unplaced, report };

  const proposals: Proposal[] = [];
  const events: MergeEvent[] = [];
  copies.forEach((copy, i) => {
    const collected = collectCopy(i, copy, { plan, before, statuses });
    report.copies[i].items = collected.items;
    report.copies[i].notes.push(...collected.notes);
    proposals.push(...collected.proposals);
    events.push(...collected.events);
  });
  sameDepartmentNotes(report.copies);
  const resolved = resolveProposals(proposals, before, (i) => copyLabel(report.copies[i]));
  events.push(...resolved.events);

  const filled: Record<number, FilledRow> = { ...carried.filled };
  for (const [no, change] of resolved.changes) filled[no] = { ...(before.get(no) as FilledRow), ...change };

  const order = new Map(plan.items.map((item, i) => [item.no, i]));
  const fieldOrder = (f: string) => (FILLED_FIELDS as readonly string[]).indexOf(f);
  events.sort(
    (a, b) =>
      a.copy - b.copy ||
      (order.get(a.no ?? -1) ?? Infinity) - (order.get(b.no ?? -1) ?? Infinity) ||
      (a.sheetRow ?? 0) - (b.sheetRow ?? 0) ||
      fieldOrder(a.field) - fieldOrder(b.field),
  );
  for (const e of events) report.copies[e.copy].counts[e.outcome]++;
  report.events = events;
  report.conflicts = resolved.conflicts.sort(
    (a, b) => (order.get(a.no) ?? 0) - (order.get(b.no) ?? 0) || fieldOrder(a.field) - fieldOrder(b.field),
  );
  const added = copies.map((c) => addedColumnRows(c.snapshot.rows, `副本《${c.name}》`));
  added.forEach((rows, i) => {
    if (rows.length > 0) {
      report.copies[i].notes.push(
        `副本中有另加的列（不是台账的填写列），${rows.length} 行的内容未合并，已放入“未能对应的内容”表。`,
      );
    }
  });
  const renamed = copies.map((c) => renamedColumnRows(c.snapshot, `副本《${c.name}》`));
  renamed.forEach((rows, i) => {
    if (rows.length > 0) {
      report.copies[i].notes.push(
        `副本中有填写列的表头被改动（按位置读取），这些列未合并；${rows.length} 行的内容已放入“未能对应的内容”表。`,
      );
    }
  });
  const fromCopies = copies.flatMap((_, i) => [...added[i], ...renamed[i]]);
  return { problems: [], filled, unplaced: [...carried.unplaced, ...fromCopies], report };
}

/** 《a.xlsx》（办公室） */
export function copyLabel(c: Pick<CopyReport, "name" | "department">): string {
  return `《${c.name}》${c.department ? `（${c.department}）` : ""}`;
}

function zeroCounts(): Record<MergeOutcome, number> {
  return Object.fromEntries(MERGE_OUTCOMES.map((o) => [o, 0])) as Record<MergeOutcome, number>;
}

function sameDepartmentNotes(copies: CopyReport[]): void {
  const seen = new Map<string, string>();
  for (const c of copies) {
    if (c.department === null) continue;
    const first = seen.get(c.department);
    if (first !== undefined) {
      c.notes.push(`与《${first}》同属“${c.department}”：两份副本内容不同之处按冲突处理。`);
    } else seen.set(c.department, c.name);
  }
}
