/**
 * State of 合并 on the web page: the master and the returned copies chosen, merged in the browser, the result
 * downloaded and its report kept on the page.
 */
import { useCallback, useState } from "react";
import type { MergeProblem, MergeReport } from "../../../core/merge/types";
import { logError } from "../../state/use-pane-state";
import { readBytes } from "../merge/read-bytes";
import { localTimestamp } from "../../../core/time/local-timestamp";

export type OutsideMergeResult =
  | { phase: "merging" }
  | { phase: "done"; fileName: string; report: MergeReport }
  | { phase: "refused"; problems: MergeProblem[] }
  | { phase: "failed"; message: string };

export interface OutsideMergeFlow {
  master: File | null;
  copies: readonly File[];
  result: OutsideMergeResult | null;
  chooseMaster(file: File): void;
  chooseCopies(files: readonly File[]): void;
  merge(): Promise<void>;
}

const merger = () => import(/* webpackChunkName: "web-merge" */ "./merged-file");

async function chosen(file: File): Promise<{ name: string; bytes: Uint8Array; receivedAt: string }> {
  return {
    name: file.name,
    bytes: new Uint8Array(await readBytes(file)),
    receivedAt: localTimestamp(new Date(file.lastModified || Date.now())),
  };
}

export function useOutsideMerge(unreadable: (name: string) => string): OutsideMergeFlow {
  const [master, setMaster] = useState<File | null>(null);
  const [copies, setCopies] = useState<readonly File[]>([]);
  const [result, setResult] = useState<OutsideMergeResult | null>(null);
  const chooseMaster = useCallback((file: File) => {
    setMaster(file);
    setResult(null);
  }, []);
  const chooseCopies = useCallback((files: readonly File[]) => {
    setCopies(files);
    setResult(null);
  }, []);
  const merge = useCallback(async () => {
    if (!master || copies.length === 0) return;
    setResult({ phase: "merging" });
    try {
      const { mergedFile, download } = await merger();
      const merged = await mergedFile(await chosen(master), await Promise.all(copies.map(chosen)));
      if (!merged.ok) {
        setResult({ phase: "refused", problems: merged.problems });
        return;
      }
      download(merged.fileName, merged.bytes);
      setResult({ phase: "done", fileName: merged.fileName, report: merged.report });
    } catch (thrown) {
      logError("merge", thrown);
      setResult({ phase: "failed", message: unreadable(master.name) });
    }
  }, [master, copies, unreadable]);
  return { master, copies, result, chooseMaster, chooseCopies, merge };
}
