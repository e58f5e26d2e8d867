/**
 * Finding ledger columns by their header text (columns may be moved, renamed slightly or deleted).
 * Shared by every reader (ExcelJS, Office.js).
 */
import { FilledField, LEDGER_HEADERS } from "./constants";

export type ReadField = "no" | "task" | FilledField;

/** Accepted header texts per field, the canonical one first. Matched after removing whitespace. */
export const HEADER_ALIASES: Record<ReadField, readonly string[]> = {
  no: [LEDGER_HEADERS.no, "编号", "序"],
  task: [LEDGER_HEADERS.task, "工作任务及要求", "任务", "工作内容", "工作要点"],
  status: [LEDGER_HEADERS.status, "完成状态", "进度状态", "工作状态"],
  progress: [LEDGER_HEADERS.progress, "工作进展", "进展", "推进情况", "落实情况"],
  problems: [LEDGER_HEADERS.problems, "存在问题和下步计划", "存在问题", "下步计划", "问题及计划"],
  contact: [LEDGER_HEADERS.contact, "联系人及电话", "联系方式"],
  due: [LEDGER_HEADERS.due, "时限", "完成时间", "完成期限"],
  updated: [LEDGER_HEADERS.updated, "更新日期", "最后更新"],
};

export const READ_FIELDS: readonly ReadField[] = [
  "no",
  "task",
  "status",
  "progress",
  "problems",
  "contact",
  "due",
  "updated",
];

/**
 * Given the (whitespace-free) header texts of one row, the column index of each field: exact canonical
 * matches win over aliases; a column is used once. Missing fields are absent from the map.
 */
export function matchHeaders(headers: readonly string[]): Map<ReadField, number> {
  const found = new Map<ReadField, number>();
  const used = new Set<number>();
  const norm = headers.map((h) => h.replace(/\s+/g, ""));
  for (let pass = 0; pass < 2; pass++) {
    for (const field of READ_FIELDS) {
      if (found.has(field)) continue;
      const candidates = pass === 0 ? HEADER_ALIASES[field].slice(0, 1) : HEADER_ALIASES[field].slice(1);
      const idx = norm.findIndex((h, i) => !used.has(i) && candidates.includes(h));
      if (idx >= 0) {
        found.set(field, idx);
        used.add(idx);
      }
    }
  }
  return found;
}
