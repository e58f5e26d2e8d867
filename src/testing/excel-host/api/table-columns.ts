/** Table columns and rows. */
import type { RequestContextImpl } from "../core/context";
import { CollectionBase } from "../core/collection";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { hostError, itemNotFound } from "../errors";
import { readValues, writeCells } from "../model/cells";
import { makeShift, shiftCells } from "../model/shift";
import { applyTableFilters, bodyRect, insertTableColumn } from "../model/table-ops";
import type { TableFilterCriteria } from "../model/types";
import { RangeProxy, rangeProxy } from "./range";
import type { TableEntity } from "./tables";

interface ColumnEntity extends TableEntity {
  columnId: number;
}

function colIndex(e: ColumnEntity): number {
  const i = e.table.columns.findIndex((c) => c.id === e.columnId);
  if (i < 0 || !e.model.tables.includes(e.table)) throw itemNotFound("TableColumn", `column ${e.columnId}`);
  return i;
}

function columnRect(e: ColumnEntity) {
  return { ...e.table.rect, col: e.table.rect.col + colIndex(e), cols: 1 };
}

export function sheetOf(e: TableEntity) {
  return e.model.sheetById(e.table.sheetId);
}

const COLUMN: PropTable<ColumnEntity> = {
  id: { get: (e) => e.columnId },
  index: { get: (e) => colIndex(e) },
  name: {
    get: (e) => e.table.columns[colIndex(e)].name,
    set: (e, v) => {
      const i = colIndex(e);
      e.model.setCell(sheetOf(e), e.table.rect.row, e.table.rect.col + i, { value: String(v) });
    },
  },
  values: {
    get: (e) => readValues(e.model, { sheet: sheetOf(e), rect: columnRect(e) }),
    set: (e, v) =>
      writeCells(e.model, { sheet: sheetOf(e), rect: columnRect(e) }, v, "addin", "TableColumn.values"),
  },
};

export class TableColumnProxy extends ClientObjectBase<ColumnEntity> {
  get _type() {
    return "TableColumn";
  }
  get _props() {
    return COLUMN;
  }
  override get _nav() {
    return { filter: () => this.filter };
  }
  get filter() {
    return this._child("filter", () =>
      guard(new ColumnFilterProxy(this._ctx, new Ref(() => this._ref.get(), "Filter", true)), "Filter"),
    );
  }
  private part(
    label: string,
    pick: (e: ColumnEntity) => { row: number; col: number; rows: number; cols: number },
  ): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        return { sheet: sheetOf(e), rect: pick(e) };
      }, `TableColumn.${label}`),
    );
  }
  getRange() {
    return this.part("getRange", columnRect);
  }
  getDataBodyRange() {
    return this.part("getDataBodyRange", (e) => ({
      ...bodyRect(e.table),
      col: e.table.rect.col + colIndex(e),
      cols: 1,
    }));
  }
  getHeaderRowRange() {
    return this.part("getHeaderRowRange", (e) => ({ ...columnRect(e), rows: 1 }));
  }
  delete(): void {
    this._enqueue("delete", null, (e) => {
      const i = colIndex(e);
      if (e.table.columns.length === 1)
        throw hostError(
          "InvalidOperation",
          "Cannot delete the last column of a table.",
          "TableColumn.delete",
        );
      const rect = columnRect(e);
      const t = e.table;
      e.model.tables = e.model.tables.filter((x) => x !== t);
      try {
        shiftCells(e.model, sheetOf(e), makeShift(rect, "Left"));
      } finally {
        e.model.tables.push(t);
      }
      t.rect = { ...t.rect, cols: t.rect.cols - 1 };
      t.columns.splice(i, 1);
      t.filters.delete(i);
      for (const k of [...t.filters.keys()].sort((a, b) => a - b)) {
        if (k > i) {
          t.filters.set(k - 1, t.filters.get(k)!);
          t.filters.delete(k);
        }
      }
      e.model.recordChange({ sheetId: t.sheetId, rect, changeType: "CellDeleted", source: "addin" });
    });
  }
}
defineProps(TableColumnProxy.prototype, Object.keys(COLUMN));

class ColumnFilterProxy extends ClientObjectBase<ColumnEntity> {
  get _type() {
    return "Filter";
  }
  get _props(): PropTable<ColumnEntity> {
    return { criteria: { get: (e) => e.table.filters.get(colIndex(e)) ?? null } };
  }
  apply(criteria: TableFilterCriteria): void {
    this._enqueue("apply", criteria, (e) => {
      e.table.filters.set(colIndex(e), { ...criteria });
      applyTableFilters(e.model, e.table);
    });
  }
  applyValuesFilter(values: string[]): void {
    this.apply({ filterOn: "Values", values });
  }
  applyCustomFilter(criteria1: string, criteria2?: string, oper?: string): void {
    this.apply({ filterOn: "Custom", criterion1: criteria1, criterion2: criteria2, operator: oper });
  }
  clear(): void {
    this._enqueue("clear", null, (e) => {
      e.table.filters.delete(colIndex(e));
      applyTableFilters(e.model, e.table);
    });
  }
}
defineProps(ColumnFilterProxy.prototype, ["criteria"]);

export class TableColumnCollectionProxy extends CollectionBase<TableEntity, ColumnEntity, TableColumnProxy> {
  get _type() {
    return "TableColumnCollection";
  }
  get _props(): PropTable<TableEntity> {
    return { count: { get: (e) => e.table.columns.length } };
  }
  _entities(owner: TableEntity): ColumnEntity[] {
    return owner.table.columns.map((c) => ({ ...owner, columnId: c.id }));
  }
  _makeItem(ref: Ref<ColumnEntity>): TableColumnProxy {
    return guard(new TableColumnProxy(this._ctx, ref), "TableColumn");
  }
  private lookup(
    label: string,
    key: unknown,
    find: (o: TableEntity) => number | undefined,
    orNull = false,
  ): TableColumnProxy {
    const ref = new Ref<ColumnEntity>(() => {
      const owner = this._ref.get();
      const id = find(owner);
      if (id === undefined) {
        if (orNull) return null;
        throw itemNotFound(`TableColumnCollection.${label}`, `column ${String(key)}`);
      }
      return { ...owner, columnId: id };
    }, `TableColumnCollection.${label}`);
    this._ctx._enqueue(`TableColumnCollection.${label}`, key, () => void ref.resolve());
    return this._makeItem(ref);
  }
  private byKey(o: TableEntity, key: number | string): number | undefined {
    const low = String(key).toLowerCase();
    return o.table.columns.find(
      (c) => c.name.toLowerCase() === low || (typeof key === "number" && c.id === key),
    )?.id;
  }
  getItem(key: number | string): TableColumnProxy {
    return this.lookup("getItem", key, (o) => this.byKey(o, key));
  }
  getItemOrNullObject(key: number | string): TableColumnProxy {
    this._requires("1.4", "TableColumnCollection.getItemOrNullObject");
    return this.lookup("getItemOrNullObject", key, (o) => this.byKey(o, key), true);
  }
  getItemAt(index: number): TableColumnProxy {
    return this.lookup("getItemAt", index, (o) => o.table.columns[index]?.id);
  }
  getCount() {
    this._requires("1.4", "TableColumnCollection.getCount");
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (o) => r.set(o.table.columns.length));
    return r;
  }
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumnProxy {
    if (name !== undefined && name !== null) this._requires("1.4", "TableColumnCollection.add(name)");
    const ref = new Ref<ColumnEntity>(() => null, "TableColumnCollection.add");
    this._enqueue("add", { index, values, name }, (o) => {
      const i = insertTableColumn(o.model, o.table, index ?? null, values ?? null, name ?? null);
      ref.bind({ ...o, columnId: o.table.columns[i].id });
    });
    return this._makeItem(ref);
  }
}

export function tableColumnCollectionProxy(ctx: RequestContextImpl, ref: Ref<TableEntity>) {
  return guard(new TableColumnCollectionProxy(ctx, ref), "TableColumnCollection");
}
