/** Scalar properties of Excel.Range (values, formulas, text, numberFormat, hidden...). */
import { MAX_COLS, MAX_ROWS, fullAddress } from "../address";
import type { PropTable } from "../core/proxy";
import type { HostRuntime } from "../core/runtime";
import { invalidArgument } from "../errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../model/defaults";
import {
  RangeEntity,
  assertWritable,
  expandInput,
  liveSheet,
  patchFormat,
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeCells,
} from "../model/cells";

type RE = RangeEntity;

function sumRows(e: RE): number {
  let h = 0;
  for (let i = 0; i < Math.min(e.rect.rows, 100000); i++) {
    const r = e.rect.row + i;
    if (!e.sheet.hiddenRows.has(r)) h += e.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }
  return h;
}

export const RANGE_PROPS: PropTable<RE> = {
  address: { get: (e) => fullAddress(e.sheet.name, e.rect) },
  addressLocal: { get: (e) => fullAddress(e.sheet.name, e.rect) },
  cellCount: { get: (e) => e.rect.rows * e.rect.cols },
  rowCount: { get: (e) => e.rect.rows },
  columnCount: { get: (e) => e.rect.cols },
  rowIndex: { get: (e) => e.rect.row },
  columnIndex: { get: (e) => e.rect.col },
  isEntireRow: { since: "1.7", get: (e) => e.rect.cols === MAX_COLS },
  isEntireColumn: { since: "1.7", get: (e) => e.rect.rows === MAX_ROWS },
  values: {
    get: (e, h) => readValues(h.model, e),
    set: (e, v, h) => writeCells(h.model, e, v, "addin", "Range.values"),
  },
  formulas: {
    get: (e, h) => readFormulas(h.model, e),
    set: (e, v, h) => writeCells(h.model, e, v, "addin", "Range.formulas"),
  },
  formulasLocal: {
    get: (e, h) => readFormulas(h.model, e),
    set: (e, v, h) => writeCells(h.model, e, v, "addin", "Range.formulasLocal"),
  },
  text: { get: (e, h) => readText(h.model, e) },
  valueTypes: { get: (e, h) => readValueTypes(h.model, e) },
  numberFormat: {
    get: (e) => readNumberFormats(e),
    set: (e, v, h) => setNumberFormat(h, e, v),
  },
  numberFormatLocal: {
    since: "1.7",
    get: (e) => readNumberFormats(e),
    set: (e, v, h) => setNumberFormat(h, e, v),
  },
  hidden: {
    since: "1.2",
    get: (e) => rowsHidden(e) || colsHidden(e),
  },
  rowHidden: {
    since: "1.2",
    get: (e) => rowsHidden(e),
    set: (e, v) => {
      for (let i = 0; i < e.rect.rows; i++) {
        if (v) e.sheet.hiddenRows.add(e.rect.row + i);
        else e.sheet.hiddenRows.delete(e.rect.row + i);
      }
    },
  },
  columnHidden: {
    since: "1.2",
    get: (e) => colsHidden(e),
    set: (e, v) => {
      for (let i = 0; i < e.rect.cols; i++) {
        if (v) e.sheet.hiddenColumns.add(e.rect.col + i);
        else e.sheet.hiddenColumns.delete(e.rect.col + i);
      }
    },
  },
  height: { get: (e) => sumRows(e) },
  width: {
    get: (e) => {
      let w = 0;
      for (let j = 0; j < Math.min(e.rect.cols, MAX_COLS); j++)
        w += e.sheet.columnWidths.get(e.rect.col + j) ?? DEFAULT_COLUMN_WIDTH;
      return w;
    },
  },
};

function rowsHidden(e: RE): boolean {
  for (let i = 0; i < e.rect.rows; i++) if (!e.sheet.hiddenRows.has(e.rect.row + i)) return false;
  return true;
}

function colsHidden(e: RE): boolean {
  for (let i = 0; i < e.rect.cols; i++) if (!e.sheet.hiddenColumns.has(e.rect.col + i)) return false;
  return true;
}

function setNumberFormat(h: HostRuntime, e: RE, v: unknown): void {
  liveSheet(h.model, e.sheet, "Range.numberFormat");
  assertWritable(e.sheet, e.rect, "format", "Range.numberFormat");
  const data = expandInput(e, v, "Range.numberFormat");
  for (let i = 0; i < e.rect.rows; i++) {
    for (let j = 0; j < e.rect.cols; j++) {
      const f = data[i][j];
      if (f === null || f === undefined) continue;
      if (typeof f !== "string") throw invalidArgument("Range.numberFormat", JSON.stringify(f));
      patchFormat(e.sheet, { row: e.rect.row + i, col: e.rect.col + j, rows: 1, cols: 1 }, (x) => ({
        ...x,
        numberFormat: f,
      }));
    }
  }
  h.model.touch();
}
