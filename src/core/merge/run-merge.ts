/**
 * The one merge orchestration, for every host (the CLI and the `.xlsx` path, the task pane): the master and
 * the returned copies as the host read them, checked together, merged, with the report and the rounds'
 * record. Pure: the hosts only read (bytes or Office.js → snapshots) and write (the merged file, or the
 * changed cells) and pass their own words (MergeHints). All or nothing: any problem, and no merge result.
 */
import { LedgerSnapshot } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { recordMerge } from "../rounds/merge-record";
import { RoundsState } from "../rounds/types";
import { MergeHints } from "./hints";
import { mergeLedgers } from "./merge";
import { MergeProblem, MergeResult, ReturnedCopy } from "./types";
import { checkCopy, checkMaster, copyDepartment } from "./validate";

/** A file as its host read it, or why it could not be read (Chinese, without the file's name). */
export type HostRead<T> = { ok: true; value: T } | { ok: false; message: string };

export interface MergeMaster {
  snapshot: LedgerSnapshot;
  /** What the reader noticed in the master (an added column…): notes in the report. */
  issues?: readonly { message: string }[];
  /** The master's reporting rounds, when its host keeps them: the merge is recorded against them. */
  rounds?: RoundsState;
  /**
   * The master's merge key (TZ_Key) when its host reads it: copies' baseline seals are checked (seal-check.ts);
   * null: the master has none (baselines untrusted); absent: the host does not check seals.
   */
  key?: string | null;
}

/** A returned copy as its host read it; `receivedAt` (ISO) when the host knows when it came back. */
export interface MergeCopyInput {
  name: string;
  read: HostRead<ReturnedCopy>;
  receivedAt?: string;
}

export interface MergeInput {
  master: { name: string; read: HostRead<MergeMaster> };
  copies: readonly MergeCopyInput[];
  plan: Plan;
  hints: MergeHints;
  /** When the merge happens (ISO): the rounds' record, and a copy's return when its host does not know it. */
  at: string;
}

export interface MergeRun {
  result: MergeResult;
  /** The master's rounds with this merge recorded; null when the host passed none. */
  rounds: RoundsState | null;
}

export function runMerge(input: MergeInput): { value: MergeRun | null; issues: MergeProblem[] } {
  const { master, plan, hints } = input;
  const copies = input.copies.flatMap((c) => (c.read.ok ? [c.read.value] : []));
  if (!master.read.ok || copies.length < input.copies.length)
    return { value: null, issues: allProblems(input) };
  const { snapshot, rounds, key } = master.read.value;
  const result = mergeLedgers(snapshot, copies, plan, { masterName: master.name, hints, key });
  if (result.problems.length > 0) return { value: null, issues: result.problems };
  result.report.notes.push(
    ...(master.read.value.issues ?? []).map((i) => `${hints.masterShort}：${i.message}`),
  );
  const recorded = rounds
    ? recordMerge(
        rounds,
        result,
        copies.map((c, i) => ({
          file: c.name,
          department: copyDepartment(c),
          round: c.baseline?.round ?? null,
          returnedAt: input.copies[i].receivedAt ?? input.at,
        })),
        input.at,
      )
    : null;
  return { value: { result, rounds: recorded }, issues: [] };
}

/**
 * Every problem at once, in file order, when a file could not be read: the unreadable ones, and the checks of
 * the readable ones (the copies only against a readable master).
 */
function allProblems({ master, copies, plan, hints }: MergeInput): MergeProblem[] {
  const snapshot = master.read.ok ? master.read.value.snapshot : null;
  const problems: MergeProblem[] = master.read.ok
    ? checkMaster(master.read.value.snapshot, plan, master.name, hints).problems
    : [{ file: master.name, message: `${hints.master}：${master.read.message}` }];
  for (const c of copies) {
    if (!c.read.ok) problems.push({ file: c.name, message: `“${c.name}”：${c.read.message}` });
    else if (snapshot) problems.push(...checkCopy(c.read.value, snapshot, plan, hints).problems);
  }
  return problems;
}
