/**
 * The whole merge on bytes, in memory: read every file, hand them to the one orchestration (runMerge in
 * src/core/merge), write the merged master once — into the master's own package, so everything else in it is
 * kept (write-into-master.ts). Nothing is written when any file is unusable. The CLI
 * writes the bytes to disk; the outside-Office page offers them for download.
 */
import { MergeHints, commandLineHints } from "../../core/merge/hints";
import { buildMergedSpec } from "../../core/merge/merged-spec";
import { refusedLines, reportLines } from "../../core/merge/report-text";
import { MergeCopyInput, runMerge } from "../../core/merge/run-merge";
import { MergeProblem, MergeResult } from "../../core/merge/types";
import { Plan } from "../../core/plan/types";
import { writeLedgerXlsx } from "../write";
import { readLedgerFile, readReturnedCopy } from "./read-file";
import { writeIntoMaster } from "./write-into-master";

const REGENERATED = "合并结果按计划重新生成，总表中填写列以外的改动（另加的工作表、批注、列宽等）未保留";

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
  options: {
    generatedAt: string | null;
    /** The host's words (default: the command line's, naming the master by its file name). */
    hints?: MergeHints;
  },
): Promise<MergeFilesResult> {
  const hints = options.hints ?? commandLineHints(master.name);
  const masterFile = await readLedgerFile(master.bytes);
  const returned: MergeCopyInput[] = [];
  for (const c of copies) {
    const read = await readReturnedCopy(c.name, c.bytes);
    returned.push({
      name: c.name,
      receivedAt: c.receivedAt,
      read: read.ok ? { ok: true, value: read.copy } : read,
    });
  }
  const at = options.generatedAt ?? new Date().toISOString();
  const run = runMerge({
    master: {
      name: master.name,
      read: masterFile.ok
        ? {
            ok: true,
            value: {
              snapshot: masterFile.snapshot,
              issues: masterFile.issues,
              rounds: masterFile.carried.rounds,
              key: masterFile.carried.mergeKey ?? null,
            },
          }
        : masterFile,
    },
    copies: returned,
    plan,
    hints,
    at,
  });
  if (!run.value || !masterFile.ok)
    return { ok: false, problems: run.issues, lines: refusedLines(run.issues, hints) };
  const { result, rounds } = run.value;
  const carried = { ...masterFile.carried, rounds: rounds ?? masterFile.carried.rounds };
  const inPlace = await writeIntoMaster(
    {
      bytes: master.bytes,
      snapshot: masterFile.snapshot,
      columns: masterFile.columns,
      carried,
      roundsChanged: rounds !== null && rounds !== masterFile.carried.rounds,
    },
    result,
    plan,
    options.generatedAt,
  );
  const lines = reportLines(result, plan, hints);
  if (inPlace.ok) return { ok: true, bytes: inPlace.bytes, result, lines };
  // Regenerated from the plan as before: the master's own additions (its other sheets, widths…) are not kept.
  const bytes = await writeLedgerXlsx(
    buildMergedSpec(plan, masterFile.snapshot, result, options.generatedAt, carried),
  );
  return { ok: true, bytes, result, lines: [...lines, `${REGENERATED}（${inPlace.reason}）。`] };
}
