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

/**
 * A LedgerError — also one made by another copy of this module (the adapter's parts load as separate chunks,
 * and a test may load the ribbon's function file in a registry of its own), recognised by its name and fields.
 */
export function isLedgerError(value: unknown): value is LedgerError {
  if (value instanceof LedgerError) return true;
  if (!(value instanceof Error) || value.name !== "LedgerError") return false;
  const fields = value as Partial<Record<"code" | "nextStep", unknown>>;
  return typeof fields.code === "string" && typeof fields.nextStep === "string";
}
