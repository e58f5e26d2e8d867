/** A PivotTable's entity (model + pivot) and its layout: grand totals, layout type, report ranges. */
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument, itemNotFound } from "../errors";
import { renderPivot } from "../model/pivot-render";
import type { PivotModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { RangeProxy, rangeProxy } from "./range";

export interface PivotEntity {
  model: WorkbookModel;
  pivot: PivotModel;
}

export function livePivot(e: PivotEntity, location: string): PivotModel {
  if (!e.model.pivots.includes(e.pivot))
    throw itemNotFound(location, `PivotTable "${e.pivot.name}" was deleted`);
  return e.pivot;
}

function rerender(e: PivotEntity): void {
  renderPivot(e.model, livePivot(e, "PivotTable"));
}

const LAYOUT: PropTable<PivotEntity> = {
  layoutType: {
    get: (e) => e.pivot.layoutType,
    set: (e, v) => {
      if (!["Compact", "Tabular", "Outline"].includes(String(v)))
        throw invalidArgument("PivotLayout.layoutType", String(v));
      e.pivot.layoutType = String(v);
      rerender(e);
    },
  },
  showColumnGrandTotals: {
    get: (e) => e.pivot.showColumnGrandTotals,
    set: (e, v) => void ((e.pivot.showColumnGrandTotals = Boolean(v)), rerender(e)),
  },
  showRowGrandTotals: {
    get: (e) => e.pivot.showRowGrandTotals,
    set: (e, v) => void ((e.pivot.showRowGrandTotals = Boolean(v)), rerender(e)),
  },
};

export class PivotLayoutProxy extends ClientObjectBase<PivotEntity> {
  get _type() {
    return "PivotLayout";
  }
  get _props() {
    return LAYOUT;
  }
  private area(label: string, pick: (p: PivotModel) => PivotModel["rendered"]): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        const rect = pick(livePivot(e, `PivotLayout.${label}`));
        if (!rect) throw itemNotFound(`PivotLayout.${label}`, "the PivotTable has no such area yet");
        return { sheet: e.model.sheetById(e.pivot.sheetId), rect };
      }, `PivotLayout.${label}`),
    );
  }
  getRange(): RangeProxy {
    return this.area("getRange", (p) => p.rendered);
  }
  getDataBodyRange(): RangeProxy {
    return this.area("getDataBodyRange", (p) => p.dataBody);
  }
}
defineProps(PivotLayoutProxy.prototype, Object.keys(LAYOUT));
