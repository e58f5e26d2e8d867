/**
 * The whole merge on bytes, in memory: read and check every file, merge, write the merged master once.
 * Nothing is written when any file is unusable. The CLI writes the bytes to disk; the task pane can offer
 * them for download or apply them through Office.js.
 */
import { LedgerSnapshot } from "../../core/ledger/snapshot";
import { mergeLedgers } from "../../core/merge/merge";
import { buildMergedSpec } from "../../core/merge/merged-spec";
import { reportLines } from "../../core/merge/report-text";
import { MergeProblem, MergeResult, ReturnedCopy } from "../../core/merge/types";
import { Plan } from "../../core/plan/types";
import { writeLedgerXlsx } from "../write";
import { readLedgerFile, readReturnedCopy } from "./read-file";
import { recordMerge } from "../../core/rounds/merge-record";

export interface NamedBytes {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
  /** When a returned copy came back (ISO; the CLI gives the file's time): recorded against its round. */
  receivedAt?: string;
}

export type MergeFilesResult =
  | { ok: true; bytes: Uint8Array; result: MergeResult; lines: string[] }
  | { ok: false; problems: MergeProblem[]; lines: string[] };

export async function mergeLedgerFiles(
  master: NamedBytes,
  copies: readonly NamedBytes[],
  plan: Plan,
  options: { generatedAt: string | null },
): Promise<MergeFilesResult> {
  const problems: MergeProblem[] = [];
  const masterFile = await readLedgerFile(master.bytes);
  if (!masterFile.ok)
    problems.push({ file: master.name, message: `总表 “${master.name}”：${masterFile.message}` });
  const returned: ReturnedCopy[] = [];
  for (const c of copies) {
    const read = await readReturnedCopy(c.name, c.bytes);
    if (read.ok) returned.push(read.copy);
    else problems.push({ file: c.name, message: `“${c.name}”：${read.message}` });
  }
  if (!masterFile.ok || problems.length > 0) return failed(problems);
  const snapshot: LedgerSnapshot = masterFile.snapshot;
  const result = mergeLedgers(snapshot, returned, plan, { masterName: master.name });
  if (result.problems.length > 0) return failed(result.problems);
  result.report.notes.push(...masterFile.issues.map((i) => `总表：${i.message}`));
  const at = options.generatedAt ?? new Date().toISOString();
  const rounds = recordMerge(
    masterFile.carried.rounds,
    result,
    returned.map((c, i) => ({
      file: c.name,
      department: c.baseline?.department ?? c.snapshot.copyDepartment,
      round: c.baseline?.round ?? null,
      returnedAt: copies[i].receivedAt ?? at,
    })),
    at,
  );
  const bytes = await writeLedgerXlsx(
    buildMergedSpec(plan, snapshot, result, options.generatedAt, { ...masterFile.carried, rounds }),
  );
  return { ok: true, bytes, result, lines: reportLines(result, plan) };
}

function failed(problems: MergeProblem[]): MergeFilesResult {
  return {
    ok: false,
    problems,
    lines: [
      "未合并：以下文件有问题，总表未作任何改动，也没有生成合并结果。",
      ...problems.map((p) => `  · ${p.message}`),
    ],
  };
}
