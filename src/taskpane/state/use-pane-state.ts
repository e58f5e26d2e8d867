import { useCallback, useReducer, useRef, type Dispatch } from "react";
import { toPaneError } from "./pane-error";
import { initialPaneState, paneReducer } from "./reducer";
import type { CommandKind, CommandResult, PaneAction, PaneState } from "./types";

/** Runs one command at a time: busy while it runs, then its result or its error. True when it succeeded. */
export type RunCommand = (command: CommandKind, work: () => Promise<CommandResult>) => Promise<boolean>;

export interface PaneStore {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  run: RunCommand;
}

export function usePaneState(): PaneStore {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const running = useRef(false);
  const run = useCallback<RunCommand>(async (command, work) => {
    if (running.current) return false;
    running.current = true;
    dispatch({ type: "command-started", command });
    try {
      const result = await work();
      dispatch({ type: "command-succeeded", result });
      return true;
    } catch (thrown) {
      logError(command, thrown);
      dispatch({ type: "failed", error: toPaneError(command, thrown) });
      return false;
    } finally {
      running.current = false;
    }
  }, []);
  return { state, dispatch, run };
}

/** Keeps the technical detail for whoever opens the browser console; the person sees the Chinese message. */
export function logError(source: string, thrown: unknown): void {
  console.error(`[taizhang] ${source} failed`, thrown);
}
