/** Excel.Range proxy. */
import { MAX_COLS, MAX_ROWS, Rect, intersect, localAddress, parseAddress } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import type { HostRuntime } from "../core/runtime";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { RangeEntity, liveSheet } from "../model/cells";
import { RANGE_PROPS } from "./range-props";
import { clearRange, deleteRange, insertRange, mergeRange, unmergeRange } from "./range-edit";
import { rangeFormatProxy } from "./range-format";
import { conditionalFormatsProxy } from "./conditional";
import { dataValidationProxy } from "./validation";
import { worksheetProxy } from "./worksheet";

type RE = RangeEntity;

function checkRect(rect: Rect, location: string): Rect {
  if (
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLS
  ) {
    throw invalidArgument(location, `range out of bounds (${JSON.stringify(rect)})`);
  }
  return rect;
}

export class RangeProxy extends ClientObjectBase<RE> {
  get _type() {
    return "Range";
  }
  get _props() {
    return RANGE_PROPS;
  }
  override get _nav() {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
    };
  }

  /** A range derived from this one when first used at sync. */
  _derive(location: string, fn: (e: RE, h: HostRuntime) => Rect | null, orNull = false): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        const rect = fn(e, this._ctx._host);
        if (rect === null) {
          if (orNull) return null;
          throw itemNotFound(location, "empty range");
        }
        return { sheet: e.sheet, rect: checkRect(rect, location) };
      }, location),
    );
  }

  get format() {
    return this._child("format", () =>
      rangeFormatProxy(this._ctx, new Ref(() => this._ref.get(), "RangeFormat", true)),
    );
  }
  get worksheet() {
    return this._child("worksheet", () =>
      worksheetProxy(this._ctx, new Ref(() => this._ref.get().sheet, "Worksheet", true)),
    );
  }
  get dataValidation() {
    this._requires("1.8", "Range.dataValidation");
    return this._child("dataValidation", () =>
      dataValidationProxy(this._ctx, new Ref(() => this._ref.get(), "DataValidation", true)),
    );
  }
  get conditionalFormats() {
    this._requires("1.6", "Range.conditionalFormats");
    return this._child("conditionalFormats", () =>
      conditionalFormatsProxy(this._ctx, new Ref(() => this._ref.get(), "ConditionalFormatCollection", true)),
    );
  }

  getCell(row: number, column: number) {
    return this._derive("Range.getCell", (e) => ({
      row: e.rect.row + row,
      col: e.rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number) {
    return this._derive("Range.getOffsetRange", (e) => ({
      ...e.rect,
      row: e.rect.row + rowOffset,
      col: e.rect.col + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number) {
    this._requires("1.7", "Range.getResizedRange");
    return this._derive("Range.getResizedRange", (e) => ({
      ...e.rect,
      rows: e.rect.rows + deltaRows,
      cols: e.rect.cols + deltaColumns,
    }));
  }
  getEntireRow() {
    return this._derive("Range.getEntireRow", (e) => ({
      row: e.rect.row,
      col: 0,
      rows: e.rect.rows,
      cols: MAX_COLS,
    }));
  }
  getEntireColumn() {
    return this._derive("Range.getEntireColumn", (e) => ({
      row: 0,
      col: e.rect.col,
      rows: MAX_ROWS,
      cols: e.rect.cols,
    }));
  }
  getRow(row: number) {
    return this._derive("Range.getRow", (e) => ({
      row: e.rect.row + row,
      col: e.rect.col,
      rows: 1,
      cols: e.rect.cols,
    }));
  }
  getColumn(column: number) {
    return this._derive("Range.getColumn", (e) => ({
      row: e.rect.row,
      col: e.rect.col + column,
      rows: e.rect.rows,
      cols: 1,
    }));
  }
  getLastRow() {
    return this._derive("Range.getLastRow", (e) => ({
      ...e.rect,
      row: e.rect.row + e.rect.rows - 1,
      rows: 1,
    }));
  }
  getLastColumn() {
    return this._derive("Range.getLastColumn", (e) => ({
      ...e.rect,
      col: e.rect.col + e.rect.cols - 1,
      cols: 1,
    }));
  }
  getLastCell() {
    return this._derive("Range.getLastCell", (e) => ({
      row: e.rect.row + e.rect.rows - 1,
      col: e.rect.col + e.rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }
  getRowsAbove(count = 1) {
    return this._derive("Range.getRowsAbove", (e) => ({ ...e.rect, row: e.rect.row - count, rows: count }));
  }
  getRowsBelow(count = 1) {
    return this._derive("Range.getRowsBelow", (e) => ({
      ...e.rect,
      row: e.rect.row + e.rect.rows,
      rows: count,
    }));
  }
  getColumnsBefore(count = 1) {
    return this._derive("Range.getColumnsBefore", (e) => ({
      ...e.rect,
      col: e.rect.col - count,
      cols: count,
    }));
  }
  getColumnsAfter(count = 1) {
    return this._derive("Range.getColumnsAfter", (e) => ({
      ...e.rect,
      col: e.rect.col + e.rect.cols,
      cols: count,
    }));
  }
  private otherRect(other: RangeProxy | string, e: RE): Rect {
    if (typeof other === "string") {
      const p = parseAddress(other);
      if (p.sheet && p.sheet.toLowerCase() !== e.sheet.name.toLowerCase())
        throw invalidArgument("Range", "different worksheet");
      return p.rect;
    }
    const o = other._ref.get();
    if (o.sheet !== e.sheet) throw invalidArgument("Range", "ranges are on different worksheets");
    return o.rect;
  }
  getIntersection(anotherRange: RangeProxy | string) {
    return this._derive("Range.getIntersection", (e) => intersect(e.rect, this.otherRect(anotherRange, e)));
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string) {
    this._requires("1.4", "Range.getIntersectionOrNullObject");
    return this._derive(
      "Range.getIntersectionOrNullObject",
      (e) => intersect(e.rect, this.otherRect(anotherRange, e)),
      true,
    );
  }
  getBoundingRect(anotherRange: RangeProxy | string) {
    return this._derive("Range.getBoundingRect", (e) => {
      const o = this.otherRect(anotherRange, e);
      const row = Math.min(e.rect.row, o.row);
      const col = Math.min(e.rect.col, o.col);
      return {
        row,
        col,
        rows: Math.max(e.rect.row + e.rect.rows, o.row + o.rows) - row,
        cols: Math.max(e.rect.col + e.rect.cols, o.col + o.cols) - col,
      };
    });
  }
  private used(e: RE, h: HostRuntime, valuesOnly: boolean): Rect | null {
    const u = h.model.usedRect(e.sheet, valuesOnly);
    return u ? intersect(u, e.rect) : null;
  }
  getUsedRange(valuesOnly = false) {
    return this._derive("Range.getUsedRange", (e, h) => this.used(e, h, valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    this._requires("1.4", "Range.getUsedRangeOrNullObject");
    return this._derive("Range.getUsedRangeOrNullObject", (e, h) => this.used(e, h, valuesOnly), true);
  }
  select(): void {
    this._enqueue("select", null, (e) => {
      liveSheet(this._ctx._host.model, e.sheet, "Range.select");
      e.sheet.selection = e.rect;
      this._ctx._host.model.activeSheetId = e.sheet.id;
    });
  }
  clear(applyTo: string = "All"): void {
    this._enqueue("clear", applyTo, (e) => clearRange(this._ctx._host.model, e, applyTo));
  }
  delete(shift: string): void {
    this._enqueue("delete", shift, (e) => deleteRange(this._ctx._host.model, e, shift));
  }
  insert(shift: string): RangeProxy {
    const ref = new Ref<RE>(() => null, "Range.insert");
    this._enqueue("insert", shift, (e) => ref.bind(insertRange(this._ctx._host.model, e, shift)));
    return rangeProxy(this._ctx, ref);
  }
  merge(across = false): void {
    this._requires("1.2", "Range.merge");
    this._enqueue("merge", across, (e) => mergeRange(this._ctx._host.model, e, across));
  }
  unmerge(): void {
    this._requires("1.2", "Range.unmerge");
    this._enqueue("unmerge", null, (e) => unmergeRange(this._ctx._host.model, e));
  }
  calculate(): void {
    this._enqueue("calculate", null, () => undefined);
  }
  /** Range.getAddress-ish helper kept internal for event args. */
  _localAddress(): string {
    return localAddress(this._ref.get().rect);
  }
}
defineProps(RangeProxy.prototype, Object.keys(RANGE_PROPS));

export function rangeProxy(ctx: RequestContextImpl, ref: Ref<RE>): RangeProxy {
  return guard(new RangeProxy(ctx, ref), "Range");
}

export function rangeRefFromAddress(
  host: HostRuntime,
  sheetRef: () => RE["sheet"],
  address: string,
  location: string,
): Ref<RE> {
  return new Ref(() => {
    const sheet = liveSheet(host.model, sheetRef(), location);
    const p = parseAddress(address, location);
    if (p.sheet && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw hostError(
        "InvalidArgument",
        `The address "${address}" is not on worksheet "${sheet.name}".`,
        location,
      );
    }
    return { sheet, rect: p.rect };
  }, location);
}
