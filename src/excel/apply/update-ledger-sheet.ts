/**
 * Updating the 台账 sheet itself: which of its parts need repair (table, department and fill-in columns,
 * rows), and writing it — only the cells that differ, the table redefined when columns moved, the rules
 * restored when they were lost.
 */
import { FILLED_FIELDS, LEDGER_HEADERS, NAMES, SHEETS, TABLES } from "../../core/ledger/constants";
import { LedgerSpec, SheetSpec } from "../../core/ledger/types";
import type { Repair } from "../api";
import { LedgerState, gridEnd, textAt } from "../read-ledger";
import { WriteBatch } from "./batch";
import { dressSheet } from "./dress";
import { LedgerLocation, sameRange } from "./locate";
import { Later, applyRules } from "./sheet";
import { addTable, conditionalFormatsMatch, fitTable } from "./structure";
import { writeBlocks } from "./values";

const HEADER_OF = LEDGER_HEADERS as Record<string, string>;

export function ledgerRepairs(
  spec: LedgerSpec,
  state: LedgerState,
  loc: LedgerLocation | null,
  present: (number | null)[],
): Repair[] {
  const out: Repair[] = [];
  if (!loc) return out;
  if (!state.tableRanges[TABLES.ledger])
    out.push({ kind: "table", message: "补回台账表格（筛选、排序所需）" });
  const headers = new Set(loc.headers.values());
  for (const d of Object.keys(spec.layout.ledger.departmentColumns)) {
    if (!headers.has(d)) out.push({ kind: "department-column", message: `补回部门列“${d}”` });
  }
  for (const f of FILLED_FIELDS) {
    const name = HEADER_OF[f];
    if (loc.renamed.includes(f)) {
      out.push({ kind: "fill-column", message: `恢复“${name}”列的列名（该列已填写的内容已保留）` });
    } else if (!loc.fields.has(f)) out.push({ kind: "fill-column", message: `补回“${name}”列` });
  }
  const have = new Set(present);
  const missing = spec.layout.ledger.bodyRows > 0 ? missingItems(spec, have) : [];
  if (missing.length > 10) {
    out.push({
      kind: "rows",
      message: `补回 ${missing.length} 个事项的行（第 ${missing.slice(0, 10).join("、")} 等项）`,
    });
  } else {
    for (const no of missing) out.push({ kind: "rows", message: `补回第 ${no} 项的行` });
  }
  return out;
}

function missingItems(spec: LedgerSpec, have: Set<number | null>): number[] {
  const s = spec.sheets[0];
  const body = s.blocks[2]?.values ?? [];
  const noCol = spec.layout.ledger.columns.no - 1;
  return body.map((line) => line[noCol]).filter((v): v is number => typeof v === "number" && !have.has(v));
}

export async function updateLedgerSheet(
  b: WriteBatch,
  sheet: Excel.Worksheet,
  s: SheetSpec,
  spec: LedgerSpec,
  state: LedgerState,
  loc: LedgerLocation | null,
  repairs: Repair[],
  notes: string[],
  later: Later,
): Promise<Set<number>> {
  const grid = state.grids[SHEETS.ledger];
  const table = s.tables[0];
  const L = spec.layout.ledger;
  const lastRow = L.firstBodyRow + L.bodyRows - 1;
  const current = state.tableRanges[TABLES.ledger];
  const specHeaders = s.blocks[1]?.values[0] ?? [];
  const headersMoved =
    !loc ||
    specHeaders.some(
      (h, i) => typeof h === "string" && loc.headers.get(table.range.col + i) !== h.replace(/\s+/g, ""),
    );
  const structural = !current || !sameRange(current, table.range) || headersMoved;
  // Header cells of a table must stay unique while they are rewritten (Excel would rename a duplicate
  // "完成时限" to "完成时限2"): when columns moved, the table is made a plain range first and defined again.
  const redefine = !!current && headersMoved;
  if (redefine) {
    b.context.workbook.tables.getItem(table.name).convertToRange();
    b.op(2);
  }
  const rows = await writeBlocks(b, sheet, s, grid);
  // Rows of the old table below the new body: their content was read (carried or set aside), clear them.
  if (loc && loc.lastRow > lastRow) {
    const width = Math.max(loc.lastCol, table.range.col + table.range.cols - 1) - loc.firstCol + 1;
    let any = false;
    for (let r = lastRow + 1; r <= loc.lastRow && !any; r++) {
      for (let c = loc.firstCol; c < loc.firstCol + width; c++) if (textAt(grid, r, c) !== "") any = true;
    }
    if (any) {
      sheet.getRangeByIndexes(lastRow, loc.firstCol - 1, loc.lastRow - lastRow, width).clear("Contents");
      b.op();
    }
  }
  if (!current || redefine) addTable(b, sheet, table);
  else if (!sameRange(current, table.range)) fitTable(b, sheet, table);

  const validationOk =
    !b.caps.dataValidation ||
    !b.caps.api("1.8") ||
    (state.statusValidation?.type === "List" &&
      (state.statusValidation.source ?? "").replace(/^=/, "") === NAMES.statuses);
  // only the status column's rules are read back (statusFormats); the 时限状态 rules come with the table
  const statusCol = s.validations[0]?.range.col;
  const formatsOk =
    !b.caps.api("1.6") ||
    conditionalFormatsMatch(
      state.statusFormats ?? [],
      s.conditionalFormats.filter((cf) => cf.range.col === statusCol),
    );
  if (!validationOk) repairs.push({ kind: "data-validation", message: "恢复状态列的数据验证（下拉列表）" });
  if (!formatsOk) repairs.push({ kind: "conditional-format", message: "恢复状态列的条件格式（按状态着色）" });

  if (structural) {
    await dressSheet(b, sheet, s, false);
    if (loc && b.caps.dataValidation && b.caps.api("1.8")) {
      const end = Math.max(loc.lastRow, lastRow, gridEnd(grid).row);
      const cols = Math.max(loc.lastCol, table.range.col + table.range.cols - 1) - loc.firstCol + 1;
      sheet
        .getRangeByIndexes(L.firstBodyRow - 1, loc.firstCol - 1, end - L.firstBodyRow + 1, cols)
        .dataValidation.clear();
      b.op();
    }
    later.push(() => applyRules(b, sheet, s, true, notes));
  } else {
    if (!validationOk || !formatsOk) {
      const only: SheetSpec = {
        ...s,
        validations: validationOk ? [] : s.validations,
        conditionalFormats: formatsOk ? [] : s.conditionalFormats,
      };
      later.push(() => applyRules(b, sheet, only, true, notes));
    }
    const autofit = s.rowHeights.find((h) => h.autofit);
    if (autofit && [...rows].some((r) => r >= L.firstBodyRow)) {
      sheet
        .getRangeByIndexes(autofit.row - 1, 0, autofit.heights.length, s.columns.length)
        .format.autofitRows();
      b.op();
    }
  }
  return rows;
}
