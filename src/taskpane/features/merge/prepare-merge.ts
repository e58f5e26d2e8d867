/**
 * The merge before anything is written (a lazily loaded chunk: it brings ExcelJS): the open ledger as the
 * master, each chosen file read in the browser, the pure core's merge, and the cells it would write.
 * All or nothing: any unusable file, or a master that cannot be merged into, refuses the whole merge.
 */
import { FORMAT_VERSION } from "../../../core/ledger/constants";
import { planId } from "../../../core/ledger/plan-id";
import { mergeLedgers } from "../../../core/merge/merge";
import type { MergeProblem, MergeResult, ReturnedCopy } from "../../../core/merge/types";
import type { LedgerApi, MergeCellChange } from "../../../excel/api";
import { readReturnedCopy } from "../../../xlsx/merge/read-file";
import { mergeChanges } from "./changes";

/** How the open workbook is named in the merge report. */
export const MASTER_NAME = "本工作簿";

/** Larger files are not read (a ledger of a few thousand items is well under this). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

export type PreparedMerge =
  { ok: true; result: MergeResult; changes: MergeCellChange[] } | { ok: false; problems: MergeProblem[] };

/** Throws what the adapter throws (no ledger, Excel busy…); file and merge problems are returned. */
export async function prepareMerge(api: LedgerApi, files: readonly ChosenFile[]): Promise<PreparedMerge> {
  const master = await api.readSnapshot();
  const plan = api.plan();
  const problems: MergeProblem[] = [];
  const refuse = (message: string) => problems.push({ file: MASTER_NAME, message });
  if (master.copyDepartment !== null) {
    refuse(
      `本工作簿是发给“${master.copyDepartment}”的部门副本，不是总表。请在总表中打开台账任务窗格，再合并各部门的副本。`,
    );
  }
  if (master.planId !== null && master.planId !== planId(plan)) {
    refuse(
      `本工作簿的台账属于另一计划（计划标识 ${master.planId}），与本加载项的计划（“${plan.title}”，计划标识 ${planId(plan)}）不同，无法合并。`,
    );
  }
  if (master.formatVersion !== null && master.formatVersion < FORMAT_VERSION) {
    refuse(
      `本工作簿是旧格式的台账（格式版本 ${master.formatVersion}）。请先点击“生成/更新台账”升级，再合并。`,
    );
  }
  const names = new Set<string>();
  const copies: ReturnedCopy[] = [];
  for (const file of files) {
    if (names.has(file.name)) {
      problems.push({ file: file.name, message: `“${file.name}”选择了两次。请每份副本只选一次。` });
      continue;
    }
    names.add(file.name);
    if (file.bytes.byteLength > MAX_FILE_BYTES) {
      problems.push({
        file: file.name,
        message: `“${file.name}”过大（${Math.round(file.bytes.byteLength / 1024 / 1024)} MB），不像是台账副本。`,
      });
      continue;
    }
    const read = await readReturnedCopy(file.name, file.bytes);
    if (read.ok) copies.push(read.copy);
    else problems.push({ file: file.name, message: `“${file.name}”：${read.message}` });
  }
  if (problems.length > 0) return { ok: false, problems };
  const result = mergeLedgers(master, copies, plan, { masterName: MASTER_NAME });
  if (result.problems.length > 0) return { ok: false, problems: result.problems };
  return { ok: true, result, changes: mergeChanges(result) };
}
