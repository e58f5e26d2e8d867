/**
 * Reading a plan in the browser (a lazily loaded chunk: the reader with jszip and xmldom; ExcelJS, its own
 * chunk, only for an .xlsx task table). The same reader as `taizhang parse`; nothing is uploaded.
 */
import { parsePlan } from "../../../core/plan/parse";
import { PlanFileError, readPlanFile } from "../../../plan-input/read-plan";
import type { PlanDraft } from "./draft";

export type ReadResult = { ok: true; draft: PlanDraft; source: string } | { ok: false; message: string };

/** Larger files are not read: a plan, even with tables, is far smaller. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export async function readChosenFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > MAX_PLAN_BYTES) {
    return {
      ok: false,
      message: `“${name}”过大（${Math.round(bytes.byteLength / 1024 / 1024)} MB），不像是一份计划。请选择计划正文（.docx、.txt）或任务表（.xlsx）。`,
    };
  }
  try {
    const read = await readPlanFile(name, bytes);
    return { ok: true, draft: { plan: read.value, issues: read.issues }, source: name };
  } catch (thrown) {
    if (thrown instanceof PlanFileError) return { ok: false, message: `“${name}”：${thrown.message}` };
    throw thrown;
  }
}

export function readPastedText(text: string): ReadResult {
  if (text.trim() === "") {
    return {
      ok: false,
      message: "没有粘贴任何文字。请从计划文件中复制全文（含标题和各项任务），粘贴后再读取。",
    };
  }
  const read = parsePlan(text);
  return { ok: true, draft: { plan: read.value, issues: read.issues }, source: "" };
}
