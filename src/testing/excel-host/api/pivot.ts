/** PivotTables (ExcelApi 1.8): the host computes and writes the report cells. */
import { parseAddress } from "../address";
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { cellKey } from "../address";
import { renderPivot } from "../model/pivot-render";
import { readPivotSource } from "../model/pivot-source";
import type { PivotModel, SheetModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import type { Scope } from "./names";
import { PivotEntity, PivotLayoutProxy, livePivot } from "./pivot-layout";
import { pivotHierarchyCollections } from "./pivot-hierarchies";
import { RangeProxy } from "./range";
import { TableProxy } from "./tables";
import { worksheetProxy } from "./worksheet";

export { livePivot, type PivotEntity } from "./pivot-layout";

const PROPS: PropTable<PivotEntity> = {
  id: { since: "1.5", get: (e) => e.pivot.id },
  name: {
    get: (e) => e.pivot.name,
    set: (e, v) => {
      if (e.model.pivots.some((p) => p !== e.pivot && p.name.toLowerCase() === String(v).toLowerCase())) {
        throw invalidArgument("PivotTable.name", `a PivotTable named "${String(v)}" already exists`);
      }
      e.pivot.name = String(v);
    },
  },
};

export class PivotTableProxy extends ClientObjectBase<PivotEntity> {
  get _type() {
    return "PivotTable";
  }
  get _props() {
    return PROPS;
  }
  override get _nav(): Record<string, () => ClientObjectBase<unknown>> {
    return {
      layout: () => this.layout,
      worksheet: () => this.worksheet,
      hierarchies: () => this.hierarchies,
      rowHierarchies: () => this.rowHierarchies,
      columnHierarchies: () => this.columnHierarchies,
      dataHierarchies: () => this.dataHierarchies,
      filterHierarchies: () => this.filterHierarchies,
    };
  }
  private derived(): Ref<PivotEntity> {
    return new Ref(
      () => {
        const e = this._ref.get();
        livePivot(e, "PivotTable");
        return e;
      },
      "PivotTable",
      true,
    );
  }
  private get parts() {
    return this._child("__parts", () => pivotHierarchyCollections(this._ctx, this.derived()));
  }
  get layout() {
    this._requires("1.8", "PivotTable.layout");
    return this._child("layout", () => guard(new PivotLayoutProxy(this._ctx, this.derived()), "PivotLayout"));
  }
  get worksheet() {
    return this._child("worksheet", () =>
      worksheetProxy(
        this._ctx,
        new Ref(() => this._ref.get().model.sheetById(this._ref.get().pivot.sheetId), "Worksheet", true),
      ),
    );
  }
  get hierarchies() {
    this._requires("1.8", "PivotTable.hierarchies");
    return this.parts.hierarchies;
  }
  get rowHierarchies() {
    this._requires("1.8", "PivotTable.rowHierarchies");
    return this.parts.rowHierarchies;
  }
  get columnHierarchies() {
    this._requires("1.8", "PivotTable.columnHierarchies");
    return this.parts.columnHierarchies;
  }
  get dataHierarchies() {
    this._requires("1.8", "PivotTable.dataHierarchies");
    return this.parts.dataHierarchies;
  }
  get filterHierarchies() {
    this._requires("1.8", "PivotTable.filterHierarchies");
    return this.parts.filterHierarchies;
  }
  refresh(): void {
    this._enqueue("refresh", null, (e) => {
      const p = livePivot(e, "PivotTable.refresh");
      p.cache = readPivotSource(e.model, p);
      renderPivot(e.model, p);
    });
  }
  delete(): void {
    this._requires("1.8", "PivotTable.delete");
    this._enqueue("delete", null, (e) => {
      const p = livePivot(e, "PivotTable.delete");
      const sheet = e.model.sheetById(p.sheetId);
      if (p.rendered) {
        for (let i = 0; i < p.rendered.rows; i++)
          for (let j = 0; j < p.rendered.cols; j++)
            sheet.cells.delete(cellKey(p.rendered.row + i, p.rendered.col + j));
      }
      e.model.pivots = e.model.pivots.filter((x) => x !== p);
      e.model.touch();
    });
  }
}
defineProps(PivotTableProxy.prototype, Object.keys(PROPS));

function resolveSource(
  model: WorkbookModel,
  source: RangeProxy | TableProxy | string,
  home: SheetModel | null,
): PivotModel["source"] {
  if (typeof source === "string") {
    const t = model.findTable(source);
    if (t) return { kind: "table", tableId: t.id };
    const p = parseAddress(source, "PivotTableCollection.add");
    const sheet = p.sheet
      ? model.sheetByName(p.sheet, "PivotTableCollection.add")
      : (home ?? model.sheetById(model.activeSheetId));
    return { kind: "range", sheetId: sheet.id, rect: p.rect };
  }
  if (source instanceof TableProxy) return { kind: "table", tableId: source._ref.get().table.id };
  const r = (source as RangeProxy)._ref.get();
  return { kind: "range", sheetId: r.sheet.id, rect: r.rect };
}

function resolveDestination(
  model: WorkbookModel,
  dest: RangeProxy | string,
  home: SheetModel | null,
): { sheet: SheetModel; row: number; col: number } {
  if (typeof dest === "string") {
    const p = parseAddress(dest, "PivotTableCollection.add");
    const sheet = p.sheet
      ? model.sheetByName(p.sheet, "PivotTableCollection.add")
      : (home ?? model.sheetById(model.activeSheetId));
    return { sheet, row: p.rect.row, col: p.rect.col };
  }
  const r = dest._ref.get();
  return { sheet: r.sheet, row: r.rect.row, col: r.rect.col };
}

export class PivotTableCollectionProxy extends CollectionBase<Scope, PivotEntity, PivotTableProxy> {
  get _type() {
    return "PivotTableCollection";
  }
  get _props(): PropTable<Scope> {
    return {};
  }
  private get model(): WorkbookModel {
    return this._ctx._host.model;
  }
  _entities(owner: Scope): PivotEntity[] {
    return this.model.pivots
      .filter((p) => !owner.sheet || p.sheetId === owner.sheet.id)
      .map((pivot) => ({ model: this.model, pivot }));
  }
  _makeItem(ref: Ref<PivotEntity>): PivotTableProxy {
    return guard(new PivotTableProxy(this._ctx, ref), "PivotTable");
  }
  add(
    name: string,
    source: RangeProxy | TableProxy | string,
    destination: RangeProxy | string,
  ): PivotTableProxy {
    this._requires("1.8", "PivotTableCollection.add");
    const ref = new Ref<PivotEntity>(() => null, "PivotTableCollection.add");
    const payload = {
      name,
      source: typeof source === "string" ? source : "<object>",
      destination: typeof destination === "string" ? destination : "<Range>",
    };
    this._enqueue("add", payload, (owner) => {
      const model = this.model;
      if (model.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw invalidArgument("PivotTableCollection.add", `a PivotTable named "${name}" already exists`);
      }
      const dest = resolveDestination(model, destination, owner.sheet);
      if (owner.sheet && dest.sheet !== owner.sheet)
        throw invalidArgument("PivotTableCollection.add", "destination is on another worksheet");
      if (dest.sheet.protection.protected)
        throw hostError(
          "AccessDenied",
          `Worksheet "${dest.sheet.name}" is protected.`,
          "PivotTableCollection.add",
        );
      const pivot: PivotModel = {
        id: model.newPivotId(),
        name,
        sheetId: dest.sheet.id,
        anchor: { row: dest.row, col: dest.col },
        source: resolveSource(model, source, owner.sheet),
        rows: [],
        columns: [],
        data: [],
        filters: [],
        manualFilters: new Map(),
        showRowGrandTotals: true,
        showColumnGrandTotals: true,
        layoutType: "Compact",
        cache: { headers: [], records: [] },
        rendered: null,
        dataBody: null,
      };
      pivot.cache = readPivotSource(model, pivot);
      if (model.tablesOverlapping(dest.sheet.id, { row: dest.row, col: dest.col, rows: 1, cols: 1 }).length) {
        throw hostError(
          "PivotTableRangeConflict",
          "A PivotTable cannot be placed over a table.",
          "PivotTableCollection.add",
        );
      }
      model.pivots.push(pivot);
      renderPivot(model, pivot);
      ref.bind({ model, pivot });
    });
    return this._makeItem(ref);
  }
  private lookup(name: string, orNull: boolean): PivotTableProxy {
    const label = orNull ? "getItemOrNullObject" : "getItem";
    const ref = new Ref<PivotEntity>(() => {
      const hit = this._entities(this._ref.get()).find(
        (e) => e.pivot.name.toLowerCase() === name.toLowerCase(),
      );
      if (!hit && !orNull) throw itemNotFound(`PivotTableCollection.${label}`, `PivotTable "${name}"`);
      return hit ?? null;
    }, `PivotTableCollection.${label}`);
    this._ctx._enqueue(`PivotTableCollection.${label}`, name, () => void ref.resolve());
    return this._makeItem(ref);
  }
  getItem(name: string): PivotTableProxy {
    return this.lookup(name, false);
  }
  getItemOrNullObject(name: string): PivotTableProxy {
    this._requires("1.4", "PivotTableCollection.getItemOrNullObject");
    return this.lookup(name, true);
  }
  getCount() {
    this._requires("1.4", "PivotTableCollection.getCount");
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (o) => r.set(this._entities(o).length));
    return r;
  }
  refreshAll(): void {
    this._enqueue("refreshAll", null, (o) => {
      for (const e of this._entities(o)) {
        e.pivot.cache = readPivotSource(e.model, e.pivot);
        renderPivot(e.model, e.pivot);
      }
    });
  }
}

export function pivotTableCollectionProxy(
  ctx: RequestContextImpl,
  ref: Ref<Scope>,
): PivotTableCollectionProxy {
  return guard(new PivotTableCollectionProxy(ctx, ref), "PivotTableCollection");
}
