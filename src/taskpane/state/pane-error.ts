import { isLedgerError } from "../../excel/ledger-error";
import type { ErrorSource, PaneError } from "./types";

/** Turns anything thrown into pane data: a LedgerError keeps its Chinese message and next step. */
export function toPaneError(source: ErrorSource, thrown: unknown): PaneError {
  if (isLedgerError(thrown)) {
    return { source, code: thrown.code, message: thrown.message, nextStep: thrown.nextStep };
  }
  return { source, code: "general", message: null, nextStep: null };
}
