/** State of the 自检 dialog: run the self-check once per click, keep the report text, copy it. */
import { useCallback, useRef, useState } from "react";
import type { SelfCheckReport } from "../../../excel/self-check/types";
import { countResults, reportText } from "./report-text";

export type SelfCheckState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; text: string; counts: ReturnType<typeof countResults> }
  | { status: "error"; message: string };

export type CopyState = "idle" | "copied" | "failed";

/** The legacy copy of the selected text, for webviews without the asynchronous Clipboard API. */
function copySelection(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  }
}

export function useSelfCheck(run: () => Promise<SelfCheckReport>) {
  const [state, setState] = useState<SelfCheckState>({ status: "idle" });
  const [copy, setCopy] = useState<CopyState>("idle");
  const area = useRef<HTMLTextAreaElement>(null);

  const start = useCallback(async () => {
    setState({ status: "running" });
    setCopy("idle");
    try {
      const report = await run();
      setState({ status: "done", text: reportText(report), counts: countResults(report) });
    } catch (error) {
      setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }, [run]);

  const copyReport = useCallback(async () => {
    if (state.status !== "done") return;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(state.text);
      setCopy("copied");
    } catch {
      // Office's webviews may refuse the Clipboard API; the selection stays for Ctrl+C when copying fails too.
      setCopy(area.current && copySelection(area.current) ? "copied" : "failed");
    }
  }, [state]);

  return { state, copy, area, start, copyReport };
}
