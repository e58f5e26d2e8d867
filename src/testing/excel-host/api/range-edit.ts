/** Structural range edits: clear, insert, delete, merge. */
import { MAX_COLS, MAX_ROWS, cellKey, intersect, parseKey } from "../address";
import { hostError, invalidArgument } from "../errors";
import { RangeEntity, assertWritable, liveSheet } from "../model/cells";
import { makeShift, shiftCells } from "../model/shift";
import type { WorkbookModel } from "../model/workbook-model";

function keysIn(map: Map<string, unknown>, e: RangeEntity): string[] {
  const out: string[] = [];
  for (const k of map.keys()) {
    const [r, c] = parseKey(k);
    if (r >= e.rect.row && r < e.rect.row + e.rect.rows && c >= e.rect.col && c < e.rect.col + e.rect.cols)
      out.push(k);
  }
  return out;
}

export function clearRange(model: WorkbookModel, e: RangeEntity, applyTo: string): void {
  const sheet = liveSheet(model, e.sheet, "Range.clear");
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (!contents && !formats && applyTo !== "Hyperlinks" && applyTo !== "RemoveHyperlinks") {
    throw invalidArgument("Range.clear", `applyTo ${applyTo}`);
  }
  if (contents) {
    assertWritable(sheet, e.rect, "values", "Range.clear");
    for (const t of model.tables) {
      if (t.sheetId === sheet.id && t.showHeaders && intersect(e.rect, { ...t.rect, rows: 1 })) {
        throw hostError("InvalidOperation", "Cannot clear the header row of a table.", "Range.clear");
      }
    }
    for (const k of keysIn(sheet.cells, e)) sheet.cells.delete(k);
    model.touch();
    model.recordChange({ sheetId: sheet.id, rect: e.rect, changeType: "RangeEdited", source: "addin" });
  }
  if (formats) {
    assertWritable(sheet, e.rect, "format", "Range.clear");
    for (const k of keysIn(sheet.formats, e)) sheet.formats.delete(k);
    sheet.merges = sheet.merges.filter((m) => !intersect(m, e.rect));
  }
  if (applyTo === "All") for (const k of keysIn(sheet.validations, e)) sheet.validations.delete(k);
}

function shiftKind(
  e: RangeEntity,
  shift: string,
  insert: boolean,
): {
  changeType: string;
  action: "insertRows" | "deleteRows" | "insertColumns" | "deleteColumns" | "structure";
} {
  const entireRow = e.rect.cols === MAX_COLS;
  const entireCol = e.rect.rows === MAX_ROWS;
  if (entireRow)
    return {
      changeType: insert ? "RowInserted" : "RowDeleted",
      action: insert ? "insertRows" : "deleteRows",
    };
  if (entireCol)
    return {
      changeType: insert ? "ColumnInserted" : "ColumnDeleted",
      action: insert ? "insertColumns" : "deleteColumns",
    };
  void shift;
  return { changeType: insert ? "CellInserted" : "CellDeleted", action: "structure" };
}

export function insertRange(model: WorkbookModel, e: RangeEntity, shift: string): RangeEntity {
  const sheet = liveSheet(model, e.sheet, "Range.insert");
  if (shift !== "Down" && shift !== "Right") throw invalidArgument("Range.insert", `shift ${shift}`);
  const kind = shiftKind(e, shift, true);
  assertWritable(sheet, e.rect, kind.action, "Range.insert");
  const last = shift === "Down" ? MAX_ROWS - e.rect.rows : MAX_COLS - e.rect.cols;
  for (const k of sheet.cells.keys()) {
    const [r, c] = parseKey(k);
    const along = shift === "Down" ? r : c;
    const across = shift === "Down" ? c : r;
    const inSpan =
      shift === "Down"
        ? across >= e.rect.col && across < e.rect.col + e.rect.cols
        : across >= e.rect.row && across < e.rect.row + e.rect.rows;
    if (inSpan && along >= last)
      throw hostError("InsertDeleteConflict", "Cells would be pushed off the worksheet.", "Range.insert");
  }
  shiftCells(model, sheet, makeShift(e.rect, shift));
  model.recordChange({ sheetId: sheet.id, rect: e.rect, changeType: kind.changeType, source: "addin" });
  return { sheet, rect: e.rect };
}

export function deleteRange(model: WorkbookModel, e: RangeEntity, shift: string): void {
  const sheet = liveSheet(model, e.sheet, "Range.delete");
  if (shift !== "Up" && shift !== "Left") throw invalidArgument("Range.delete", `shift ${shift}`);
  const kind = shiftKind(e, shift, false);
  assertWritable(sheet, e.rect, kind.action, "Range.delete");
  shiftCells(model, sheet, makeShift(e.rect, shift));
  model.recordChange({ sheetId: sheet.id, rect: e.rect, changeType: kind.changeType, source: "addin" });
}

export function mergeRange(model: WorkbookModel, e: RangeEntity, across: boolean): void {
  const sheet = liveSheet(model, e.sheet, "Range.merge");
  assertWritable(sheet, e.rect, "format", "Range.merge");
  if (model.tablesOverlapping(sheet.id, e.rect).length) {
    throw hostError("InvalidOperation", "Cells in a table cannot be merged.", "Range.merge");
  }
  const areas = across
    ? Array.from({ length: e.rect.rows }, (_, i) => ({ ...e.rect, row: e.rect.row + i, rows: 1 }))
    : [e.rect];
  sheet.merges = sheet.merges.filter((m) => !intersect(m, e.rect));
  for (const a of areas) {
    if (a.rows * a.cols < 2) continue;
    sheet.merges.push(a);
    for (let i = 0; i < a.rows; i++) {
      for (let j = 0; j < a.cols; j++) if (i || j) sheet.cells.delete(cellKey(a.row + i, a.col + j));
    }
  }
  model.touch();
}

export function unmergeRange(model: WorkbookModel, e: RangeEntity): void {
  const sheet = liveSheet(model, e.sheet, "Range.unmerge");
  assertWritable(sheet, e.rect, "format", "Range.unmerge");
  sheet.merges = sheet.merges.filter((m) => !intersect(m, e.rect));
}
