/**
 * A ledger file for a merge: bytes -> snapshot + baseline, or a clear Chinese reason it cannot be used.
 * Loads the workbook once. No node-only APIs (the task pane passes bytes of files read in the browser).
 */
import { LedgerIssue, LedgerSnapshot } from "../../core/ledger/snapshot";
import { CopyBaseline, ReturnedCopy } from "../../core/merge/types";
import { FilledField } from "../../core/ledger/constants";
import { ledgerFieldColumns, loadLedgerWorkbook, readLedgerWorkbook } from "../read";
import { readBaseline } from "./read-baseline";
import { CarriedSettings, readCarried } from "../read-carried";
import { PLAN_SHEET, PlanSheetRead } from "../../core/ledger/plan-sheet";
import { readPlanSheet } from "../plan-sheet";

export type LedgerFile =
  | {
      ok: true;
      snapshot: LedgerSnapshot;
      baseline: CopyBaseline | null;
      issues: LedgerIssue[];
      /** Its reporting rounds (none in a copy), fixed 统计日期 and 临期天数: carried by a regeneration. */
      carried: CarriedSettings;
      /** The 台账 sheet's fill-in columns (1-based), for writing merged cells in place. */
      columns: Map<FilledField, number>;
      /** The plan it carries (its plan sheet), when asked for with `{ plan: true }`: read in the same load. */
      plan?: PlanSheetRead;
    }
  | { ok: false; message: string };

export async function readLedgerFile(
  bytes: Uint8Array | ArrayBuffer,
  options: { plan?: boolean } = {},
): Promise<LedgerFile> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const loaded = await loadLedgerWorkbook(data, options.plan ? [PLAN_SHEET] : []);
  if ("issue" in loaded) return { ok: false, message: loaded.issue.message };
  const read = readLedgerWorkbook(loaded.workbook);
  if (!read.value) return { ok: false, message: read.issues.map((i) => i.message).join("；") };
  return {
    ok: true,
    snapshot: read.value,
    baseline: readBaseline(loaded.workbook),
    issues: read.issues,
    carried: readCarried(loaded.workbook),
    columns: ledgerFieldColumns(loaded.workbook)?.columns ?? new Map(),
    ...(options.plan ? { plan: readPlanSheet(loaded.workbook) } : {}),
  };
}

/** A department's returned copy from its file, as the merge takes it (the CLI's and the pane's merge alike). */
export async function readReturnedCopy(
  name: string,
  bytes: Uint8Array | ArrayBuffer,
): Promise<{ ok: true; copy: ReturnedCopy } | { ok: false; message: string }> {
  const file = await readLedgerFile(bytes);
  if (!file.ok) return file;
  const { snapshot, baseline } = file;
  return { ok: true, copy: { name, snapshot, baseline, missingFields: snapshot.missingFields } };
}
