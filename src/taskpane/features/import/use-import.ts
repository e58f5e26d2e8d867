import { useCallback, useState } from "react";
import type { Assignment } from "../../../core/plan/types";
import type { LedgerApi } from "../../../excel/api";
import { BUNDLED_PLAN } from "../../../excel/bundled-plan";
import { logError, type RunCommand } from "../../state/use-pane-state";
import { readBytes } from "../merge/read-bytes";
import { renameDepartment, setTaskAssignments, type PlanDraft } from "./draft";

/** Where the plan in the preview came from. */
export type DraftSource = { kind: "file"; name: string } | { kind: "paste" } | { kind: "sample" };

/** Nothing read yet, reading, a file that could not be read, the preview to check, written to the workbook. */
export type ImportState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "failed"; message: string }
  | { phase: "preview"; draft: PlanDraft; source: DraftSource }
  | { phase: "written"; draft: PlanDraft; source: DraftSource };

export interface ImportFlow {
  state: ImportState;
  chooseFile(file: File): Promise<void>;
  paste(text: string): Promise<void>;
  sample(): void;
  setTask(itemNo: number, assignments: Assignment[]): void;
  rename(from: string, to: string): void;
  /** Writes the previewed plan as the ledger (生成台账, one command). */
  write(): Promise<void>;
  reset(): void;
}

// The reader (and jszip, xmldom, ExcelJS behind it) load only when someone imports.
const reader = () => import(/* webpackChunkName: "plan-reader" */ "./read-input");

export function useImport(api: LedgerApi, run: RunCommand, onWritten: () => void): ImportFlow {
  const [state, setState] = useState<ImportState>({ phase: "idle" });

  const chooseFile = useCallback(async (file: File) => {
    setState({ phase: "reading" });
    try {
      const bytes = new Uint8Array(await readBytes(file));
      const read = await (await reader()).readChosenFile(file.name, bytes);
      setState(
        read.ok
          ? { phase: "preview", draft: read.draft, source: { kind: "file", name: file.name } }
          : { phase: "failed", message: read.message },
      );
    } catch (thrown) {
      logError("import", thrown);
      setState({
        phase: "failed",
        message: `未能读取“${file.name}”。请确认文件没有损坏，或在 Word/WPS 中另存为 .docx 后重试；也可以复制全文粘贴到下方。`,
      });
    }
  }, []);

  const paste = useCallback(async (text: string) => {
    setState({ phase: "reading" });
    try {
      const read = (await reader()).readPastedText(text);
      setState(
        read.ok
          ? { phase: "preview", draft: read.draft, source: { kind: "paste" } }
          : { phase: "failed", message: read.message },
      );
    } catch (thrown) {
      logError("import", thrown);
      setState({
        phase: "failed",
        message: "未能读取粘贴的文字。请确认粘贴的是计划全文，或改为选择计划文件。",
      });
    }
  }, []);

  const sample = useCallback(() => {
    setState({ phase: "preview", draft: { plan: BUNDLED_PLAN, issues: [] }, source: { kind: "sample" } });
  }, []);

  const edit = useCallback((change: (draft: PlanDraft) => PlanDraft) => {
    setState((s) => (s.phase === "preview" ? { ...s, draft: change(s.draft) } : s));
  }, []);
  const setTask = useCallback(
    (itemNo: number, assignments: Assignment[]) => edit((d) => setTaskAssignments(d, itemNo, assignments)),
    [edit],
  );
  const rename = useCallback(
    (from: string, to: string) => edit((d) => renameDepartment(d, from, to)),
    [edit],
  );

  const write = useCallback(async () => {
    if (state.phase !== "preview") return;
    const { draft, source } = state;
    const done = await run("apply", async () => ({
      kind: "apply",
      report: await api.createOrUpdate({ plan: draft.plan, issues: draft.issues }),
    }));
    if (done) {
      setState({ phase: "written", draft, source });
      onWritten();
    }
  }, [api, run, state, onWritten]);

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return { state, chooseFile, paste, sample, setTask, rename, write, reset };
}
