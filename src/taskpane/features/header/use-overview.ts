import { useCallback, useEffect, type Dispatch } from "react";
import type { LedgerApi } from "../../../excel/api";
import { toPaneError } from "../../state/pane-error";
import type { PaneAction } from "../../state/types";
import { logError } from "../../state/use-pane-state";

/** Reads the overview on mount; returns a reload function (after a command, or when the sheet changes). */
export function useOverview(api: LedgerApi, dispatch: Dispatch<PaneAction>): () => Promise<void> {
  const reload = useCallback(async () => {
    dispatch({ type: "overview-loading" });
    try {
      dispatch({ type: "overview-loaded", overview: await api.readOverview() });
    } catch (thrown) {
      logError("overview", thrown);
      dispatch({ type: "failed", error: toPaneError("overview", thrown) });
    }
  }, [api, dispatch]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return reload;
}
