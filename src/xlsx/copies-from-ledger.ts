/**
 * Every department's copy of a ledger file, bytes in, bytes out — what `taizhang workbook --from 台账.xlsx
 * --for 全部` makes, for the web page's 分发: the plan the ledger carries (with the 责任部门 corrections typed
 * in it), the cells people filled in, its status list, rounds and settings carried into each copy. Runs in
 * the browser (a lazily loaded chunk: it brings ExcelJS).
 */
import { carryOver } from "../core/ledger/carry-over";
import { LEDGER_HEADERS } from "../core/ledger/constants";
import { applyCorrections } from "../core/ledger/departments-cell";
import { undistributedItems } from "../core/merge/undistributed";
import { Plan } from "../core/plan/types";
import { DEFAULT_STATUSES } from "../core/status/statuses";
import { planAllCopies, writeCopy } from "./department-copies";
import { ledgerFilePlan } from "./ledger-file-plan";
import { readLedgerXlsx } from "./read";
import { readCarriedXlsx } from "./read-carried";

export interface CopyFile {
  department: string;
  fileName: string;
  /** 序号 of the department's own items. */
  items: number[];
  bytes: Uint8Array;
}

export type LedgerCopies =
  | {
      ok: true;
      planTitle: string;
      copies: CopyFile[];
      /** 序号 of the items in no copy: only placeholder departments (core/merge/undistributed.ts). */
      undistributed: number[];
      /** False when the ledger has no merge key (an older one): the copies' baselines are unsealed. */
      sealed: boolean;
    }
  | { ok: false; message: string };

export async function copiesFromLedger(
  bytes: Uint8Array,
  options: { fallbackPlan: Plan | null; generatedAt: string },
): Promise<LedgerCopies> {
  const read = await readLedgerXlsx(bytes);
  const master = read.value;
  if (!master) return { ok: false, message: read.issues.map((i) => i.message).join("；") };
  if (master.copyDepartment !== null) {
    return {
      ok: false,
      message: `这是发给“${master.copyDepartment}”的部门副本，不能再分发。请选择总表（各部门副本由总表生成）。`,
    };
  }
  const missing = master.missingFields ?? [];
  if (missing.length > 0) {
    const names = missing.map((f) => `“${LEDGER_HEADERS[f]}”`).join("、");
    return {
      ok: false,
      message: `台账中找不到填写列 ${names}，未生成副本——其中的内容会丢失。请把表头改回原名后重试。`,
    };
  }
  const carried = await ledgerFilePlan(bytes, master.planId, options.fallbackPlan);
  if (!carried.ok) return carried;
  const plan = applyCorrections(carried.plan, master.rows).plan;
  const carriedSettings = await readCarriedXlsx(bytes);
  const copies = planAllCopies(plan, {
    statuses: master.statuses.length > 0 ? master.statuses : DEFAULT_STATUSES,
    generatedAt: options.generatedAt,
    filled: carryOver(plan, master).filled,
    ...carriedSettings,
  });
  if (copies.length === 0) {
    return {
      ok: false,
      message: "计划中没有可以发送副本的部门（只有待确认的占位部门）。请先在台账中改正责任部门。",
    };
  }
  const files: CopyFile[] = [];
  for (const copy of copies) {
    files.push({
      department: copy.department,
      fileName: copy.spec.fileName,
      items: copy.items,
      bytes: await writeCopy(copy),
    });
  }
  return {
    ok: true,
    planTitle: plan.title,
    copies: files,
    undistributed: undistributedItems(plan),
    sealed: Boolean(carriedSettings.mergeKey),
  };
}
