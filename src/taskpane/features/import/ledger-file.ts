/**
 * 生成台账 outside Office: the checked plan as a new ledger workbook (.xlsx, the same file `taizhang workbook`
 * writes, the plan on its hidden sheet), made in the browser and downloaded — nothing is uploaded. A lazily
 * loaded chunk (it brings ExcelJS's writer).
 */
import { buildLedgerSpec } from "../../../core/ledger/build";
import { newMergeKey } from "../../../core/ledger/key-sheet";
import { DEFAULT_STATUSES } from "../../../core/status/statuses";
import { writeLedgerXlsx } from "../../../xlsx/write";
import { download } from "../merge/department-copy";
import type { PlanDraft } from "./draft";

export async function ledgerFile(
  draft: PlanDraft,
  now: () => Date = () => new Date(),
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const spec = buildLedgerSpec(draft.plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: now().toISOString(),
    planIssues: draft.issues,
    // The master's merge key (a veryHidden TZ_Key sheet): the copies made from it are sealed.
    mergeKey: newMergeKey(),
  });
  return { fileName: spec.fileName, bytes: await writeLedgerXlsx(spec) };
}

/** Makes the file and hands it to the browser as a download; returns its name. */
export async function downloadLedger(draft: PlanDraft): Promise<string> {
  const { fileName, bytes } = await ledgerFile(draft);
  download(fileName, bytes);
  return fileName;
}
