/** Pivot hierarchies on each axis, pivot fields and manual filters. */
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument, itemNotFound, notImplemented } from "../errors";
import { renderPivot } from "../model/pivot-render";
import type { PivotEntity } from "./pivot";
import { DataHierarchyCollectionProxy } from "./pivot-data";

type Axis = "rows" | "columns" | "filters";

interface HierEntity extends PivotEntity {
  field: string;
}

function render(e: PivotEntity): void {
  renderPivot(e.model, e.pivot);
}

const HIER: PropTable<HierEntity> = {
  id: { get: (e) => e.field },
  name: { get: (e) => e.field },
};

class PivotFieldProxy extends ClientObjectBase<HierEntity> {
  get _type() {
    return "PivotField";
  }
  get _props() {
    return HIER;
  }
  applyFilter(
    filter: { manualFilter?: { selectedItems: (string | { name: string })[] } } & Record<string, unknown>,
  ): void {
    this._requires("1.12", "PivotField.applyFilter");
    const kinds = Object.keys(filter ?? {});
    if (kinds.some((k) => k !== "manualFilter")) notImplemented(`PivotField.applyFilter(${kinds.join(",")})`);
    this._enqueue("applyFilter", filter, (e) => {
      const items = (filter.manualFilter?.selectedItems ?? []).map((x) =>
        typeof x === "string" ? x : x.name,
      );
      e.pivot.manualFilters.set(e.field, items);
      render(e);
    });
  }
  clearAllFilters(): void {
    this._requires("1.12", "PivotField.clearAllFilters");
    this._enqueue("clearAllFilters", null, (e) => {
      e.pivot.manualFilters.delete(e.field);
      render(e);
    });
  }
  clearFilter(filterType: string): void {
    this._requires("1.12", "PivotField.clearFilter");
    if (filterType !== "Manual") notImplemented(`PivotField.clearFilter(${filterType})`);
    this.clearAllFilters();
  }
}
defineProps(PivotFieldProxy.prototype, Object.keys(HIER));

class PivotFieldCollectionProxy extends CollectionBase<HierEntity, HierEntity, PivotFieldProxy> {
  get _type() {
    return "PivotFieldCollection";
  }
  get _props(): PropTable<HierEntity> {
    return {};
  }
  _entities(owner: HierEntity): HierEntity[] {
    return [owner];
  }
  _makeItem(ref: Ref<HierEntity>): PivotFieldProxy {
    return guard(new PivotFieldProxy(this._ctx, ref), "PivotField");
  }
  getItem(name: string): PivotFieldProxy {
    return this._makeItem(
      new Ref(() => {
        const o = this._ref.get();
        if (o.field.toLowerCase() !== name.toLowerCase())
          throw itemNotFound("PivotFieldCollection.getItem", name);
        return o;
      }, "PivotFieldCollection.getItem"),
    );
  }
}

export class HierarchyProxy extends ClientObjectBase<HierEntity> {
  constructor(
    ctx: RequestContextImpl,
    ref: Ref<HierEntity>,
    private readonly typeName: string,
    private readonly axis?: Axis,
  ) {
    super(ctx, ref);
  }
  get _type() {
    return this.typeName;
  }
  get _props(): PropTable<HierEntity> {
    const axis = this.axis;
    if (!axis) return HIER;
    return {
      ...HIER,
      position: {
        get: (e) => e.pivot[axis].indexOf(e.field),
        set: (e, v) => {
          const list = e.pivot[axis].filter((f) => f !== e.field);
          list.splice(Number(v), 0, e.field);
          e.pivot[axis] = list;
          render(e);
        },
      },
    };
  }
  override get _nav() {
    return { fields: () => this.fields };
  }
  get fields(): PivotFieldCollectionProxy {
    return this._child("fields", () =>
      guard(
        new PivotFieldCollectionProxy(
          this._ctx,
          new Ref(() => this._ref.get(), "PivotFieldCollection", true),
        ),
        "PivotFieldCollection",
      ),
    );
  }
  get position(): number {
    return this._readProp("position") as number;
  }
  set position(v: number) {
    this._writeProp("position", v);
  }
  get enableMultipleFilterItems(): boolean {
    return true;
  }
  set enableMultipleFilterItems(_v: boolean) {
    void _v;
  }
}
defineProps(HierarchyProxy.prototype, Object.keys(HIER));

class HierarchyCollectionProxy extends CollectionBase<PivotEntity, HierEntity, HierarchyProxy> {
  constructor(
    ctx: RequestContextImpl,
    ref: Ref<PivotEntity>,
    private readonly axis: Axis | null,
  ) {
    super(ctx, ref);
  }
  get _type() {
    return this.axis ? "RowColumnPivotHierarchyCollection" : "PivotHierarchyCollection";
  }
  get _props(): PropTable<PivotEntity> {
    return {};
  }
  _entities(owner: PivotEntity): HierEntity[] {
    const fields = this.axis ? owner.pivot[this.axis] : owner.pivot.cache.headers;
    return fields.map((field) => ({ ...owner, field }));
  }
  _makeItem(ref: Ref<HierEntity>): HierarchyProxy {
    const type = !this.axis
      ? "PivotHierarchy"
      : this.axis === "filters"
        ? "FilterPivotHierarchy"
        : "RowColumnPivotHierarchy";
    return guard(new HierarchyProxy(this._ctx, ref, type, this.axis ?? undefined), type);
  }
  private find(name: string, orNull: boolean): HierarchyProxy {
    const ref = new Ref<HierEntity>(() => {
      const hit = this._entities(this._ref.get()).find((h) => h.field.toLowerCase() === name.toLowerCase());
      if (!hit && !orNull) throw itemNotFound(`${this._type}.getItem`, `hierarchy "${name}"`);
      return hit ?? null;
    }, `${this._type}.getItem`);
    this._ctx._enqueue(`${this._type}.getItem`, name, () => void ref.resolve());
    return this._makeItem(ref);
  }
  getItem(name: string): HierarchyProxy {
    return this.find(name, false);
  }
  getItemOrNullObject(name: string): HierarchyProxy {
    return this.find(name, true);
  }
  getCount() {
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (o) => r.set(this._entities(o).length));
    return r;
  }
  add(pivotHierarchy: HierarchyProxy): HierarchyProxy {
    const axis = this.axis;
    if (!axis) return notImplemented("PivotHierarchyCollection.add");
    const ref = new Ref<HierEntity>(() => null, `${this._type}.add`);
    this._enqueue("add", null, (o) => {
      const h = pivotHierarchy._ref.get();
      if (h.pivot !== o.pivot) throw invalidArgument(`${this._type}.add`, "hierarchy of another PivotTable");
      if (
        o.pivot.rows.includes(h.field) ||
        o.pivot.columns.includes(h.field) ||
        o.pivot.filters.includes(h.field)
      ) {
        throw invalidArgument(`${this._type}.add`, `hierarchy "${h.field}" is already on an axis`);
      }
      o.pivot[axis].push(h.field);
      render(o);
      ref.bind({ ...o, field: h.field });
    });
    return this._makeItem(ref);
  }
  remove(hierarchy: HierarchyProxy): void {
    const axis = this.axis;
    if (!axis) return notImplemented("PivotHierarchyCollection.remove");
    this._enqueue("remove", null, (o) => {
      const h = hierarchy._ref.get();
      o.pivot[axis] = o.pivot[axis].filter((f) => f !== h.field);
      render(o);
    });
  }
}

export class PivotParts extends ClientObjectBase<PivotEntity> {
  get _type() {
    return "PivotTable";
  }
  get _props(): PropTable<PivotEntity> {
    return {};
  }
  private axis(name: string, axis: Axis | null) {
    return this._child(name, () =>
      guard(
        new HierarchyCollectionProxy(this._ctx, this._ref, axis),
        axis ? "RowColumnPivotHierarchyCollection" : "PivotHierarchyCollection",
      ),
    );
  }
  get hierarchies() {
    return this.axis("hierarchies", null);
  }
  get rowHierarchies() {
    return this.axis("rowHierarchies", "rows");
  }
  get columnHierarchies() {
    return this.axis("columnHierarchies", "columns");
  }
  get filterHierarchies() {
    return this.axis("filterHierarchies", "filters");
  }
  get dataHierarchies() {
    return this._child("dataHierarchies", () =>
      guard(new DataHierarchyCollectionProxy(this._ctx, this._ref), "DataPivotHierarchyCollection"),
    );
  }
  override toJSON(): Record<string, unknown> {
    return {};
  }
}

export function pivotHierarchyCollections(ctx: RequestContextImpl, ref: Ref<PivotEntity>): PivotParts {
  return new PivotParts(ctx, ref);
}
