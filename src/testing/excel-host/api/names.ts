/** Workbook/worksheet names (NamedItemCollection, NamedItem). */
import { fullAddress, tryParseLocal, splitSheet } from "../address";
import { CollectionBase } from "../core/collection";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { EvalContext } from "../formula/evaluator";
import { parseFormula } from "../formula/parser";
import { isRange } from "../formula/values";
import { toApiValue } from "../model/cells";
import { validateFormula } from "../model/input";
import type { NameModel, SheetModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { RangeProxy, rangeProxy } from "./range";

export interface Scope {
  sheet: SheetModel | null;
}

interface NameEntity {
  model: WorkbookModel;
  name: NameModel;
}

function evalName(e: NameEntity) {
  const home = e.name.scopeSheetId ?? e.model.sheets[0].id;
  const ctx = new EvalContext(e.model, home, 0, 0);
  if (!e.name.formula.startsWith("=")) return { ctx, value: e.name.formula };
  return { ctx, value: ctx.eval(parseFormula(e.name.formula)) };
}

function nameType(e: NameEntity): string {
  const { value } = evalName(e);
  if (isRange(value)) return "Range";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value !== null && typeof value === "object") return "Error";
  return "String";
}

const PROPS: PropTable<NameEntity> = {
  name: { get: (e) => e.name.name },
  type: { get: (e) => nameType(e) },
  scope: { since: "1.4", get: (e) => (e.name.scopeSheetId ? "Worksheet" : "Workbook") },
  comment: { since: "1.4", get: (e) => e.name.comment, set: (e, v) => void (e.name.comment = String(v)) },
  visible: { get: (e) => e.name.visible, set: (e, v) => void (e.name.visible = Boolean(v)) },
  formula: {
    since: "1.7",
    get: (e) => e.name.formula,
    set: (e, v) => {
      validateFormula(String(v), "NamedItem.formula");
      e.name.formula = String(v);
      e.model.touch();
    },
  },
  value: {
    get: (e) => {
      const { value } = evalName(e);
      if (isRange(value))
        return fullAddress(e.model.sheetById(value.sheetId).name, value.rect).replace(
          /([A-Z]+)(\d+)/g,
          "$$$1$$$2",
        );
      return toApiValue(value);
    },
  },
};

export class NamedItemProxy extends ClientObjectBase<NameEntity> {
  get _type() {
    return "NamedItem";
  }
  get _props() {
    return PROPS;
  }
  private range(orNull: boolean): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        const { value } = evalName(e);
        if (!isRange(value)) {
          if (orNull) return null;
          throw hostError(
            "InvalidOperation",
            `Name "${e.name.name}" does not refer to a range.`,
            "NamedItem.getRange",
          );
        }
        return { sheet: e.model.sheetById(value.sheetId), rect: value.rect };
      }, "NamedItem.getRange"),
    );
  }
  getRange(): RangeProxy {
    return this.range(false);
  }
  getRangeOrNullObject(): RangeProxy {
    this._requires("1.4", "NamedItem.getRangeOrNullObject");
    return this.range(true);
  }
  delete(): void {
    this._requires("1.4", "NamedItem.delete");
    this._enqueue("delete", null, (e) => {
      e.model.names = e.model.names.filter((n) => n !== e.name);
      e.model.touch();
    });
  }
}
defineProps(NamedItemProxy.prototype, Object.keys(PROPS));

function validName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (tryParseLocal(name) || /^[rc]$/i.test(name) || /^R\d*C\d*$/i.test(name)) return false;
  return name.length <= 255;
}

export class NamedItemCollectionProxy extends CollectionBase<Scope, NameEntity, NamedItemProxy> {
  get _type() {
    return "NamedItemCollection";
  }
  get _props(): PropTable<Scope> {
    return {};
  }
  private get model(): WorkbookModel {
    return this._ctx._host.model;
  }
  _entities(owner: Scope): NameEntity[] {
    const id = owner.sheet?.id ?? null;
    return this.model.names.filter((n) => n.scopeSheetId === id).map((name) => ({ model: this.model, name }));
  }
  _makeItem(ref: Ref<NameEntity>): NamedItemProxy {
    return guard(new NamedItemProxy(this._ctx, ref), "NamedItem");
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._requires("1.4", "NamedItemCollection.add");
    const ref = new Ref<NameEntity>(() => null, "NamedItemCollection.add");
    const payload = { name, reference: typeof reference === "string" ? reference : "<Range>", comment };
    this._enqueue("add", payload, (owner) => {
      let formula: string;
      if (typeof reference === "string") {
        const { local } = splitSheet(reference);
        formula = reference.startsWith("=") ? reference : tryParseLocal(local) ? `=${reference}` : reference;
      } else {
        const r = reference._ref.get();
        formula = "=" + fullAddress(r.sheet.name, r.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      }
      this.addName(owner, name, formula, comment ?? "");
      ref.bind({ model: this.model, name: this.model.names[this.model.names.length - 1] });
    });
    return this._makeItem(ref);
  }
  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemProxy {
    this._requires("1.7", "NamedItemCollection.addFormulaLocal");
    const ref = new Ref<NameEntity>(() => null, "NamedItemCollection.addFormulaLocal");
    this._enqueue("addFormulaLocal", { name, formula, comment }, (owner) => {
      this.addName(owner, name, formula, comment ?? "");
      ref.bind({ model: this.model, name: this.model.names[this.model.names.length - 1] });
    });
    return this._makeItem(ref);
  }
  private addName(owner: Scope, name: string, formula: string, comment: string): void {
    if (!validName(name)) throw invalidArgument("NamedItemCollection.add", `invalid name "${name}"`);
    const scope = owner.sheet?.id ?? null;
    if (
      this.model.names.some((n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase())
    ) {
      throw hostError("ItemAlreadyExists", `The name "${name}" already exists.`, "NamedItemCollection.add");
    }
    if (formula.startsWith("=")) validateFormula(formula, "NamedItemCollection.add");
    this.model.names.push({ name, formula, comment, visible: true, scopeSheetId: scope });
    this.model.touch();
  }
  private lookup(name: string, orNull: boolean): NamedItemProxy {
    const label = orNull ? "getItemOrNullObject" : "getItem";
    const ref = new Ref<NameEntity>(() => {
      const hit = this._entities(this._ref.get()).find(
        (e) => e.name.name.toLowerCase() === name.toLowerCase(),
      );
      if (!hit && !orNull) throw itemNotFound(`NamedItemCollection.${label}`, `name "${name}"`);
      return hit ?? null;
    }, `NamedItemCollection.${label}`);
    this._ctx._enqueue(`NamedItemCollection.${label}`, name, () => void ref.resolve());
    return this._makeItem(ref);
  }
  getItem(name: string): NamedItemProxy {
    return this.lookup(name, false);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    this._requires("1.4", "NamedItemCollection.getItemOrNullObject");
    return this.lookup(name, true);
  }
  getCount() {
    this._requires("1.4", "NamedItemCollection.getCount");
    const r = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (owner) => r.set(this._entities(owner).length));
    return r;
  }
}

export function namedItemCollectionProxy(ctx: RequestContextImpl, ref: Ref<Scope>): NamedItemCollectionProxy {
  return guard(new NamedItemCollectionProxy(ctx, ref), "NamedItemCollection");
}
