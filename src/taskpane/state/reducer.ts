import type { PaneAction, PaneState } from "./types";

export const initialPaneState: PaneState = {
  busy: null,
  result: null,
  error: null,
  overview: { status: "loading" },
  validation: null,
  department: null,
};

/** Pure: the next pane state for an action. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "command-started":
      return { ...state, busy: action.command, error: null };
    case "command-succeeded": {
      const { result } = action;
      const next: PaneState = { ...state, busy: null, result, error: null };
      if (result.kind === "validate") next.validation = result.report;
      if (result.kind === "filter") next.department = result.department;
      return next;
    }
    case "failed": {
      const { error } = action;
      const isCommand = state.busy !== null && error.source === state.busy;
      return {
        ...state,
        busy: isCommand ? null : state.busy,
        error,
        result: isCommand ? null : state.result,
        overview: error.source === "overview" ? { status: "failed" } : state.overview,
      };
    }
    case "overview-loading":
      return state.overview.status === "ready" ? state : { ...state, overview: { status: "loading" } };
    case "overview-loaded":
      return { ...state, overview: { status: "ready", overview: action.overview } };
    case "validation-changed":
      // A 校验 result message would now describe an older report: the panel shows the new one.
      return {
        ...state,
        validation: action.report,
        result: state.result?.kind === "validate" ? null : state.result,
      };
    case "dismiss-result":
      return { ...state, result: null };
    case "dismiss-error":
      return { ...state, error: null };
  }
}
