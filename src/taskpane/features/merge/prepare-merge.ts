/**
 * The merge before anything is written (a lazily loaded chunk: it brings ExcelJS): the open ledger as the
 * master, each chosen file read in the browser, the one merge orchestration (runMerge) with the pane's words,
 * and the cells it would write. All or nothing: any unusable file, or a master that cannot be merged into,
 * refuses the whole merge.
 */
import { localTimestamp } from "../../../core/time/local-timestamp";
import { runMerge, type MergeCopyInput } from "../../../core/merge/run-merge";
import type { MergeProblem, MergeResult } from "../../../core/merge/types";
import type { LedgerApi, MergeCellChange } from "../../../excel/api";
import { readReturnedCopy } from "../../../xlsx/merge/read-file";
import { mergeChanges } from "./changes";
import { PANE_MERGE_HINTS } from "./pane-hints";

/** How the open workbook is named in the merge report. */
export const MASTER_NAME = PANE_MERGE_HINTS.master;

/** Larger files are not read (a ledger of a few thousand items is well under this). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

export type PreparedMerge =
  { ok: true; result: MergeResult; changes: MergeCellChange[] } | { ok: false; problems: MergeProblem[] };

/** A chosen file, read unless it was chosen twice or is too large to be a copy. */
async function readChosen(file: ChosenFile, seen: Set<string>): Promise<MergeCopyInput> {
  const refuse = (message: string): MergeCopyInput => ({ name: file.name, read: { ok: false, message } });
  if (seen.has(file.name)) return refuse("选择了两次。请每份副本只选一次。");
  seen.add(file.name);
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    return refuse(`过大（${Math.round(file.bytes.byteLength / 1024 / 1024)} MB），不像是台账副本。`);
  }
  const read = await readReturnedCopy(file.name, file.bytes);
  return { name: file.name, read: read.ok ? { ok: true, value: read.copy } : read };
}

/** Throws what the adapter throws (no ledger, Excel busy…); file and merge problems are returned. */
export async function prepareMerge(api: LedgerApi, files: readonly ChosenFile[]): Promise<PreparedMerge> {
  const snapshot = await api.readSnapshot();
  const seen = new Set<string>();
  const copies: MergeCopyInput[] = [];
  for (const file of files) copies.push(await readChosen(file, seen));
  const run = runMerge({
    // The open workbook's merge key (TZ_Key): the copies' seals are checked, a forged department refused.
    master: {
      name: MASTER_NAME,
      read: {
        ok: true,
        value: { snapshot, ...(snapshot.mergeKey !== undefined ? { key: snapshot.mergeKey } : {}) },
      },
    },
    copies,
    plan: api.plan(),
    hints: PANE_MERGE_HINTS,
    at: localTimestamp(new Date()),
  });
  if (!run.value) return { ok: false, problems: run.issues };
  return { ok: true, result: run.value.result, changes: mergeChanges(run.value.result) };
}
