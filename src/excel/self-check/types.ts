/** The self-check (自检) as data: a list of checks, each run on a scratch sheet, and the report they make. */

/** What a check gets: its own batch and the scratch sheet (made for the self-check, deleted after it). */
export interface Scratch {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  /** The scratch sheet's name, for addresses such as `'TZ_自检_x'!A1:A3`. */
  sheetName: string;
}

export interface SelfCheck {
  /** What is checked, in Chinese (shown in the report). */
  name: string;
  /** The ExcelApi requirement set the check needs, e.g. "1.8"; below it the check is skipped. */
  requires: string;
  /** What the add-in does where the check cannot run or fails (the degradation, in Chinese). */
  fallback: string;
  /** Workbook-scoped names the check may leave (removed with the scratch sheet). */
  names?: readonly string[];
  /** Does the thing as the add-in does it and reads it back; throws when Excel refuses or reads back otherwise. */
  run(scratch: Scratch): Promise<void>;
}

export type CheckStatus = "pass" | "fail" | "skipped";

export interface CheckResult {
  name: string;
  requires: string;
  status: CheckStatus;
  /** The Office.js error code of a failure ("Mismatch" when Excel accepted but read back otherwise). */
  code: string | null;
  /** The error's message, or why the check was skipped. */
  detail: string | null;
  fallback: string;
}

export interface RequirementSupport {
  version: string;
  supported: boolean;
}

export interface SelfCheckReport {
  /** Office.context.diagnostics: the Office application, platform (PC, Mac, OfficeOnline …) and version. */
  host: string | null;
  platform: string | null;
  version: string | null;
  /** isSetSupported("ExcelApi", v) for 1.1 … 1.17. */
  excelApi: readonly RequirementSupport[];
  results: readonly CheckResult[];
  scratchSheet: string;
  /** Whether the scratch sheet and names were removed; otherwise why not. */
  cleanup: { removed: true } | { removed: false; code: string | null; detail: string };
  at: Date;
}

/** Thrown by a check when Excel accepted the request but reads back something else. */
export class CheckMismatch extends Error {
  readonly code = "Mismatch";
  constructor(message: string) {
    super(message);
    this.name = "CheckMismatch";
  }
}

/** Throws CheckMismatch unless `actual` equals `expected` (compared as JSON). */
export function expectSame(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new CheckMismatch(`${what}：读回 ${JSON.stringify(actual)}，应为 ${JSON.stringify(expected)}`);
}
