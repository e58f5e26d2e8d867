import { useCallback, useState } from "react";
import type { Assignment } from "../../../core/plan/types";
import type { LedgerApi } from "../../../excel/api";
import type { CommandKind } from "../../state/types";
import { BUNDLED_PLAN } from "../../../excel/bundled-plan";
import { logError, type RunCommand } from "../../state/use-pane-state";
import { readBytes } from "../merge/read-bytes";
import { renameDepartment, setTaskAssignments, type PlanDraft } from "./draft";

/** Where the plan in the preview came from. */
export type DraftSource = { kind: "file"; name: string } | { kind: "paste" } | { kind: "sample" };

/**
 * Where 生成台账 writes: the open workbook (in Excel, through the adapter, as one command), or a new .xlsx file
 * the browser downloads (outside Office: WPS, old Office, any browser).
 */
export type ImportTarget =
  { kind: "workbook"; api: LedgerApi; run: RunCommand; onWritten: () => void } | { kind: "file" };

/** Nothing read yet, reading, a file that could not be read, the preview to check, written (to `fileName`). */
export type ImportState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "failed"; message: string }
  | { phase: "preview"; draft: PlanDraft; source: DraftSource }
  | { phase: "written"; draft: PlanDraft; source: DraftSource; fileName: string | null };

export interface ImportFlow {
  state: ImportState;
  /** The file being written (file target only; a workbook write is the pane's command). */
  busy: CommandKind | null;
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

export function useImport(target: ImportTarget): ImportFlow {
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const [busy, setBusy] = useState<CommandKind | null>(null);

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
    if (target.kind === "file") {
      setBusy("apply");
      try {
        // ExcelJS comes with this chunk, only when a ledger file is made.
        const { downloadLedger } = await import(/* webpackChunkName: "ledger-file" */ "./ledger-file");
        const fileName = await downloadLedger(draft);
        setState({ phase: "written", draft, source, fileName });
      } catch (thrown) {
        logError("import", thrown);
        setState({
          phase: "failed",
          message: "未能生成台账文件。请再试一次；如果反复出现，请换用 Chrome 或 Edge 浏览器。",
        });
      } finally {
        setBusy(null);
      }
      return;
    }
    const { api, run, onWritten } = target;
    const done = await run("apply", async () => ({
      kind: "apply",
      report: await api.createOrUpdate({ plan: draft.plan, issues: draft.issues }),
    }));
    if (done) {
      setState({ phase: "written", draft, source, fileName: null });
      onWritten();
    }
  }, [target, state]);

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return { state, busy, chooseFile, paste, sample, setTask, rename, write, reset };
}
