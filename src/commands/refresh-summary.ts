/**
 * The 刷新汇总 ribbon button (ExecuteFunction): refreshes the per-department PivotTable (or confirms the formula
 * summary where PivotTables are not supported). `event.completed()` is called on every path — Office shows a
 * busy indicator until it is, and a function that never completes blocks the next command.
 *
 * On failure nothing blocking is shown (a function command has no UI of its own and must not open dialogs
 * unasked): the Chinese message and next step are logged and kept in localStorage under
 * LAST_COMMAND_ERROR_KEY, where the task pane can show them the next time it opens. Without a shared runtime
 * the function file and the pane are separate runtimes, and nothing documents that they share storage: that
 * hand-over is best effort only. The failure path itself never depends on it — storage errors are ignored,
 * the console always has the message, and event.completed() is always called.
 */
import type { LedgerApi } from "../excel/api";
import { isLedgerError } from "../excel/ledger-error";

export const LAST_COMMAND_ERROR_KEY = "taizhang.lastCommandError";

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandFailure {
  command: string;
  message: string;
  nextStep: string;
  at: string;
}

function describe(error: unknown): { message: string; nextStep: string } {
  if (isLedgerError(error)) return { message: error.message, nextStep: error.nextStep };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `刷新汇总失败：${detail}`, nextStep: "请打开台账任务窗格后再试。" };
}

function remember(failure: CommandFailure): void {
  try {
    globalThis.localStorage?.setItem(LAST_COMMAND_ERROR_KEY, JSON.stringify(failure));
  } catch {
    // Storage may be unavailable (private mode, policy): the console log below still has it.
  }
}

/**
 * `ready` (Office.onReady in the function file) is awaited first: the command may be dispatched before Office
 * has finished initialising this runtime.
 */
export async function refreshSummaryCommand(
  event: CommandEvent,
  createApi: () => LedgerApi,
  ready: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  try {
    await ready();
    await createApi().refreshSummary();
    try {
      globalThis.localStorage?.removeItem(LAST_COMMAND_ERROR_KEY);
    } catch {
      // ignore: nothing to clear
    }
  } catch (error) {
    const { message, nextStep } = describe(error);
    remember({ command: "refreshSummary", message, nextStep, at: new Date().toISOString() });
    console.error(`台账：${message}${nextStep}`, error);
  } finally {
    event.completed();
  }
}
