/** Inserting and deleting cells: moves cells, formats, validations, tables, merges, formulas, as Excel does. */
import { MAX_COLS, MAX_ROWS, Rect, cellKey, parseKey } from "../address";
import { hostError } from "../errors";
import { AxisShift, shiftFormula, shiftRect, spanOverlaps, withinSpan } from "../formula/adjust";
import type { SheetModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

export type ShiftDirection = "Down" | "Right" | "Up" | "Left";

export function makeShift(rect: Rect, direction: ShiftDirection): AxisShift {
  const vertical = direction === "Down" || direction === "Up";
  return {
    axis: vertical ? "row" : "col",
    kind: direction === "Down" || direction === "Right" ? "insert" : "delete",
    at: vertical ? rect.row : rect.col,
    count: vertical ? rect.rows : rect.cols,
    spanStart: vertical ? rect.col : rect.row,
    spanEnd: vertical ? rect.col + rect.cols - 1 : rect.row + rect.rows - 1,
  };
}

function moveKey(key: string, sh: AxisShift): string | null {
  const [r, c] = parseKey(key);
  const along = sh.axis === "row" ? r : c;
  const across = sh.axis === "row" ? c : r;
  if (across < sh.spanStart || across > sh.spanEnd) return key;
  let moved = along;
  if (sh.kind === "insert") {
    if (along >= sh.at) moved = along + sh.count;
  } else if (along >= sh.at && along < sh.at + sh.count) return null;
  else if (along >= sh.at + sh.count) moved = along - sh.count;
  if (moved >= (sh.axis === "row" ? MAX_ROWS : MAX_COLS)) return null;
  return sh.axis === "row" ? cellKey(moved, c) : cellKey(r, moved);
}

function moveMap<T>(map: Map<string, T>, sh: AxisShift): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of map) {
    const nk = moveKey(k, sh);
    if (nk !== null) out.set(nk, v);
  }
  return out;
}

function moveIndexMap<T>(map: Map<number, T>, sh: AxisShift): Map<number, T> {
  const out = new Map<number, T>();
  for (const [i, v] of map) {
    if (sh.kind === "insert") out.set(i >= sh.at ? i + sh.count : i, v);
    else if (i < sh.at) out.set(i, v);
    else if (i >= sh.at + sh.count) out.set(i - sh.count, v);
  }
  return out;
}

/** Shifts cells on `sheet`; throws InvalidOperation when part of a table would move. */
export function shiftCells(model: WorkbookModel, sheet: SheetModel, sh: AxisShift): void {
  const entire = sh.spanStart === 0 && sh.spanEnd === (sh.axis === "row" ? MAX_COLS : MAX_ROWS) - 1;
  const tables = model.tables.filter((t) => t.sheetId === sheet.id);
  for (const t of tables) {
    const end = sh.axis === "row" ? t.rect.row + t.rect.rows - 1 : t.rect.col + t.rect.cols - 1;
    if (end < sh.at) continue;
    if (spanOverlaps(t.rect, sh) && !withinSpan(t.rect, sh)) {
      throw hostError(
        "InvalidOperation",
        "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
        sh.kind === "insert" ? "Range.insert" : "Range.delete",
      );
    }
  }
  for (const p of model.pivots.filter((x) => x.sheetId === sheet.id && x.rendered)) {
    if (p.rendered && spanOverlaps(p.rendered, sh) && !withinSpan(p.rendered, sh)) {
      const end =
        sh.axis === "row" ? p.rendered.row + p.rendered.rows - 1 : p.rendered.col + p.rendered.cols - 1;
      if (end >= sh.at)
        throw hostError(
          "PivotTableRangeConflict",
          "The operation would move part of a PivotTable.",
          "Range.insert",
        );
    }
  }

  sheet.cells = moveMap(sheet.cells, sh);
  sheet.formats = moveMap(sheet.formats, sh);
  sheet.validations = moveMap(sheet.validations, sh);
  if (entire) {
    if (sh.axis === "row") {
      sheet.rowHeights = moveIndexMap(sheet.rowHeights, sh);
      sheet.hiddenRows = new Set(
        moveIndexMap(new Map([...sheet.hiddenRows].map((r) => [r, true])), sh).keys(),
      );
    } else {
      sheet.columnWidths = moveIndexMap(sheet.columnWidths, sh);
      sheet.hiddenColumns = new Set(
        moveIndexMap(new Map([...sheet.hiddenColumns].map((c) => [c, true])), sh).keys(),
      );
    }
  }
  sheet.merges = sheet.merges.map((m) => shiftRect(m, sh)).filter((m): m is Rect => m !== null);
  for (const cf of sheet.conditionalFormats) {
    cf.areas = cf.areas.map((a) => shiftRect(a, sh)).filter((a): a is Rect => a !== null);
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);

  for (const t of tables) {
    const moved = shiftRect(t.rect, sh);
    if (moved === null) {
      model.tables = model.tables.filter((x) => x !== t);
      continue;
    }
    const resized = sh.axis === "col" && moved.cols !== t.rect.cols;
    if (resized) resizeColumns(t, t.rect, moved, sh);
    t.rect = moved;
    if (resized && t.showHeaders) {
      t.columns.forEach((c, i) => {
        const key = cellKey(moved.row, moved.col + i);
        if (!sheet.cells.has(key)) sheet.cells.set(key, { value: c.name });
      });
    }
  }
  for (const p of model.pivots) {
    if (p.sheetId === sheet.id) {
      const anchor = shiftRect({ row: p.anchor.row, col: p.anchor.col, rows: 1, cols: 1 }, sh);
      if (anchor) p.anchor = { row: anchor.row, col: anchor.col };
      if (p.rendered) p.rendered = shiftRect(p.rendered, sh);
      if (p.dataBody) p.dataBody = shiftRect(p.dataBody, sh);
    }
    if (p.source.kind === "range" && p.source.sheetId === sheet.id) {
      const moved = shiftRect(p.source.rect, sh);
      if (moved) p.source.rect = moved;
    }
  }
  model.rewriteFormulas((f, home) => shiftFormula(f, home.name, sheet.name, sh));
  model.touch();
}

/** Column insert/delete inside a table adds or removes table columns. */
function resizeColumns(
  t: { columns: { id: number; name: string }[]; nextColumnId: number },
  before: Rect,
  after: Rect,
  sh: AxisShift,
): void {
  const offset = sh.at - before.col;
  if (sh.kind === "delete") {
    const from = Math.max(0, offset);
    const to = Math.min(before.cols, offset + sh.count);
    t.columns.splice(from, to - from);
    return;
  }
  const fresh: { id: number; name: string }[] = [];
  for (let i = 0; i < after.cols - before.cols; i++) {
    let k = t.columns.length + fresh.length + 1;
    while ([...t.columns, ...fresh].some((x) => x.name === `列${k}`)) k++;
    fresh.push({ id: t.nextColumnId++, name: `列${k}` });
  }
  t.columns.splice(offset, 0, ...fresh);
}
