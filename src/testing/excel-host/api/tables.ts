/** Excel.TableCollection and Excel.Table proxies. */
import { parseAddress } from "../address";
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { ClientObjectBase, ClientResultImpl, PropTable, Ref, defineProps, guard } from "../core/proxy";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { liveSheet } from "../model/cells";
import {
  applyTableFilters,
  bodyRect,
  createTable,
  headerRect,
  resizeTable,
  validTableName,
} from "../model/table-ops";
import type { TableModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { tableAutoFilterProxy } from "./autofilter";
import type { Scope } from "./names";
import { RangeProxy, rangeProxy } from "./range";
import { tableColumnCollectionProxy, tableRowCollectionProxy } from "./table-columns";
import { worksheetProxy } from "./worksheet";

export interface TableEntity {
  model: WorkbookModel;
  table: TableModel;
}

function live(e: TableEntity, location: string): TableModel {
  if (!e.model.tables.includes(e.table)) throw itemNotFound(location, `table "${e.table.name}" was deleted`);
  return e.table;
}

function flag(
  key:
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn",
  since?: string,
) {
  return {
    since,
    get: (e: TableEntity) => e.table[key],
    set: (e: TableEntity, v: unknown) => void (live(e, "Table")[key] = Boolean(v)),
  };
}

const PROPS: PropTable<TableEntity> = {
  id: { get: (e) => e.table.id },
  name: {
    get: (e) => e.table.name,
    set: (e, v) => {
      validTableName(e.model, String(v), e.table);
      e.table.name = String(v);
      e.model.touch();
    },
  },
  style: { get: (e) => e.table.style, set: (e, v) => void (e.table.style = String(v)) },
  showHeaders: {
    get: (e) => e.table.showHeaders,
    set: (e, v) => {
      if (Boolean(v) !== e.table.showHeaders)
        throw hostError("NotImplemented", "Excel test host: toggling Table.showHeaders is not implemented");
    },
  },
  showTotals: {
    get: (e) => e.table.showTotals,
    set: (e, v) => {
      if (Boolean(v) !== e.table.showTotals)
        throw hostError("NotImplemented", "Excel test host: toggling Table.showTotals is not implemented");
    },
  },
  showBandedRows: flag("showBandedRows"),
  showBandedColumns: flag("showBandedColumns"),
  showFilterButton: flag("showFilterButton", "1.3"),
  highlightFirstColumn: flag("highlightFirstColumn"),
  highlightLastColumn: flag("highlightLastColumn"),
};

export class TableProxy extends ClientObjectBase<TableEntity> {
  get _type() {
    return "Table";
  }
  get _props() {
    return PROPS;
  }
  override get _nav() {
    return {
      columns: () => this.columns,
      rows: () => this.rows,
      worksheet: () => this.worksheet,
      autoFilter: () => this.autoFilter,
    };
  }
  private derived(): Ref<TableEntity> {
    return new Ref(
      () => {
        const e = this._ref.get();
        live(e, "Table");
        return e;
      },
      "Table",
      true,
    );
  }
  get columns() {
    return this._child("columns", () => tableColumnCollectionProxy(this._ctx, this.derived()));
  }
  get rows() {
    return this._child("rows", () => tableRowCollectionProxy(this._ctx, this.derived()));
  }
  get worksheet() {
    return this._child("worksheet", () =>
      worksheetProxy(
        this._ctx,
        new Ref(() => this._ref.get().model.sheetById(this._ref.get().table.sheetId), "Worksheet", true),
      ),
    );
  }
  get autoFilter() {
    this._requires("1.9", "Table.autoFilter");
    return this._child("autoFilter", () => tableAutoFilterProxy(this._ctx, this.derived()));
  }
  private part(
    label: string,
    pick: (t: TableModel) => { row: number; col: number; rows: number; cols: number } | null,
  ): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        const t = live(e, `Table.${label}`);
        const rect = pick(t);
        if (!rect || rect.rows < 1) throw itemNotFound(`Table.${label}`, "the table has no such row");
        return { sheet: e.model.sheetById(t.sheetId), rect };
      }, `Table.${label}`),
    );
  }
  getRange() {
    return this.part("getRange", (t) => t.rect);
  }
  getDataBodyRange() {
    return this.part("getDataBodyRange", bodyRect);
  }
  getHeaderRowRange() {
    return this.part("getHeaderRowRange", headerRect);
  }
  getTotalRowRange() {
    return this.part("getTotalRowRange", (t) =>
      t.showTotals ? { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 } : null,
    );
  }
  resize(newRange: RangeProxy | string): void {
    this._requires("1.13", "Table.resize");
    this._enqueue("resize", typeof newRange === "string" ? newRange : null, (e) => {
      const t = live(e, "Table.resize");
      if (typeof newRange === "string") {
        const p = parseAddress(newRange, "Table.resize");
        if (p.sheet && p.sheet.toLowerCase() !== e.model.sheetById(t.sheetId).name.toLowerCase())
          throw invalidArgument("Table.resize", "other sheet");
        resizeTable(e.model, t, p.rect);
      } else {
        const r = newRange._ref.get();
        if (r.sheet.id !== t.sheetId) throw invalidArgument("Table.resize", "other sheet");
        resizeTable(e.model, t, r.rect);
      }
    });
  }
  delete(): void {
    this._enqueue("delete", null, (e) => {
      const t = live(e, "Table.delete");
      const sheet = e.model.sheetById(t.sheetId);
      for (let i = 0; i < t.rect.rows; i++)
        for (let j = 0; j < t.rect.cols; j++) e.model.setCell(sheet, t.rect.row + i, t.rect.col + j, null);
      const b = bodyRect(t);
      for (let r = b.row; r < b.row + b.rows; r++) sheet.hiddenRows.delete(r);
      e.model.tables = e.model.tables.filter((x) => x !== t);
      e.model.recordChange({ sheetId: sheet.id, rect: t.rect, changeType: "RangeEdited", source: "addin" });
      e.model.touch();
    });
  }
  convertToRange(): RangeProxy {
    this._requires("1.2", "Table.convertToRange");
    const ref = new Ref<{ sheet: ReturnType<WorkbookModel["sheetById"]>; rect: TableModel["rect"] }>(
      () => null,
      "Table.convertToRange",
    );
    this._enqueue("convertToRange", null, (e) => {
      const t = live(e, "Table.convertToRange");
      e.model.tables = e.model.tables.filter((x) => x !== t);
      // A PivotTable built on the table keeps working on the cells it covered, as a fixed range (Excel turns
      // the source "TableName" into "Sheet!$A$1:$D$9"); it no longer grows with the data.
      for (const p of e.model.pivots)
        if (p.source.kind === "table" && p.source.tableId === t.id)
          p.source = { kind: "range", sheetId: t.sheetId, rect: { ...t.rect } };
      ref.bind({ sheet: e.model.sheetById(t.sheetId), rect: t.rect });
    });
    return rangeProxy(this._ctx, ref);
  }
  clearFilters(): void {
    this._requires("1.2", "Table.clearFilters");
    this._enqueue("clearFilters", null, (e) => {
      live(e, "Table.clearFilters").filters.clear();
      applyTableFilters(e.model, e.table);
    });
  }
  reapplyFilters(): void {
    this._requires("1.2", "Table.reapplyFilters");
    this._enqueue("reapplyFilters", null, (e) => applyTableFilters(e.model, live(e, "Table.reapplyFilters")));
  }
}
defineProps(TableProxy.prototype, Object.keys(PROPS));

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
