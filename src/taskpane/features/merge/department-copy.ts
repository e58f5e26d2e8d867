/**
 * A department's copy of the open ledger, as `taizhang workbook --from 总表 --for 部门` writes it (a lazily
 * loaded chunk: it brings ExcelJS's writer): the ledger's current content carried over, the department's items
 * first, the rest locked, a hidden baseline for the merge.
 */
import { carryOver } from "../../../core/ledger/carry-over";
import { planId } from "../../../core/ledger/plan-id";
import { buildCopySpec } from "../../../core/merge/copy-spec";
import { DEFAULT_STATUSES } from "../../../core/status/statuses";
import type { LedgerApi } from "../../../excel/api";
import { writeLedgerXlsx } from "../../../xlsx/write";

export type DepartmentCopy =
  | {
      ok: true;
      fileName: string;
      bytes: Uint8Array;
      items: number;
      /** False when the open workbook has no merge key (an older ledger): the copy's baseline is unsealed. */
      sealed: boolean;
    }
  | { ok: false; message: string };

/** Throws what the adapter throws; a workbook that cannot be sent out is a message. */
export async function departmentCopy(
  api: LedgerApi,
  department: string,
  now: () => Date = () => new Date(),
): Promise<DepartmentCopy> {
  const master = await api.readSnapshot();
  const plan = api.plan();
  if (master.copyDepartment !== null) {
    return {
      ok: false,
      message: `本工作簿是发给“${master.copyDepartment}”的部门副本，不能再分发。请在总表中打开台账任务窗格后分发。`,
    };
  }
  if (master.planId !== null && master.planId !== planId(plan)) {
    return {
      ok: false,
      message: `本工作簿的台账属于另一计划（计划标识 ${master.planId}），与本加载项的计划不同，无法生成部门副本。`,
    };
  }
  const copy = buildCopySpec(plan, department, {
    statuses: master.statuses.length > 0 ? master.statuses : DEFAULT_STATUSES,
    generatedAt: now().toISOString(),
    filled: carryOver(plan, master).filled,
    // Sealed with the open master's key (TZ_Key), so a merge can tell the copy's department was not changed.
    mergeKey: master.mergeKey ?? null,
  });
  if (!copy.ok) return { ok: false, message: copy.message };
  return {
    ok: true,
    fileName: copy.spec.fileName,
    bytes: await writeLedgerXlsx(copy.spec),
    items: copy.items.length,
    sealed: Boolean(master.mergeKey),
  };
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands the bytes to the browser as a download (a Blob URL; nothing leaves the computer). */
export function download(
  fileName: string,
  bytes: Uint8Array,
  doc: Document = document,
  type: string = XLSX_TYPE,
): void {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
