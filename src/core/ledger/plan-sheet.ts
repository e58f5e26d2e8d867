/**
 * The plan a ledger was made from, carried in the workbook: a veryHidden sheet holding the plan as JSON, cut
 * into pieces under Excel's 32,767-character cell limit, with a version, the piece count, the length and a
 * checksum. Every reader (the add-in, the command line) restores it through restorePlan (plan-sheet-read.ts,
 * kept apart so the writer does not bring the plan reader into the pane's first load), so a sheet someone
 * edited or truncated gives issues, never a half-trusted plan and never a crash.
 *
 * Layout (label in A, value in B):
 *   1 台账计划数据 | version      5 校验码 | FNV-1a of the JSON
 *   2 说明 | what this is         6 计划标识 | planId
 *   3 片段数 | n                  8… piece number | piece of the JSON
 *   4 字符数 | JSON length
 */
import { Plan, PlanIssue } from "../plan/types";
import { text } from "./cells";
import { emptySheet, printSetup } from "./look";
import { fnv1a, planId } from "./plan-id";
import { CellValue, SheetSpec } from "./types";

export const PLAN_SHEET = "TZ_Plan";
/** Version of this sheet's layout and of the JSON in it. */
export const PLAN_SHEET_VERSION = 1;
/** Characters per cell: under Excel's limit of 32,767, leaving room. */
export const PLAN_CHUNK_CHARS = 32_000;
/** Rows before the pieces (the header block read to tell whether the plan changed). */
export const PLAN_HEADER_ROWS = 6;
export const PLAN_FIRST_CHUNK_ROW = 8;

export const PLAN_SHEET_MARK = "台账计划数据";
const MARK = PLAN_SHEET_MARK;
const LABELS = {
  note: "说明",
  chunks: "片段数",
  length: "字符数",
  checksum: "校验码",
  planId: "计划标识",
} as const;
const NOTE =
  "本表由台账（加载项或命令行）写入，保存生成台账所用的计划，供更新、校验、汇总、合并使用。请勿修改；如需更换计划，请用“导入计划”。";

/** Cuts text into pieces of at most `size` UTF-16 units, never between the two halves of a surrogate pair. */
export function splitChunks(json: string, size = PLAN_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(json.length, at + size);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(json.slice(at, end));
    at = end;
  }
  return out;
}

export interface PlanSheetContent {
  json: string;
  chunks: string[];
  checksum: string;
}

export function planSheetContent(plan: Plan): PlanSheetContent {
  const json = JSON.stringify(plan);
  return { json, chunks: splitChunks(json), checksum: fnv1a(json) };
}

/** The header block (rows 1..PLAN_HEADER_ROWS, columns A:B) for a plan. */
export function planHeaderRows(plan: Plan, content = planSheetContent(plan)): CellValue[][] {
  return [
    [MARK, PLAN_SHEET_VERSION],
    [LABELS.note, NOTE],
    [LABELS.chunks, content.chunks.length],
    [LABELS.length, content.json.length],
    [LABELS.checksum, content.checksum],
    [LABELS.planId, text(planId(plan))],
  ];
}

export function planSheet(plan: Plan): SheetSpec {
  const content = planSheetContent(plan);
  const sheet = emptySheet(PLAN_SHEET, printSetup(null, "portrait"));
  sheet.visibility = "veryHidden";
  sheet.showGridLines = true;
  sheet.columns = [
    { col: 1, width: 12 },
    { col: 2, width: 80 },
  ];
  sheet.blocks.push({ row: 1, col: 1, values: planHeaderRows(plan, content) });
  if (content.chunks.length > 0) {
    sheet.blocks.push({
      row: PLAN_FIRST_CHUNK_ROW,
      col: 1,
      values: content.chunks.map((chunk, i) => [i + 1, text(chunk)]),
    });
  }
  return sheet;
}

/** What a plan sheet gave: nothing there, or the plan (null when unusable) with what was wrong. */
export type PlanSheetRead =
  { found: false } | { found: true; plan: Plan | null; issues: PlanIssue[]; version: number | null };

export const cellAt = (cells: readonly (readonly unknown[])[], row: number, col: number): unknown =>
  cells[row - 1]?.[col - 1];

export function number(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

export const asText = (v: unknown): string =>
  typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);

/** Whether a header block read from a workbook (rows 1..PLAN_HEADER_ROWS, A:B) already describes `plan`. */
export function planHeaderMatches(cells: readonly (readonly unknown[])[], plan: Plan): boolean {
  const content = planSheetContent(plan);
  return (
    asText(cellAt(cells, 1, 1)).trim() === MARK &&
    number(cellAt(cells, 1, 2)) === PLAN_SHEET_VERSION &&
    number(cellAt(cells, 3, 2)) === content.chunks.length &&
    number(cellAt(cells, 4, 2)) === content.json.length &&
    asText(cellAt(cells, 5, 2)).trim() === content.checksum
  );
}

/** Piece count a header block names (to clear the old pieces before writing fewer), 0 when unreadable. */
export function planHeaderChunks(cells: readonly (readonly unknown[])[]): number {
  return Math.max(0, number(cellAt(cells, 3, 2)) ?? 0);
}
