/** Table operations on the model: create, resize, add columns/rows, filtering. */
import { Rect, cellKey, intersect, parseAddress, contains } from "../address";
import { hostError, invalidArgument } from "../errors";
import { parseCriterion } from "../formula/criteria";
import { formatValue } from "./number-format";
import { formatAt, liveSheet, writeCells } from "./cells";
import { makeShift, shiftCells } from "./shift";
import type { SheetModel, TableFilterCriteria, TableModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

export function bodyRect(t: TableModel): Rect {
  const h = t.showHeaders ? 1 : 0;
  return {
    row: t.rect.row + h,
    col: t.rect.col,
    rows: t.rect.rows - h - (t.showTotals ? 1 : 0),
    cols: t.rect.cols,
  };
}

export function headerRect(t: TableModel): Rect | null {
  return t.showHeaders ? { ...t.rect, rows: 1 } : null;
}

function assertFree(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  except: TableModel | null,
  location: string,
): void {
  for (const other of model.tablesOverlapping(sheet.id, rect)) {
    if (other !== except) throw invalidArgument(location, `the range overlaps table "${other.name}"`);
  }
  const pivot = model.pivotsOverlapping(sheet.id, rect)[0];
  if (pivot) throw invalidArgument(location, `the range overlaps PivotTable "${pivot.name}"`);
  for (const m of sheet.merges)
    if (intersect(m, rect))
      throw hostError("MergedRangeConflict", "A table cannot overlap merged cells.", location);
}

export function validTableName(model: WorkbookModel, name: string, except: TableModel | null): void {
  if (
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[rc]$/i.test(name)
  ) {
    throw invalidArgument("Table.name", `invalid table name "${name}"`);
  }
  const clash = model.tables.find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase());
  const nameClash = model.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  if (clash || nameClash)
    throw hostError("ItemAlreadyExists", `The name "${name}" is already used.`, "Table.name");
}

export function createTable(
  model: WorkbookModel,
  sheet: SheetModel,
  address: Rect,
  hasHeaders: boolean,
): TableModel {
  liveSheet(model, sheet, "TableCollection.add");
  if (sheet.protection.protected)
    throw hostError("AccessDenied", `Worksheet "${sheet.name}" is protected.`, "TableCollection.add");
  assertFree(model, sheet, address, null, "TableCollection.add");
  let rect = address;
  if (!hasHeaders) {
    shiftCells(model, sheet, makeShift({ ...address, rows: 1 }, "Down"));
    rect = { ...address, rows: address.rows + 1 };
  }
  if (rect.rows < 2) rect = { ...rect, rows: 2 };
  let n = 1;
  while (model.findTable(`Table${n}`)) n++;
  const t: TableModel = {
    id: model.newTableId(),
    name: `Table${n}`,
    sheetId: sheet.id,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columns: Array.from({ length: rect.cols }, (_, i) => ({ id: i + 1, name: "" })),
    nextColumnId: rect.cols + 1,
    filters: new Map(),
  };
  model.tables.push(t);
  for (let i = 0; i < rect.cols; i++) {
    if (!hasHeaders) sheet.cells.delete(cellKey(rect.row, rect.col + i));
    model.syncHeaderName(t, i);
  }
  model.touch();
  return t;
}

export function resizeTable(model: WorkbookModel, t: TableModel, target: string | Rect): void {
  const sheet = model.sheetById(t.sheetId);
  const rect = typeof target === "string" ? parseAddress(target, "Table.resize").rect : target;
  if (rect.row !== t.rect.row)
    throw invalidArgument("Table.resize", "the header row must stay in the same row");
  if (!intersect(rect, t.rect)) throw invalidArgument("Table.resize", "the new range must overlap the table");
  if (rect.rows < 2) throw invalidArgument("Table.resize", "a table needs a header and one data row");
  assertFree(model, sheet, rect, t, "Table.resize");
  const columns = [];
  for (let i = 0; i < rect.cols; i++) {
    const abs = rect.col + i;
    const old = abs - t.rect.col;
    columns.push(old >= 0 && old < t.columns.length ? t.columns[old] : { id: t.nextColumnId++, name: "" });
  }
  t.rect = rect;
  t.columns = columns;
  for (let i = 0; i < rect.cols; i++) model.syncHeaderName(t, i);
  for (const k of [...t.filters.keys()]) if (k >= rect.cols) t.filters.delete(k);
  model.touch();
}

/** Inserts table cells (not entire sheet rows/columns) and grows the table, as TableColumnCollection.add does. */
export function insertTableColumn(
  model: WorkbookModel,
  t: TableModel,
  index: number | null,
  values: unknown[][] | null,
  name: string | null,
): number {
  const sheet = model.sheetById(t.sheetId);
  const i = index ?? t.columns.length;
  if (i < 0 || i > t.columns.length) throw invalidArgument("TableColumnCollection.add", `index ${i}`);
  if (values && (values.length !== t.rect.rows || values.some((r) => r.length !== 1))) {
    throw invalidArgument("TableColumnCollection.add", `values must be ${t.rect.rows}x1`);
  }
  const at = t.rect.col + i;
  model.tables = model.tables.filter((x) => x !== t);
  try {
    shiftCells(model, sheet, makeShift({ row: t.rect.row, col: at, rows: t.rect.rows, cols: 1 }, "Right"));
  } finally {
    model.tables.push(t);
  }
  t.rect = { ...t.rect, cols: t.rect.cols + 1 };
  t.columns.splice(i, 0, { id: t.nextColumnId++, name: "" });
  for (const k of [...t.filters.keys()].sort((a, b) => b - a)) {
    if (k >= i) {
      t.filters.set(k + 1, t.filters.get(k)!);
      t.filters.delete(k);
    }
  }
  const colRect = { row: t.rect.row, col: at, rows: t.rect.rows, cols: 1 };
  if (values) writeCells(model, { sheet, rect: colRect }, values, "addin", "TableColumnCollection.add");
  if (name !== null && name !== undefined) model.setCell(sheet, t.rect.row, at, { value: name });
  model.syncHeaderName(t, i);
  return i;
}

export function insertTableRows(
  model: WorkbookModel,
  t: TableModel,
  index: number | null,
  values: unknown[][] | null,
): void {
  const sheet = model.sheetById(t.sheetId);
  const body = bodyRect(t);
  const count = values ? values.length : 1;
  const i = index ?? body.rows;
  if (i < 0 || i > body.rows) throw invalidArgument("TableRowCollection.add", `index ${i}`);
  if (values && values.some((r) => !Array.isArray(r) || r.length !== t.rect.cols)) {
    throw invalidArgument("TableRowCollection.add", `each row must have ${t.rect.cols} values`);
  }
  const at = body.row + i;
  model.tables = model.tables.filter((x) => x !== t);
  try {
    shiftCells(model, sheet, makeShift({ row: at, col: t.rect.col, rows: count, cols: t.rect.cols }, "Down"));
  } finally {
    model.tables.push(t);
  }
  t.rect = { ...t.rect, rows: t.rect.rows + count };
  if (values)
    writeCells(
      model,
      { sheet, rect: { row: at, col: t.rect.col, rows: count, cols: t.rect.cols } },
      values,
      "addin",
      "TableRowCollection.add",
    );
}

function matches(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  c: TableFilterCriteria,
): boolean {
  const v = model.cellValue(sheet.id, row, col);
  if (c.filterOn === "Values") {
    const text = formatValue(v, formatAt(sheet, row, col).numberFormat);
    return (c.values ?? []).some((x) => String(x) === text);
  }
  if (c.filterOn === "Custom") {
    const one = parseCriterion(c.criterion1 ?? "")(v);
    if (c.criterion2 === undefined) return one;
    const two = parseCriterion(c.criterion2)(v);
    return c.operator === "Or" ? one || two : one && two;
  }
  throw hostError(
    "NotImplemented",
    `Excel test host: autofilter filterOn "${c.filterOn}" is not implemented`,
  );
}

/** Re-evaluates the table's filters and sets hidden rows, as applying an AutoFilter does. */
export function applyTableFilters(model: WorkbookModel, t: TableModel): void {
  const sheet = model.sheetById(t.sheetId);
  const body = bodyRect(t);
  for (let r = body.row; r < body.row + body.rows; r++) {
    let visible = true;
    for (const [col, c] of t.filters) if (!matches(model, sheet, r, t.rect.col + col, c)) visible = false;
    if (visible) sheet.hiddenRows.delete(r);
    else sheet.hiddenRows.add(r);
  }
}

export function tableContaining(model: WorkbookModel, sheet: SheetModel, rect: Rect): TableModel | undefined {
  return model.tables.find((t) => t.sheetId === sheet.id && contains(t.rect, rect));
}
