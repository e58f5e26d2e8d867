/**
 * The 本轮 panel's state: the current round's report from the workbook, and 开始新一轮 / 结束本轮 /
 * 复制催报名单. One action at a time; after a change the report is read again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { reminderLines, type RoundReport } from "../../../core/rounds/reminders";
import type { LedgerApi } from "../../../excel/api";
import { isLedgerError } from "../../../excel/ledger-error";
import { logError } from "../../state/use-pane-state";
import { copyText } from "./clipboard";
import type { RoundText } from "./round-text";

export type RoundBusy = "read" | "start" | "close" | "copy";

export interface RoundProblem {
  message: string;
  nextStep: string | null;
}

export interface RoundPanelState {
  /** Null until first read. */
  report: RoundReport | null;
  busy: RoundBusy | null;
  problem: RoundProblem | null;
  notice: string | null;
  /** The 催报名单 shown to copy by hand when the clipboard was refused. */
  fallbackText: string | null;
}

export interface RoundCommands {
  refresh(): Promise<void>;
  start(name: string, due: string): Promise<boolean>;
  close(): Promise<void>;
  copyReminders(): Promise<void>;
}

const IDLE: RoundPanelState = { report: null, busy: null, problem: null, notice: null, fallbackText: null };

export function useRound(
  api: LedgerApi,
  t: RoundText,
  clipboard: Pick<Clipboard, "writeText"> | undefined,
  onWritten: () => void,
): { state: RoundPanelState; commands: RoundCommands } {
  const [state, setState] = useState<RoundPanelState>({ ...IDLE, busy: "read" });
  const running = useRef(false);
  const guarded = useCallback(
    async (busy: RoundBusy, work: () => Promise<Partial<RoundPanelState>>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setState((s) => ({ ...s, busy, problem: null, notice: busy === "read" ? s.notice : null }));
      try {
        const next = await work();
        setState((s) => ({ ...s, ...next, busy: null }));
        return true;
      } catch (thrown) {
        setState((s) => ({ ...s, busy: null, problem: problemOf(`round-${busy}`, thrown, t) }));
        return false;
      } finally {
        running.current = false;
      }
    },
    [t],
  );
  const refresh = useCallback(
    async () => void (await guarded("read", async () => ({ report: await api.readRoundReport() }))),
    [api, guarded],
  );
  useEffect(() => {
    // The first read (the state starts busy "read"); later reads go through `refresh`.
    let live = true;
    api.readRoundReport().then(
      (report) => live && setState((s) => ({ ...s, report, busy: null })),
      (thrown: unknown) =>
        live && setState((s) => ({ ...s, busy: null, problem: problemOf("round-read", thrown, t) })),
    );
    return () => {
      live = false;
    };
  }, [api, t]);
  const start = useCallback(
    (name: string, due: string) =>
      guarded("start", async () => {
        await api.startRound(name, due);
        onWritten();
        return {
          report: await api.readRoundReport(),
          notice: t.startedNotice(name.trim(), due),
          fallbackText: null,
        };
      }),
    [api, guarded, onWritten, t],
  );
  const close = useCallback(async () => {
    const name = state.report?.round?.name ?? "";
    await guarded("close", async () => {
      await api.closeRound();
      onWritten();
      return { report: await api.readRoundReport(), notice: t.closedNotice(name), fallbackText: null };
    });
  }, [api, guarded, onWritten, state.report, t]);
  const copyReminders = useCallback(async () => {
    const missing = state.report?.missing ?? [];
    const text = reminderLines(missing).join("\n");
    await guarded("copy", async () =>
      (await copyText(text, clipboard))
        ? { notice: t.copied(missing.length), fallbackText: null }
        : { notice: null, fallbackText: text },
    );
  }, [clipboard, guarded, state.report, t]);
  return { state, commands: { refresh, start, close, copyReminders } };
}

function problemOf(source: string, thrown: unknown, t: RoundText): RoundProblem {
  logError(source, thrown);
  return isLedgerError(thrown)
    ? { message: thrown.message, nextStep: thrown.nextStep }
    : { message: t.failedTitle, nextStep: null };
}
