/** State of 分发部门副本: writing a department's copy in the browser and downloading it. */
import { useState } from "react";
import type { LedgerApi } from "../../../excel/api";
import { toPaneError } from "../../state/pane-error";
import { logError } from "../../state/use-pane-state";
import { useMessages } from "../../i18n/context";

export type DistributeState =
  | { phase: "idle" }
  | { phase: "writing"; department: string }
  | { phase: "done"; fileName: string; items: number; sealed: boolean }
  | { phase: "failed"; message: string; nextStep: string | null };

export function useDistribute(api: LedgerApi): {
  state: DistributeState;
  send: (name: string) => Promise<void>;
} {
  const t = useMessages();
  const [state, setState] = useState<DistributeState>({ phase: "idle" });

  async function send(name: string): Promise<void> {
    setState({ phase: "writing", department: name });
    try {
      const { departmentCopy, download } = await import(
        /* webpackChunkName: "copy-writer" */ "./department-copy"
      );
      const copy = await departmentCopy(api, name);
      if (!copy.ok) {
        setState({ phase: "failed", message: copy.message, nextStep: null });
        return;
      }
      download(copy.fileName, copy.bytes);
      setState({ phase: "done", fileName: copy.fileName, items: copy.items, sealed: copy.sealed });
    } catch (thrown) {
      logError("distribute", thrown);
      const error = toPaneError("merge", thrown);
      setState({ phase: "failed", message: error.message ?? t.unexpectedError, nextStep: error.nextStep });
    }
  }
  return { state, send };
}
