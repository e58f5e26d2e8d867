/**
 * 自检: in a scratch sheet of the open workbook, exercise each capability the add-in relies on and report what
 * this Excel does — its platform and version (Office.context.diagnostics), the ExcelApi requirement sets it
 * supports, and per check ✓ / ✗ (with the Office.js error code) / 跳过 (below the check's requirement set).
 *
 * Each check runs in its own Excel.run, so a refused request fails only its own check and its error code is
 * its own (a failed sync fails the whole batch). The scratch sheet is added in one sync before the checks
 * and removed — with the workbook names the checks added — after them, also when a check fails; a sheet
 * of that name that was there before (when adding fails) is left alone.
 * On a host that supports everything the self-check makes 1 + 13 + 2 syncs.
 */
import { officeCode } from "../office-code";
import { conditionalFormatCheck, listValidationCheck, namesCheck } from "./checks-cells";
import { freezePanesCheck, onChangedCheck, pageLayoutCheck, pivotCheck } from "./checks-sheet";
import { tableAddCheck, tableConvertCheck, tableResizeCheck } from "./checks-tables";
import { CheckResult, RequirementSupport, SelfCheck, SelfCheckReport } from "./types";

export type { CheckResult, SelfCheck, SelfCheckReport } from "./types";

/** Every check, in the order of the report. */
export const SELF_CHECKS: readonly SelfCheck[] = [
  namesCheck,
  listValidationCheck,
  conditionalFormatCheck,
  tableAddCheck,
  tableResizeCheck,
  tableConvertCheck,
  pivotCheck,
  onChangedCheck,
  freezePanesCheck,
  pageLayoutCheck,
];

/** The ExcelApi versions the report lists. */
export const EXCEL_API_VERSIONS = Array.from({ length: 17 }, (_, i) => `1.${i + 1}`);

function supported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

function diagnostics(): { host: string | null; platform: string | null; version: string | null } {
  const info = (Office.context as { diagnostics?: Partial<Office.ContextInformation> }).diagnostics;
  return {
    host: info?.host ? String(info.host) : null,
    platform: info?.platform ? String(info.platform) : null,
    version: info?.version ?? null,
  };
}

function failure(error: unknown): { code: string | null; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: officeCode(error) ?? (error instanceof Error ? error.name : null), detail };
}

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true }, batch);

async function runCheck(check: SelfCheck, sheetName: string): Promise<CheckResult> {
  const base = { name: check.name, requires: check.requires, fallback: check.fallback };
  if (!supported(check.requires))
    return { ...base, status: "skipped", code: null, detail: `此 Excel 不支持 ExcelApi ${check.requires}` };
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      await check.run({ context, sheet, sheetName });
    });
    return { ...base, status: "pass", code: null, detail: null };
  } catch (error) {
    return { ...base, status: "fail", ...failure(error) };
  }
}

/** Removes the scratch sheet and the names the checks may have added (2 syncs). */
async function cleanUp(
  sheetName: string | null,
  checks: readonly SelfCheck[],
): Promise<SelfCheckReport["cleanup"]> {
  try {
    await run(async (context) => {
      const names = supported("1.4")
        ? checks
            .flatMap((c) => c.names ?? [])
            .map((n) => context.workbook.names.getItemOrNullObject(n).load("name"))
        : [];
      const sheet = sheetName
        ? context.workbook.worksheets.getItemOrNullObject(sheetName).load("name")
        : null;
      await context.sync();
      for (const name of names) if (!name.isNullObject) name.delete();
      if (sheet && !sheet.isNullObject) sheet.delete();
      await context.sync();
    });
    return { removed: true };
  } catch (error) {
    return { removed: false, ...failure(error) };
  }
}

export interface SelfCheckOptions {
  checks?: readonly SelfCheck[];
  now?: () => Date;
}

/** Runs the self-check; never throws (a failure to add the scratch sheet is reported as every check failing). */
export async function runSelfCheck(options: SelfCheckOptions = {}): Promise<SelfCheckReport> {
  const checks = options.checks ?? SELF_CHECKS;
  const at = (options.now ?? (() => new Date()))();
  const sheetName = `TZ_自检_${at.getTime().toString(36)}`;
  const excelApi: RequirementSupport[] = EXCEL_API_VERSIONS.map((version) => ({
    version,
    supported: supported(version),
  }));
  const results: CheckResult[] = [];
  let cleanup: SelfCheckReport["cleanup"];
  let created = false;
  try {
    await run(async (context) => {
      context.workbook.worksheets.add(sheetName);
      await context.sync();
    });
    created = true;
    for (const check of checks) results.push(await runCheck(check, sheetName));
  } catch (error) {
    const why = failure(error);
    for (const check of checks.slice(results.length))
      results.push({
        name: check.name,
        requires: check.requires,
        fallback: check.fallback,
        status: "fail",
        ...why,
      });
  } finally {
    // Only a sheet this run added is deleted: a sheet of that name that was there before is not ours to remove.
    cleanup = await cleanUp(created ? sheetName : null, checks);
  }
  return { ...diagnostics(), excelApi, results, scratchSheet: sheetName, cleanup, at };
}
