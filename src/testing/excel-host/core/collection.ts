/** Base for collection proxies: `items` after load, "items/name" paths, item proxies bound to entities. */
import { notImplemented, propertyNotLoaded } from "../errors";
import { groupPaths } from "./load-spec";
import { ClientObjectBase } from "./proxy";
import { Ref } from "./ref";

export abstract class CollectionBase<
  Owner,
  E,
  I extends ClientObjectBase<E>,
> extends ClientObjectBase<Owner> {
  _items: I[] | undefined = undefined;

  /** Entities in collection order, at sync time. */
  abstract _entities(owner: Owner): E[];
  abstract _makeItem(ref: Ref<E>): I;

  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded(this._type, "items");
    return this._items;
  }

  _item(entity: E): I {
    return this._makeItem(Ref.of(entity, this._type));
  }

  private splitPaths(paths: string[]): { own: string[]; item: string[]; allItems: boolean } {
    const own: string[] = [];
    const item: string[] = [];
    let allItems = paths.length === 0;
    for (const p of paths) {
      if (p === "items") allItems = true;
      else if (p.startsWith("items/")) item.push(p.slice(6));
      else if (p in this._props) own.push(p);
      else item.push(p);
    }
    if (item.length) allItems = false;
    return { own, item, allItems };
  }

  override _checkPaths(paths: string[]): void {
    const { own, item } = this.splitPaths(paths);
    for (const p of own) {
      const def = this._props[p];
      if (def.since) this._requires(def.since, `${this._type}.${p}`, def.set_);
    }
    if (item.length) {
      const probe = this._makeItem(new Ref<E>(() => null, this._type));
      const { own: itemOwn } = groupPaths(item);
      for (const p of itemOwn)
        if (!(p in probe._props) && !(p in probe._nav)) notImplemented(`${probe._type}.${p} (load)`);
      probe._checkPaths(item);
    }
  }

  override _applyLoad(paths: string[]): void {
    const owner = this._ref.get();
    const { own, item, allItems } = this.splitPaths(paths);
    for (const p of paths.length === 0 ? Object.keys(this._props) : own) {
      this._loaded[p] = this._props[p].get(owner, this._ctx._host);
    }
    this._isNull = false;
    this._items = this._entities(owner).map((e) => this._item(e));
    for (const it of this._items) it._applyLoad(allItems ? [] : item);
  }

  override toJSON(): Record<string, unknown> {
    return { ...this._loaded, items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}
