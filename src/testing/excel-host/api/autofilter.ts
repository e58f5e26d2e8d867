/** Table.autoFilter (ExcelApi 1.9): criteria per column, rows hidden by the host. */
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument } from "../errors";
import { applyTableFilters, bodyRect } from "../model/table-ops";
import type { TableFilterCriteria } from "../model/types";
import { assertWritable } from "../model/cells";
import { RangeProxy, rangeProxy } from "./range";
import type { TableEntity } from "./tables";

const PROPS: PropTable<TableEntity> = {
  enabled: { get: (e) => e.table.showFilterButton },
  isDataFiltered: { get: (e) => e.table.filters.size > 0 },
  criteria: {
    get: (e) =>
      Array.from(
        { length: e.table.columns.length },
        (_, i) => e.table.filters.get(i) ?? { filterOn: "Custom" },
      ),
  },
};

export class TableAutoFilterProxy extends ClientObjectBase<TableEntity> {
  get _type() {
    return "AutoFilter";
  }
  get _props() {
    return PROPS;
  }
  apply(range: RangeProxy | string, columnIndex?: number, criteria?: TableFilterCriteria): void {
    this._enqueue(
      "apply",
      { range: typeof range === "string" ? range : "<Range>", columnIndex, criteria },
      (e) => {
        const sheet = e.model.sheetById(e.table.sheetId);
        assertWritable(sheet, null, "autoFilter", "AutoFilter.apply");
        if (columnIndex === undefined || criteria === undefined) return;
        const offset = typeof range === "string" ? 0 : range._ref.get().rect.col - e.table.rect.col;
        const col = offset + columnIndex;
        if (col < 0 || col >= e.table.columns.length)
          throw invalidArgument("AutoFilter.apply", `columnIndex ${columnIndex}`);
        e.table.filters.set(col, { ...criteria });
        applyTableFilters(e.model, e.table);
      },
    );
  }
  clearCriteria(): void {
    this._enqueue("clearCriteria", null, (e) => {
      e.table.filters.clear();
      applyTableFilters(e.model, e.table);
    });
  }
  clearColumnCriteria(columnIndex: number): void {
    this._requires("1.14", "AutoFilter.clearColumnCriteria");
    this._enqueue("clearColumnCriteria", columnIndex, (e) => {
      e.table.filters.delete(columnIndex);
      applyTableFilters(e.model, e.table);
    });
  }
  reapply(): void {
    this._enqueue("reapply", null, (e) => applyTableFilters(e.model, e.table));
  }
  getRange(): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(
        () => ({
          sheet: this._ref.get().model.sheetById(this._ref.get().table.sheetId),
          rect: this._ref.get().table.rect,
        }),
        "AutoFilter.getRange",
      ),
    );
  }
  /** Body rows currently hidden by the filter (host helper, not Office.js). */
  _hiddenBodyRows(): number[] {
    const e = this._ref.get();
    const b = bodyRect(e.table);
    const sheet = e.model.sheetById(e.table.sheetId);
    return [...sheet.hiddenRows].filter((r) => r >= b.row && r < b.row + b.rows);
  }
}
defineProps(TableAutoFilterProxy.prototype, Object.keys(PROPS));

export function tableAutoFilterProxy(ctx: RequestContextImpl, ref: Ref<TableEntity>) {
  return guard(new TableAutoFilterProxy(ctx, ref), "AutoFilter");
}
