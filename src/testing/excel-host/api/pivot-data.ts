/** A PivotTable's data hierarchies (its values): add, caption, summarizeBy, remove. */
import { CollectionBase } from "../core/collection";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument, itemNotFound, notImplemented } from "../errors";
import { defaultSummarize } from "../model/pivot-aggregate";
import { renderPivot } from "../model/pivot-render";
import type { PivotDataField } from "../model/types";
import type { PivotEntity } from "./pivot";
import type { HierarchyProxy } from "./pivot-hierarchies";

interface DataEntity extends PivotEntity {
  data: PivotDataField;
}

const DATA: PropTable<DataEntity> = {
  id: { get: (e) => e.data.field },
  name: {
    get: (e, h) => e.data.name || defaultCaption(e, h.model.locale),
    set: (e, v) => {
      // Excel: "PivotTable field name already exists." — a data field may not be named like a field of the
      // source or another data field (case-insensitive).
      const name = String(v);
      const taken = [
        ...e.pivot.cache.headers,
        ...e.pivot.data.filter((d) => d !== e.data).map((d) => d.name || d.field),
      ];
      if (taken.some((t) => t.toLowerCase() === name.toLowerCase()) && name !== e.data.name) {
        throw invalidArgument("DataPivotHierarchy.name", `a field named "${name}" already exists`);
      }
      e.data.name = name;
      renderPivot(e.model, e.pivot);
    },
  },
  summarizeBy: {
    get: (e) => e.data.summarizeBy,
    set: (e, v) => {
      if (!["Sum", "Count", "Average", "Max", "Min", "CountNumbers", "Automatic"].includes(String(v))) {
        throw invalidArgument("DataPivotHierarchy.summarizeBy", String(v));
      }
      e.data.summarizeBy = v === "Automatic" ? defaultSummarize(e.pivot, e.data.field) : String(v);
      renderPivot(e.model, e.pivot);
    },
  },
  position: { get: (e) => e.pivot.data.indexOf(e.data) },
  numberFormat: { get: () => "General", set: () => notImplemented("DataPivotHierarchy.numberFormat (set)") },
};

function defaultCaption(e: DataEntity, locale: string): string {
  const zh = locale.toLowerCase().startsWith("zh");
  const c = e.data.summarizeBy === "Sum" ? (zh ? "求和项" : "Sum of") : zh ? "计数项" : "Count of";
  return zh ? `${c}:${e.data.field}` : `${c} ${e.data.field}`;
}

class DataHierarchyProxy extends ClientObjectBase<DataEntity> {
  get _type() {
    return "DataPivotHierarchy";
  }
  get _props() {
    return DATA;
  }
}
defineProps(DataHierarchyProxy.prototype, Object.keys(DATA));

export class DataHierarchyCollectionProxy extends CollectionBase<
  PivotEntity,
  DataEntity,
  DataHierarchyProxy
> {
  get _type() {
    return "DataPivotHierarchyCollection";
  }
  get _props(): PropTable<PivotEntity> {
    return {};
  }
  _entities(owner: PivotEntity): DataEntity[] {
    return owner.pivot.data.map((data) => ({ ...owner, data }));
  }
  _makeItem(ref: Ref<DataEntity>): DataHierarchyProxy {
    return guard(new DataHierarchyProxy(this._ctx, ref), "DataPivotHierarchy");
  }
  add(pivotHierarchy: HierarchyProxy): DataHierarchyProxy {
    const ref = new Ref<DataEntity>(() => null, "DataPivotHierarchyCollection.add");
    this._enqueue("add", null, (o) => {
      const h = pivotHierarchy._ref.get();
      const data: PivotDataField = {
        name: "",
        field: h.field,
        summarizeBy: defaultSummarize(o.pivot, h.field),
      };
      o.pivot.data.push(data);
      renderPivot(o.model, o.pivot);
      ref.bind({ ...o, data });
    });
    return this._makeItem(ref);
  }
  getItem(name: string): DataHierarchyProxy {
    const ref = new Ref<DataEntity>(() => {
      const o = this._ref.get();
      const hit = this._entities(o).find(
        (d) => d.data.name === name || d.data.field === name || defaultCaption(d, o.model.locale) === name,
      );
      if (!hit) throw itemNotFound("DataPivotHierarchyCollection.getItem", name);
      return hit;
    }, "DataPivotHierarchyCollection.getItem");
    this._ctx._enqueue("DataPivotHierarchyCollection.getItem", name, () => void ref.resolve());
    return this._makeItem(ref);
  }
  remove(hierarchy: DataHierarchyProxy): void {
    this._enqueue("remove", null, (o) => {
      const d = hierarchy._ref.get();
      o.pivot.data = o.pivot.data.filter((x) => x !== d.data);
      renderPivot(o.model, o.pivot);
    });
  }
}
