/** Excel.Worksheet and Excel.WorksheetCollection proxies. */
import { MAX_COLS, MAX_ROWS } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument } from "../errors";
import { liveSheet } from "../model/cells";
import type { SheetModel } from "../model/types";
import { eventHandlers } from "./events";
import { namedItemCollectionProxy } from "./names";
import { pivotTableCollectionProxy } from "./pivot";
import { RangeProxy, rangeProxy, rangeRefFromAddress } from "./range";
import { pageLayoutProxy } from "./page-layout";
import { freezePanesProxy, protectionProxy } from "./sheet-parts";
import { tableCollectionProxy } from "./table-collection";

const PROPS: PropTable<SheetModel> = {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (s, v, h) => h.model.renameSheet(liveSheet(h.model, s, "Worksheet.name"), String(v)),
  },
  position: {
    get: (s, h) => h.model.sheets.indexOf(s),
    set: (s, v, h) => h.model.moveSheet(s, Number(v)),
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, h) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(String(v)))
        throw invalidArgument("Worksheet.visibility", String(v));
      if (
        v !== "Visible" &&
        h.model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw invalidArgument("Worksheet.visibility", "a workbook must keep one visible worksheet");
      }
      s.visibility = String(v);
    },
  },
  tabColor: { since: "1.7", get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = String(v ?? "")) },
  showGridlines: {
    since: "1.8",
    get: (s) => s.showGridlines,
    set: (s, v) => void (s.showGridlines = Boolean(v)),
  },
  showHeadings: {
    since: "1.8",
    get: (s) => s.showHeadings,
    set: (s, v) => void (s.showHeadings = Boolean(v)),
  },
};

export class WorksheetProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "Worksheet";
  }
  get _props() {
    return PROPS;
  }
  override get _nav() {
    return {
      protection: () => this.protection,
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      tables: () => this.tables,
      names: () => this.names,
      pivotTables: () => this.pivotTables,
    };
  }
  private derived(): Ref<SheetModel> {
    return new Ref(() => liveSheet(this._ctx._host.model, this._ref.get(), "Worksheet"), "Worksheet", true);
  }
  get protection() {
    this._requires("1.2", "Worksheet.protection");
    return this._child("protection", () => protectionProxy(this._ctx, this.derived()));
  }
  get freezePanes() {
    this._requires("1.7", "Worksheet.freezePanes");
    return this._child("freezePanes", () => freezePanesProxy(this._ctx, this.derived()));
  }
  get pageLayout() {
    this._requires("1.9", "Worksheet.pageLayout");
    return this._child("pageLayout", () => pageLayoutProxy(this._ctx, this.derived()));
  }
  get tables() {
    return this._child("tables", () =>
      tableCollectionProxy(this._ctx, new Ref(() => ({ sheet: this._ref.get() }), "TableCollection", true)),
    );
  }
  get names() {
    this._requires("1.4", "Worksheet.names");
    return this._child("names", () =>
      namedItemCollectionProxy(
        this._ctx,
        new Ref(() => ({ sheet: this._ref.get() }), "NamedItemCollection", true),
      ),
    );
  }
  get pivotTables() {
    this._requires("1.3", "Worksheet.pivotTables");
    return this._child("pivotTables", () =>
      pivotTableCollectionProxy(
        this._ctx,
        new Ref(() => ({ sheet: this._ref.get() }), "PivotTableCollection", true),
      ),
    );
  }
  get onChanged() {
    this._requires("1.7", "Worksheet.onChanged");
    const host = this._ctx._host;
    return eventHandlers(
      this._ctx,
      () => {
        const s = this._ref.get();
        let set = host.sheetHandlers.get(s.id);
        if (!set) host.sheetHandlers.set(s.id, (set = new Set()));
        return set;
      },
      "Worksheet.onChanged",
    );
  }
  getRange(address?: string): RangeProxy {
    if (address === undefined || address === "") {
      return rangeProxy(
        this._ctx,
        new Ref(
          () => ({ sheet: this._ref.get(), rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } }),
          "Worksheet.getRange",
        ),
      );
    }
    return rangeProxy(
      this._ctx,
      rangeRefFromAddress(this._ctx._host, () => this._ref.get(), address, "Worksheet.getRange"),
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    this._requires("1.7", "Worksheet.getRangeByIndexes");
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLS
        ) {
          throw invalidArgument(
            "Worksheet.getRangeByIndexes",
            `${startRow},${startColumn},${rowCount},${columnCount}`,
          );
        }
        return {
          sheet: liveSheet(this._ctx._host.model, this._ref.get(), "Worksheet"),
          rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount },
        };
      }, "Worksheet.getRangeByIndexes"),
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const s = this._ref.get();
        return {
          sheet: s,
          rect: this._ctx._host.model.usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
        };
      }, "Worksheet.getUsedRange"),
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const s = this._ref.get();
        const rect = this._ctx._host.model.usedRect(s, valuesOnly);
        return rect ? { sheet: s, rect } : null;
      }, "Worksheet.getUsedRangeOrNullObject"),
    );
  }
  activate(): void {
    this._enqueue("activate", null, (s) => {
      if (s.visibility !== "Visible") throw invalidArgument("Worksheet.activate", "hidden worksheet");
      this._ctx._host.model.activeSheetId = s.id;
    });
  }
  /**
   * Deleting a sheet also ends its onChanged handlers: they belong to that worksheet object ("Occurs when data
   * changes in a specific worksheet", https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet),
   * not to its name — a new sheet of the same name starts with none.
   */
  delete(): void {
    this._enqueue("delete", null, (s) => {
      this._ctx._host.model.deleteSheet(liveSheet(this._ctx._host.model, s, "Worksheet.delete"));
      this._ctx._host.sheetHandlers.delete(s.id);
    });
  }
  calculate(_markAllDirty?: boolean): void {
    this._enqueue("calculate", null, () => undefined);
  }
}
defineProps(WorksheetProxy.prototype, Object.keys(PROPS));

export function worksheetProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>): WorksheetProxy {
  return guard(new WorksheetProxy(ctx, ref), "Worksheet");
}
