import { useCallback, useState } from "react";
import type { MergeProblem, MergeResult } from "../../../core/merge/types";
import type { LedgerApi, MergeCellChange } from "../../../excel/api";
import { toPaneError } from "../../state/pane-error";
import type { PaneError } from "../../state/types";
import { logError, type RunCommand } from "../../state/use-pane-state";
import { readBytes } from "./read-bytes";

export interface MergePreview {
  result: MergeResult;
  changes: MergeCellChange[];
}

/** Where the merge stands: nothing chosen, reading files, refused, failed, the report to confirm, written. */
export type MergeState =
  | { phase: "idle" }
  | { phase: "reading"; files: number }
  | { phase: "refused"; problems: MergeProblem[] }
  | { phase: "failed"; error: PaneError }
  | { phase: "preview"; preview: MergePreview }
  | { phase: "written"; preview: MergePreview };

export interface MergeFlow {
  state: MergeState;
  /** Reads the chosen files in the browser and computes the merge; writes nothing. */
  choose(files: readonly File[]): Promise<void>;
  /** Writes the previewed cells (one command; the pane shows its result or error). */
  confirm(): Promise<void>;
  /** Back to nothing chosen. */
  reset(): void;
}

export function useMerge(api: LedgerApi, run: RunCommand, onWritten: () => void): MergeFlow {
  const [state, setState] = useState<MergeState>({ phase: "idle" });

  const choose = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setState({ phase: "reading", files: files.length });
      try {
        const chosen = await Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: await readBytes(file) })),
        );
        // ExcelJS comes with this chunk, only when someone merges.
        const { prepareMerge } = await import(/* webpackChunkName: "merge-reader" */ "./prepare-merge");
        const prepared = await prepareMerge(api, chosen);
        setState(
          prepared.ok
            ? { phase: "preview", preview: { result: prepared.result, changes: prepared.changes } }
            : { phase: "refused", problems: prepared.problems },
        );
      } catch (thrown) {
        logError("merge", thrown);
        setState({ phase: "failed", error: toPaneError("merge", thrown) });
      }
    },
    [api],
  );

  const confirm = useCallback(async () => {
    if (state.phase !== "preview") return;
    const { preview } = state;
    const written = await run("merge", async () => ({
      kind: "merge",
      report: await api.applyMerge(preview.changes),
      conflicts: preview.result.report.conflicts.length,
    }));
    if (written) {
      setState({ phase: "written", preview });
      onWritten();
    }
  }, [api, run, state, onWritten]);

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return { state, choose, confirm, reset };
}
