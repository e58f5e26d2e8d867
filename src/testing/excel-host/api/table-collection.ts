/** Excel.TableCollection: add (over a range, with or without headers), getItem…, getCount. */
import { parseAddress } from "../address";
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientResultImpl, PropTable } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument, itemNotFound } from "../errors";
import { liveSheet } from "../model/cells";
import { createTable } from "../model/table-ops";
import type { WorkbookModel } from "../model/workbook-model";
import type { Scope } from "./names";
import type { RangeProxy } from "./range";
import { TableEntity, TableProxy } from "./tables";

export class TableCollectionProxy extends CollectionBase<Scope, TableEntity, TableProxy> {
  get _type() {
    return "TableCollection";
  }
  get _props(): PropTable<Scope> {
    return { count: { get: (o) => this._entities(o).length } };
  }
  private get model(): WorkbookModel {
    return this._ctx._host.model;
  }
  _entities(owner: Scope): TableEntity[] {
    return this.model.tables
      .filter((t) => !owner.sheet || t.sheetId === owner.sheet.id)
      .map((table) => ({ model: this.model, table }));
  }
  _makeItem(ref: Ref<TableEntity>): TableProxy {
    return guard(new TableProxy(this._ctx, ref), "Table");
  }
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const ref = new Ref<TableEntity>(() => null, "TableCollection.add");
    this._enqueue(
      "add",
      { address: typeof address === "string" ? address : "<Range>", hasHeaders },
      (owner) => {
        let sheet = owner.sheet;
        let rect;
        if (typeof address === "string") {
          const p = parseAddress(address, "TableCollection.add");
          if (p.sheet) {
            const named = this.model.sheetByName(p.sheet, "TableCollection.add");
            if (sheet && named !== sheet)
              throw invalidArgument("TableCollection.add", "address is on another worksheet");
            sheet = named;
          }
          sheet = sheet ?? this.model.sheetById(this.model.activeSheetId);
          rect = p.rect;
        } else {
          const r = address._ref.get();
          if (sheet && r.sheet !== sheet)
            throw invalidArgument("TableCollection.add", "range is on another worksheet");
          sheet = r.sheet;
          rect = r.rect;
        }
        const table = createTable(
          this.model,
          liveSheet(this.model, sheet, "TableCollection.add"),
          rect,
          hasHeaders,
        );
        ref.bind({ model: this.model, table });
      },
    );
    return this._makeItem(ref);
  }
  private lookup(key: string, orNull: boolean): TableProxy {
    const label = orNull ? "getItemOrNullObject" : "getItem";
    const ref = new Ref<TableEntity>(() => {
      const hit = this._entities(this._ref.get()).find(
        (e) => e.table.name.toLowerCase() === String(key).toLowerCase() || e.table.id === String(key),
      );
      if (!hit && !orNull) throw itemNotFound(`TableCollection.${label}`, `table "${key}"`);
      return hit ?? null;
    }, `TableCollection.${label}`);
    this._ctx._enqueue(`TableCollection.${label}`, key, () => void ref.resolve());
    return this._makeItem(ref);
  }
  getItem(key: string): TableProxy {
    return this.lookup(key, false);
  }
  getItemOrNullObject(key: string): TableProxy {
    this._requires("1.4", "TableCollection.getItemOrNullObject");
    return this.lookup(key, true);
  }
  getItemAt(index: number): TableProxy {
    return this._makeItem(
      new Ref(() => {
        const hit = this._entities(this._ref.get())[index];
        if (!hit) throw itemNotFound("TableCollection.getItemAt", String(index));
        return hit;
      }, "TableCollection.getItemAt"),
    );
  }
  getCount() {
    this._requires("1.4", "TableCollection.getCount");
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (owner) => r.set(this._entities(owner).length));
    return r;
  }
}

export function tableCollectionProxy(ctx: RequestContextImpl, ref: Ref<Scope>): TableCollectionProxy {
  return guard(new TableCollectionProxy(ctx, ref), "TableCollection");
}
