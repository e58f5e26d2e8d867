/**
 * A failure of the ribbon's 刷新汇总 (a function command has no UI of its own): the command keeps it in
 * localStorage (src/commands/refresh-summary.ts); the pane shows it when it opens, or at once when it is open.
 */
import { useCallback, useEffect, useState } from "react";
import { LAST_COMMAND_ERROR_KEY, type CommandFailure } from "../../../commands/refresh-summary";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself can throw (storage disabled by policy)
  }
}

/** The stored failure, or null when there is none or it cannot be read as one. */
export function readRibbonFailure(): CommandFailure | null {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(LAST_COMMAND_ERROR_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<CommandFailure> | null;
    if (!value || typeof value.message !== "string" || typeof value.nextStep !== "string") return null;
    return {
      command: typeof value.command === "string" ? value.command : "refreshSummary",
      message: value.message,
      nextStep: value.nextStep,
      at: typeof value.at === "string" ? value.at : "",
    };
  } catch {
    return null;
  }
}

export function clearRibbonFailure(): void {
  try {
    storage()?.removeItem(LAST_COMMAND_ERROR_KEY);
  } catch {
    // nothing stored, or storage unavailable: nothing to clear
  }
}

export interface RibbonFailure {
  failure: CommandFailure | null;
  /** Hides the message and forgets the failure. */
  dismiss(): void;
}

export function useRibbonFailure(): RibbonFailure {
  const [failure, setFailure] = useState<CommandFailure | null>(readRibbonFailure);
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key === null || event.key === LAST_COMMAND_ERROR_KEY) setFailure(readRibbonFailure());
    };
    globalThis.addEventListener?.("storage", onStorage);
    return () => globalThis.removeEventListener?.("storage", onStorage);
  }, []);
  const dismiss = useCallback(() => {
    clearRibbonFailure();
    setFailure(null);
  }, []);
  return { failure, dismiss };
}
