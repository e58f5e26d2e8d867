/** Excel.TableRowCollection and TableRow: add rows (at the end or at an index), getItemAt, delete rows. */
import type { RequestContextImpl } from "../core/context";
import { CollectionBase } from "../core/collection";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument, itemNotFound } from "../errors";
import { readValues, writeCells } from "../model/cells";
import { makeShift, shiftCells } from "../model/shift";
import { bodyRect, insertTableRows } from "../model/table-ops";
import { RangeProxy, rangeProxy } from "./range";
import { sheetOf } from "./table-columns";
import type { TableEntity } from "./tables";

interface RowEntity extends TableEntity {
  index: number;
}

function rowRect(e: RowEntity) {
  const b = bodyRect(e.table);
  if (e.index < 0 || e.index >= b.rows) throw itemNotFound("TableRow", `row ${e.index}`);
  return { ...b, row: b.row + e.index, rows: 1 };
}

const ROW: PropTable<RowEntity> = {
  index: { get: (e) => e.index },
  values: {
    get: (e) => readValues(e.model, { sheet: sheetOf(e), rect: rowRect(e) }),
    set: (e, v) =>
      writeCells(e.model, { sheet: sheetOf(e), rect: rowRect(e) }, v, "addin", "TableRow.values"),
  },
};

export class TableRowProxy extends ClientObjectBase<RowEntity> {
  get _type() {
    return "TableRow";
  }
  get _props() {
    return ROW;
  }
  getRange(): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(
        () => ({ sheet: sheetOf(this._ref.get()), rect: rowRect(this._ref.get()) }),
        "TableRow.getRange",
      ),
    );
  }
  delete(): void {
    this._enqueue("delete", null, (e) => deleteBodyRows(e, e.index, 1));
  }
}
defineProps(TableRowProxy.prototype, Object.keys(ROW));

function deleteBodyRows(e: TableEntity, index: number, count: number): void {
  const b = bodyRect(e.table);
  if (index < 0 || index + count > b.rows)
    throw invalidArgument("TableRowCollection.deleteRows", `${index}+${count}`);
  const rect = { ...b, row: b.row + index, rows: count };
  shiftCells(e.model, sheetOf(e), makeShift(rect, "Up"));
  e.model.recordChange({ sheetId: e.table.sheetId, rect, changeType: "CellDeleted", source: "addin" });
}

export class TableRowCollectionProxy extends CollectionBase<TableEntity, RowEntity, TableRowProxy> {
  get _type() {
    return "TableRowCollection";
  }
  get _props(): PropTable<TableEntity> {
    return { count: { get: (e) => bodyRect(e.table).rows } };
  }
  _entities(owner: TableEntity): RowEntity[] {
    return Array.from({ length: bodyRect(owner.table).rows }, (_, index) => ({ ...owner, index }));
  }
  _makeItem(ref: Ref<RowEntity>): TableRowProxy {
    return guard(new TableRowProxy(this._ctx, ref), "TableRow");
  }
  add(index?: number | null, values?: unknown[][] | null, alwaysInsert?: boolean): TableRowProxy {
    this._ctx._host.stats.tableRowAdds++;
    const ref = new Ref<RowEntity>(() => null, "TableRowCollection.add");
    this._enqueue("add", { index, values, alwaysInsert }, (o) => {
      const at = index ?? bodyRect(o.table).rows;
      insertTableRows(o.model, o.table, index ?? null, values ?? null);
      ref.bind({ ...o, index: at });
    });
    return this._makeItem(ref);
  }
  getItemAt(index: number): TableRowProxy {
    return this._makeItem(new Ref(() => ({ ...this._ref.get(), index }), "TableRowCollection.getItemAt"));
  }
  getCount() {
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (o) => r.set(bodyRect(o.table).rows));
    return r;
  }
  deleteRowsAt(index: number, count = 1): void {
    this._requires("1.16", "TableRowCollection.deleteRowsAt");
    this._enqueue("deleteRowsAt", { index, count }, (o) => deleteBodyRows(o, index, count));
  }
}

export function tableRowCollectionProxy(ctx: RequestContextImpl, ref: Ref<TableEntity>) {
  return guard(new TableRowCollectionProxy(ctx, ref), "TableRowCollection");
}
