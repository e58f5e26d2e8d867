/**
 * Collecting returned copies in the open workbook (the merge itself is the pure core's, src/core/merge):
 * `readLedgerSnapshot` reads what people filled in, as the LedgerSnapshot the merge takes as its master;
 * `applyMergeChanges` writes the merged cells — after checking, for every cell, that the workbook still holds
 * what the merge was computed from (all or nothing), in one sync of 2-D writes.
 */
import { FilledField, LEDGER_HEADERS, SHEETS } from "../core/ledger/constants";
import { ReadField } from "../core/ledger/header-match";
import { columnLetter } from "../core/ledger/a1";
import { keyFromCells } from "../core/ledger/key-sheet";
import { LedgerSnapshot } from "../core/ledger/snapshot";
import { FilledValue } from "../core/ledger/types";
import { Plan } from "../core/plan/types";
import { GridValue } from "../core/validation/grid";
import { itemNumber } from "../core/validation/normalise";
import type { MergeCellChange, MergeWriteReport } from "./api";
import { isoToSerial, toOverwrite } from "./apply/cells";
import { locateFields, locateLedger } from "./apply/locate";
import { snapshotFromState } from "./apply/snapshot";
import { spans } from "./apply/values";
import { LedgerError } from "./ledger-error";
import { noLedgerError, readLedgerGrid } from "./ledger-grid";
import { hasSheet, readLedger, readSettings } from "./read-ledger";
import { runExcel } from "./run";

/**
 * The open ledger's filled-in cells by 序号, its settings and unplaced rows, and its merge key (TZ_Key; null
 * without one). Three syncs (readLedger).
 */
export function readLedgerSnapshot(plan: Plan): Promise<LedgerSnapshot> {
  return runExcel(async (context) => {
    const state = await readLedger(context, { mergeKey: true });
    if (!hasSheet(state, SHEETS.ledger)) throw noLedgerError();
    const loc = locateLedger(
      state,
      plan.departments.map((d) => d.name),
    );
    if (!loc) {
      throw new LedgerError(
        "not-found",
        "工作表“台账”中找不到台账表头（序号、工作任务），无法读取已填写的内容，未做任何修改。",
        "请点击“生成/更新台账”修复台账结构（已填写的内容会保留），然后再合并。",
      );
    }
    return { ...snapshotFromState(state, loc, readSettings(state)), mergeKey: keyFromCells(state.keyCells) };
  });
}

/** Whether a cell still holds `expected` (blank = blank; text without surrounding spaces; dates as serials). */
export function holds(current: GridValue, expected: FilledValue): boolean {
  const blank = (v: GridValue) => v === null || (typeof v === "string" && v.trim() === "");
  if (expected === null || (typeof expected === "string" && expected.trim() === "")) return blank(current);
  if (typeof expected === "object") {
    return typeof current === "number" && Math.abs(current - isoToSerial(expected.date)) < 1e-6;
  }
  if (typeof expected === "number")
    return current === expected || String(current).trim() === String(expected);
  if (typeof expected === "boolean") return current === expected;
  return !blank(current) && String(current).trim() === expected.trim();
}

function changedMeanwhile(no: number, field: FilledField): LedgerError {
  return new LedgerError(
    "general",
    `计算合并结果之后，第 ${no} 项的“${LEDGER_HEADERS[field]}”在工作簿中又被修改了。为免覆盖，没有写入任何内容。`,
    "请重新选择回收的副本再合并一次（会按最新内容计算）。",
  );
}

/**
 * Writes the merged cells. Read (one sync), check that every cell still holds `before`, then write (one sync):
 * per column one 2-D block over the changed rows (cells in between are left as they are). Text that Excel
 * would take as a formula, number or date (= + - @ …) is written as text. Nothing is written when a row or
 * column cannot be found or a cell changed meanwhile.
 */
export function applyMergeChanges(
  plan: Plan,
  changes: readonly MergeCellChange[],
): Promise<MergeWriteReport> {
  if (changes.length === 0) return Promise.resolve({ cells: 0, items: 0 });
  return runExcel(async (context) => {
    const { grid } = await readLedgerGrid(context);
    // Columns are placed as readLedgerSnapshot placed them (a renamed column by its neighbours), so the
    // cells written are the cells the merge was computed from.
    const headers = new Map(grid.headers.map((h, i) => [grid.firstCol + i, h.replace(/\s+/g, "")]));
    const fields = locateFields(
      headers,
      plan.departments.map((d) => d.name),
    )?.fields;
    const column = (f: ReadField) => {
      const sheetCol = fields?.get(f);
      return sheetCol === undefined ? undefined : sheetCol - grid.firstCol;
    };
    const noCol = column("no");
    if (noCol === undefined) {
      throw new LedgerError(
        "not-found",
        "台账中找不到“序号”列，无法确定各项所在的行，没有写入任何内容。",
        "请点击“生成/更新台账”修复台账结构（已填写的内容会保留），然后再合并。",
      );
    }
    const rowOf = new Map<number, number>();
    grid.body.forEach((row, r) => {
      const no = itemNumber(row[noCol] ?? null);
      if (no !== null && !rowOf.has(no)) rowOf.set(no, r);
    });
    // sheet column -> (sheet row -> value)
    const writes = new Map<number, Map<number, string | number | boolean>>();
    for (const change of changes) {
      const col = column(change.field);
      const r = rowOf.get(change.no);
      if (col === undefined || r === undefined) {
        throw new LedgerError(
          "not-found",
          col === undefined
            ? `台账中找不到“${LEDGER_HEADERS[change.field]}”列，没有写入任何内容。`
            : `台账中找不到第 ${change.no} 项的行，没有写入任何内容。`,
          "请点击“生成/更新台账”修复台账结构（已填写的内容会保留），然后再合并。",
        );
      }
      if (!holds(grid.body[r][col] ?? null, change.before)) throw changedMeanwhile(change.no, change.field);
      const sheetCol = grid.firstCol + col;
      const cells = writes.get(sheetCol) ?? new Map<number, string | number | boolean>();
      cells.set(grid.headerRow + 1 + r, toOverwrite(change.after));
      writes.set(sheetCol, cells);
    }
    const sheet = context.workbook.worksheets.getItem(grid.sheet);
    for (const [col, cells] of writes) {
      const rows = [...cells.keys()].sort((a, b) => a - b);
      for (const [first, last] of spans(rows)) {
        const values: (string | number | boolean | null)[][] = [];
        for (let row = first; row <= last; row++) values.push([cells.get(row) ?? null]);
        const letter = columnLetter(col);
        sheet.getRange(`${letter}${first}:${letter}${last}`).values = values as unknown[][];
      }
    }
    await context.sync();
    return { cells: changes.length, items: new Set(changes.map((c) => c.no)).size };
  });
}
