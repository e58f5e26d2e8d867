/**
 * 合并 on the web page (a lazily loaded chunk: it brings ExcelJS): the master and the returned copies as
 * files, merged by the CLI's merge (mergeLedgerFiles, bytes in, bytes out) with the plan the master carries;
 * the merged ledger is a new file to download, named as `taizhang merge` names it (总表名-合并.xlsx).
 */
import type { MergeProblem, MergeReport } from "../../../core/merge/types";
import { BUNDLED_PLAN } from "../../../excel/bundled-plan";
import { ledgerFilePlan } from "../../../xlsx/ledger-file-plan";
import { mergeLedgerFiles } from "../../../xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../../xlsx/read";
import { webPageMergeHints } from "./merge-hints";
import { localTimestamp } from "../../../core/time/local-timestamp";

export interface ChosenBytes {
  name: string;
  bytes: Uint8Array;
  /** When the file was last changed (ISO): a returned copy's time against its round, as the CLI records it. */
  receivedAt?: string;
}

export type MergedFile =
  | { ok: true; fileName: string; bytes: Uint8Array; report: MergeReport; lines: string[] }
  | { ok: false; problems: MergeProblem[] };

export async function mergedFile(
  master: ChosenBytes,
  copies: readonly ChosenBytes[],
  now: () => Date = () => new Date(),
): Promise<MergedFile> {
  const refuse = (message: string): MergedFile => ({
    ok: false,
    problems: [{ file: master.name, message: `总表 “${master.name}”：${message}` }],
  });
  const twice = copies.find(
    (c, i) => c.name === master.name || copies.findIndex((d) => d.name === c.name) !== i,
  );
  if (twice) {
    return {
      ok: false,
      problems: [
        {
          file: twice.name,
          message: `“${twice.name}”选择了两次（总表不能同时作为部门副本）。请每个文件只选一次。`,
        },
      ],
    };
  }
  const read = await readLedgerXlsx(master.bytes);
  if (!read.value) return refuse(read.issues.map((i) => i.message).join("；"));
  const plan = await ledgerFilePlan(master.bytes, read.value.planId, BUNDLED_PLAN);
  if (!plan.ok) return refuse(plan.message);
  const at = now();
  const merged = await mergeLedgerFiles(
    master,
    copies.map((c) => ({ ...c, receivedAt: c.receivedAt ?? localTimestamp(at) })),
    plan.plan,
    { generatedAt: at.toISOString(), hints: webPageMergeHints(master.name) },
  );
  if (!merged.ok) return { ok: false, problems: merged.problems };
  return {
    ok: true,
    fileName: `${master.name.replace(/\.xlsx$/i, "")}-合并.xlsx`,
    bytes: merged.bytes,
    report: merged.result.report,
    lines: merged.lines,
  };
}

export { download } from "../merge/department-copy";
