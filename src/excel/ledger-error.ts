import type { LedgerErrorCode } from "./api";

/** A failure the person can act on: a Chinese message and the next step. */
export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  readonly nextStep: string;
  /** The underlying Office.js error code, when there was one (for the log, not the person). */
  readonly officeCode: string | null;

  constructor(code: LedgerErrorCode, message: string, nextStep: string, officeCode: string | null = null) {
    super(message);
    this.name = "LedgerError";
    this.code = code;
    this.nextStep = nextStep;
    this.officeCode = officeCode;
  }
}

export function isLedgerError(value: unknown): value is LedgerError {
  return value instanceof LedgerError;
}
