/** Excel.Workbook proxy (context.workbook). */
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable } from "../core/proxy";
import { Ref } from "../core/ref";
import type { WorkbookModel } from "../model/workbook-model";
import { namedItemCollectionProxy } from "./names";
import { pivotTableCollectionProxy } from "./pivot";
import { RangeProxy, rangeProxy } from "./range";
import { tableCollectionProxy } from "./table-collection";
import { worksheetCollectionProxy } from "./worksheet-collection";

export class WorkbookProxy extends ClientObjectBase<WorkbookModel> {
  get _type() {
    return "Workbook";
  }
  get _props(): PropTable<WorkbookModel> {
    return {};
  }
  override get _nav() {
    return {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      names: () => this.names,
      pivotTables: () => this.pivotTables,
    };
  }
  get worksheets() {
    return this._child("worksheets", () => worksheetCollectionProxy(this._ctx, this._ref));
  }
  get tables() {
    return this._child("tables", () =>
      tableCollectionProxy(this._ctx, new Ref(() => ({ sheet: null }), "TableCollection", true)),
    );
  }
  get names() {
    return this._child("names", () =>
      namedItemCollectionProxy(this._ctx, new Ref(() => ({ sheet: null }), "NamedItemCollection", true)),
    );
  }
  get pivotTables() {
    this._requires("1.3", "Workbook.pivotTables");
    return this._child("pivotTables", () =>
      pivotTableCollectionProxy(this._ctx, new Ref(() => ({ sheet: null }), "PivotTableCollection", true)),
    );
  }
  getSelectedRange(): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const m = this._ref.get();
        const sheet = m.sheetById(m.activeSheetId);
        return { sheet, rect: sheet.selection };
      }, "Workbook.getSelectedRange"),
    );
  }
  getActiveCell(): RangeProxy {
    this._requires("1.7", "Workbook.getActiveCell");
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const m = this._ref.get();
        const sheet = m.sheetById(m.activeSheetId);
        return { sheet, rect: { ...sheet.selection, rows: 1, cols: 1 } };
      }, "Workbook.getActiveCell"),
    );
  }
}

export function workbookProxy(ctx: RequestContextImpl): WorkbookProxy {
  return guard(new WorkbookProxy(ctx, Ref.of(ctx._host.model, "Workbook")), "Workbook");
}
