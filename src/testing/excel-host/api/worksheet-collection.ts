/** Excel.WorksheetCollection: add, getItem…, getActiveWorksheet, getCount, onChanged (all sheets). */
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientResultImpl, PropTable } from "../core/proxy";
import { Ref } from "../core/ref";
import { itemNotFound } from "../errors";
import type { SheetModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { eventHandlers } from "./events";
import { WorksheetProxy, worksheetProxy } from "./worksheet";

export class WorksheetCollectionProxy extends CollectionBase<WorkbookModel, SheetModel, WorksheetProxy> {
  get _type() {
    return "WorksheetCollection";
  }
  get _props(): PropTable<WorkbookModel> {
    return {};
  }
  _entities(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }
  _makeItem(ref: Ref<SheetModel>): WorksheetProxy {
    return worksheetProxy(this._ctx, ref);
  }
  add(name?: string): WorksheetProxy {
    const ref = new Ref<SheetModel>(() => null, "WorksheetCollection.add");
    this._enqueue("add", name ?? null, (m) => ref.bind(m.addSheet(name)));
    return this._makeItem(ref);
  }
  private lookup(key: string, orNull: boolean, label: string): WorksheetProxy {
    const ref = new Ref<SheetModel>(() => {
      const m = this._ref.get();
      const s = m.findSheet(key) ?? m.sheets.find((x) => x.id === key);
      if (!s && !orNull) throw itemNotFound(`WorksheetCollection.${label}`, `worksheet "${key}"`);
      return s ?? null;
    }, `WorksheetCollection.${label}`);
    this._ctx._enqueue(`WorksheetCollection.${label}`, key, () => void ref.resolve());
    return this._makeItem(ref);
  }
  getItem(key: string): WorksheetProxy {
    return this.lookup(key, false, "getItem");
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    this._requires("1.4", "WorksheetCollection.getItemOrNullObject");
    return this.lookup(key, true, "getItemOrNullObject");
  }
  getActiveWorksheet(): WorksheetProxy {
    return this._makeItem(
      new Ref(
        () => this._ref.get().sheetById(this._ref.get().activeSheetId),
        "WorksheetCollection.getActiveWorksheet",
      ),
    );
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    return this._makeItem(
      new Ref(
        () => this._ref.get().sheets.filter((s) => !visibleOnly || s.visibility === "Visible")[0],
        "WorksheetCollection.getFirst",
      ),
    );
  }
  getLast(visibleOnly = false): WorksheetProxy {
    return this._makeItem(
      new Ref(
        () =>
          this._ref
            .get()
            .sheets.filter((s) => !visibleOnly || s.visibility === "Visible")
            .slice(-1)[0],
        "WorksheetCollection.getLast",
      ),
    );
  }
  getCount(visibleOnly = false) {
    this._requires("1.4", "WorksheetCollection.getCount");
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", visibleOnly, (m) =>
      r.set(m.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length),
    );
    return r;
  }
  get onChanged() {
    this._requires("1.9", "WorksheetCollection.onChanged");
    return eventHandlers(this._ctx, () => this._ctx._host.workbookHandlers, "WorksheetCollection.onChanged");
  }
}

export function worksheetCollectionProxy(
  ctx: RequestContextImpl,
  ref: Ref<WorkbookModel>,
): WorksheetCollectionProxy {
  return guard(new WorksheetCollectionProxy(ctx, ref), "WorksheetCollection");
}
