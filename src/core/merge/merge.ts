/**
 * mergeLedgers: a master ledger and the copies departments returned -> the merged filled-in values and a
 * report. Pure: data in, data out. Nothing is decided silently: every cell not taken is in the report.
 */
import { addedColumnRows } from "../ledger/added-columns";
import { carryOver } from "../ledger/carry-over";
import { FILLED_FIELDS } from "../ledger/constants";
import { emptyFilled } from "../ledger/ledger-sheet";
import { LedgerSnapshot } from "../ledger/snapshot";
import { FilledRow } from "../ledger/types";
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
  return { problems: [], filled, unplaced: [...carried.unplaced, ...added.flat()], report };
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
