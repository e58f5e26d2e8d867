/** Excel.TableCollection and Excel.Table proxies. */
import { parseAddress } from "../address";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { applyTableFilters, bodyRect, headerRect, resizeTable, validTableName } from "../model/table-ops";
import type { TableModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { tableAutoFilterProxy } from "./autofilter";
import { RangeProxy, rangeProxy } from "./range";
import { tableColumnCollectionProxy } from "./table-columns";
import { tableRowCollectionProxy } from "./table-rows";
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
