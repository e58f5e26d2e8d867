import { useEffect, useMemo, useRef, type Dispatch } from "react";
import type { LedgerApi } from "../../../excel/api";
import type { Normalisation } from "../../../core/validation/types";
import { toPaneError } from "../../state/pane-error";
import type { PaneAction } from "../../state/types";
import { logError, type RunCommand } from "../../state/use-pane-state";

export interface ValidationCommands {
  selectAddress(address: string): Promise<void>;
  applyNormalisations(changes: Normalisation[]): Promise<void>;
}

export function useValidationCommands(
  api: LedgerApi,
  run: RunCommand,
  dispatch: Dispatch<PaneAction>,
): ValidationCommands {
  return useMemo(
    () => ({
      async selectAddress(address) {
        try {
          await api.selectAddress(address);
        } catch (thrown) {
          logError("select", thrown);
          dispatch({ type: "failed", error: toPaneError("select", thrown) });
        }
      },
      async applyNormalisations(changes) {
        const applied = await run("normalise", async () => ({
          kind: "normalise",
          count: await api.applyNormalisations(changes),
        }));
        if (!applied) return;
        try {
          dispatch({ type: "validation-changed", report: await api.validate() });
        } catch (thrown) {
          logError("validate", thrown);
          dispatch({ type: "failed", error: toPaneError("validate", thrown) });
        }
      },
    }),
    [api, run, dispatch],
  );
}

/** A failing live check is shown at most once in this interval (every failure is still logged). */
export const WATCH_ERROR_INTERVAL_MS = 60_000;

/**
 * While mounted and the ledger exists, follows edits to the sheet: each change brings a fresh validation
 * report (and the overview is re-read); a failed re-check is shown as an error (throttled: a broken sheet
 * fails on every edit). Unsubscribes on unmount, also when subscribing was still under way.
 */
export function useLedgerWatch(
  api: LedgerApi,
  dispatch: Dispatch<PaneAction>,
  enabled: boolean,
  onChange: () => void,
): void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    let unsubscribe: (() => Promise<void>) | null = null;
    let lastShown: number | null = null;
    const failed = (thrown: unknown): void => {
      logError("watch", thrown);
      if (!active) return;
      const now = Date.now();
      if (lastShown !== null && now - lastShown < WATCH_ERROR_INTERVAL_MS) return;
      lastShown = now;
      dispatch({ type: "failed", error: toPaneError("watch", thrown) });
    };
    const stop = (fn: () => Promise<void>): void => {
      fn().catch((thrown: unknown) => logError("unwatch", thrown));
    };
    api
      .watchLedger((report) => {
        if (!active) return;
        dispatch({ type: "validation-changed", report });
        onChangeRef.current();
      }, failed)
      .then((fn) => {
        if (active) unsubscribe = fn;
        else stop(fn);
      })
      .catch((thrown: unknown) => {
        logError("watch", thrown);
        if (active) dispatch({ type: "failed", error: toPaneError("watch", thrown) });
      });
    return () => {
      active = false;
      if (unsubscribe) stop(unsubscribe);
    };
  }, [api, dispatch, enabled]);
}
