/** Writing a whole sheet from its spec, and the rules (validation, conditional formats) of a sheet. */
import { LedgerSpec, SheetSpec } from "../../core/ledger/types";
import { WriteBatch } from "./batch";
import { dressSheet } from "./dress";
import { addConditionalFormats, addTable, setValidation } from "./structure";
import { writeBlocks } from "./values";

/**
 * Work left for after the workbook names are defined: a sheet's rules may name them (the status drop-down's
 * source is "=TZ_Statuses", which Excel refuses while the name is undefined), and visibility and protection
 * come after the rules. Order of a write: sheets → names → rules.
 */
export type Later = (() => void)[];

/**
 * A whole sheet from its spec: cells, tables, look now; validation, conditional formats, visibility and
 * protection queued on `later`, to run once the names exist.
 */
export async function writeSheet(
  b: WriteBatch,
  sheet: Excel.Worksheet,
  s: SheetSpec,
  created: boolean,
  notes: string[],
  later: Later,
): Promise<Set<number>> {
  const rows = await writeBlocks(b, sheet, s, created ? null : undefined);
  for (const t of s.tables) addTable(b, sheet, t);
  await dressSheet(b, sheet, s, created);
  later.push(() => {
    applyRules(b, sheet, s, !created, notes);
    if (created) hideAndProtect(b, sheet, s);
  });
  return rows;
}

/** The status validation and conditional formats (cleared first on an existing sheet). */
export function applyRules(
  b: WriteBatch,
  sheet: Excel.Worksheet,
  s: SheetSpec,
  clear: boolean,
  notes: string[],
): void {
  for (const v of s.validations) {
    if (b.caps.dataValidation && b.caps.api("1.8")) setValidation(b, sheet, v, clear);
    else notes.push("当前 Excel 不支持数据验证，状态列未设置下拉列表；“校验”仍会检查状态是否有效。");
  }
  if (s.conditionalFormats.length === 0) return;
  if (!b.caps.api("1.6")) {
    notes.push("当前 Excel 不支持条件格式，状态列未按状态着色。");
    return;
  }
  if (clear) {
    for (const r of uniqueRanges(s)) {
      sheet.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols).conditionalFormats.clearAll();
      b.op();
    }
  }
  addConditionalFormats(b, sheet, s.conditionalFormats);
}

function uniqueRanges(s: SheetSpec) {
  const seen = new Map<string, SheetSpec["conditionalFormats"][number]["range"]>();
  for (const cf of s.conditionalFormats) seen.set(JSON.stringify(cf.range), cf.range);
  return [...seen.values()];
}

export function countBodyRows(rows: Set<number>, spec: LedgerSpec): number {
  const { firstBodyRow, bodyRows } = spec.layout.ledger;
  let n = 0;
  for (const r of rows) if (r >= firstBodyRow && r < firstBodyRow + bodyRows) n++;
  return n;
}

export function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Visibility and protection come last: once a sheet is protected its formats can no longer be set. */
export function hideAndProtect(b: WriteBatch, sheet: Excel.Worksheet, s: SheetSpec): void {
  if (s.visibility === "hidden") sheet.visibility = "Hidden";
  if (s.visibility === "veryHidden") sheet.visibility = "VeryHidden";
  if (!s.protection || !b.caps.api("1.2")) return;
  for (const r of s.protection.unlocked) {
    sheet.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols).format.protection.locked = false;
    b.op();
  }
  sheet.protection.protect({
    allowFormatColumns: true,
    allowFormatRows: true,
    allowAutoFilter: true,
    allowSort: true,
  });
  b.op(2);
}
