/** Range-level reads and writes on the model, shared by proxies, inspection and simulated user edits. */
import { Rect, cellKey, fullAddress, intersect } from "../address";
import { accessDenied, hostError, invalidArgument, itemNotFound } from "../errors";
import { CellError, ScalarOrError } from "../formula/values";
import { parseInput } from "./input";
import { formatValue } from "./number-format";
import type { CellFormat, ChangeSource, SheetModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

export interface RangeEntity {
  sheet: SheetModel;
  rect: Rect;
}

export type ApiValue = string | number | boolean;

const MAX_READ_CELLS = 2_000_000;

export function liveSheet(model: WorkbookModel, sheet: SheetModel, location: string): SheetModel {
  if (!model.sheets.includes(sheet)) throw itemNotFound(location, `worksheet "${sheet.name}" was deleted`);
  return sheet;
}

export function grid<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
  if (rect.rows * rect.cols > MAX_READ_CELLS) {
    throw hostError(
      "ResponsePayloadSizeLimitExceeded",
      `The range ${rect.rows}x${rect.cols} is too large to read.`,
    );
  }
  const out: T[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: T[] = [];
    for (let j = 0; j < rect.cols; j++) row.push(fn(rect.row + i, rect.col + j));
    out.push(row);
  }
  return out;
}

export function toApiValue(v: ScalarOrError): ApiValue {
  if (v === null) return "";
  if (v instanceof CellError) return v.code;
  return v;
}

export function readValues(model: WorkbookModel, e: RangeEntity): ApiValue[][] {
  return grid(e.rect, (r, c) => toApiValue(model.cellValue(e.sheet.id, r, c)));
}

export function readFormulas(model: WorkbookModel, e: RangeEntity): ApiValue[][] {
  return grid(e.rect, (r, c) => {
    const cell = model.cell(e.sheet, r, c);
    if (!cell) return "";
    if (cell.formula !== undefined) return cell.formula;
    return toApiValue(cell.value ?? null);
  });
}

export function formatAt(sheet: SheetModel, row: number, col: number): CellFormat {
  return sheet.formats.get(cellKey(row, col)) ?? {};
}

export function readText(model: WorkbookModel, e: RangeEntity): string[][] {
  return grid(e.rect, (r, c) =>
    formatValue(model.cellValue(e.sheet.id, r, c), formatAt(e.sheet, r, c).numberFormat),
  );
}

export function readNumberFormats(e: RangeEntity): string[][] {
  return grid(e.rect, (r, c) => formatAt(e.sheet, r, c).numberFormat ?? "General");
}

export function valueType(v: ScalarOrError): string {
  if (v === null) return "Empty";
  if (v instanceof CellError) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function readValueTypes(model: WorkbookModel, e: RangeEntity): string[][] {
  return grid(e.rect, (r, c) => valueType(model.cellValue(e.sheet.id, r, c)));
}

/** Accepts a 2-D array of the range's shape, or a single value applied to every cell. */
export function expandInput(e: RangeEntity, input: unknown, location: string): unknown[][] {
  if (!Array.isArray(input)) return grid(e.rect, () => input);
  const rows = input as unknown[];
  if (rows.length !== e.rect.rows || rows.some((r) => !Array.isArray(r) || r.length !== e.rect.cols)) {
    throw invalidArgument(
      location,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${e.rect.rows}x${e.rect.cols}).`,
    );
  }
  return rows as unknown[][];
}

export type ProtectedAction =
  | "values"
  | "format"
  | "insertRows"
  | "deleteRows"
  | "insertColumns"
  | "deleteColumns"
  | "autoFilter"
  | "structure";

export function assertWritable(
  sheet: SheetModel,
  rect: Rect | null,
  action: ProtectedAction,
  location: string,
): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const o = p.options;
  const allowed =
    action === "values"
      ? rect !== null && allUnlocked(sheet, rect)
      : action === "format"
        ? o.allowFormatCells
        : action === "insertRows"
          ? o.allowInsertRows
          : action === "deleteRows"
            ? o.allowDeleteRows
            : action === "insertColumns"
              ? o.allowInsertColumns
              : action === "deleteColumns"
                ? o.allowDeleteColumns
                : action === "autoFilter"
                  ? o.allowAutoFilter
                  : false;
  if (!allowed) throw accessDenied(location, `worksheet "${sheet.name}" is protected`);
}

function allUnlocked(sheet: SheetModel, rect: Rect): boolean {
  if (rect.rows * rect.cols > 100000) return false;
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      if (formatAt(sheet, rect.row + i, rect.col + j).locked !== false) return false;
    }
  }
  return true;
}

/** Writes typed input into cells (values or formulas), recording a WorksheetChanged change. */
export function writeCells(
  model: WorkbookModel,
  e: RangeEntity,
  input: unknown,
  source: ChangeSource,
  location: string,
): void {
  const sheet = liveSheet(model, e.sheet, location);
  const data = expandInput(e, input, location);
  assertWritable(sheet, e.rect, "values", location);
  const pivot = model.pivotsOverlapping(sheet.id, e.rect)[0];
  if (pivot)
    throw hostError("PivotTableRangeConflict", `Cannot change part of PivotTable "${pivot.name}".`, location);
  const single = e.rect.rows === 1 && e.rect.cols === 1;
  const before = single ? model.cellValue(sheet.id, e.rect.row, e.rect.col) : null;
  for (let i = 0; i < e.rect.rows; i++) {
    for (let j = 0; j < e.rect.cols; j++) {
      const r = e.rect.row + i;
      const c = e.rect.col + j;
      const fmt = formatAt(sheet, r, c);
      const parsed = parseInput(data[i][j], fmt.numberFormat, location);
      if (parsed.cell === undefined) continue;
      model.setCell(sheet, r, c, parsed.cell);
      if (parsed.autoFormat && (fmt.numberFormat === undefined || fmt.numberFormat === "General")) {
        sheet.formats.set(cellKey(r, c), { ...fmt, numberFormat: parsed.autoFormat });
      }
    }
  }
  const after = single ? model.cellValue(sheet.id, e.rect.row, e.rect.col) : null;
  model.recordChange({
    sheetId: sheet.id,
    rect: e.rect,
    changeType: "RangeEdited",
    source,
    details: single
      ? {
          valueBefore: toApiValue(before),
          valueAfter: toApiValue(after),
          valueTypeBefore: valueType(before),
          valueTypeAfter: valueType(after),
        }
      : undefined,
  });
}

/** Updates the stored format of every cell in the rectangle. */
export function patchFormat(sheet: SheetModel, rect: Rect, patch: (f: CellFormat) => CellFormat): void {
  if (rect.rows * rect.cols > 5_000_000) {
    throw hostError(
      "GeneralException",
      `Excel test host: formatting ${rect.rows}x${rect.cols} cells at once is not modelled`,
    );
  }
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const key = cellKey(rect.row + i, rect.col + j);
      sheet.formats.set(key, patch({ ...(sheet.formats.get(key) ?? {}) }));
    }
  }
}

/** Common value of a per-cell property, or null when cells differ (as Excel reports mixed formats). */
export function uniform<T>(rect: Rect, read: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  const cells = Math.min(rect.rows * rect.cols, 200000);
  let n = 0;
  for (let i = 0; i < rect.rows && n < cells; i++) {
    for (let j = 0; j < rect.cols && n < cells; j++, n++) {
      const v = read(rect.row + i, rect.col + j);
      if (n === 0) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

export function describe(e: RangeEntity): string {
  return fullAddress(e.sheet.name, e.rect);
}

export function overlapsMerge(sheet: SheetModel, rect: Rect): boolean {
  return sheet.merges.some((m) => intersect(m, rect) !== null);
}
