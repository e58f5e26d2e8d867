/** Range.conditionalFormats (ExcelApi 1.6): cellValue, containsText and custom rules with font/fill formats. */
import { Rect, intersect } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, ClientResultImpl, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { CollectionBase } from "../core/collection";
import { hostError, itemNotFound, notImplemented } from "../errors";
import { RangeEntity, assertWritable, liveSheet } from "../model/cells";
import type { ConditionalFormatModel } from "../model/types";
import { CfEntity, CfTyped } from "./conditional-rule";
import { rangeProxy } from "./range";

let nextCf = 1;
const SUPPORTED: Record<string, string> = {
  CellValue: "cellValue",
  ContainsText: "textComparison",
  Custom: "custom",
};

const CF_PROPS: PropTable<CfEntity> = {
  id: { get: (e) => e.cf.id },
  type: { get: (e) => e.cf.type },
  priority: {
    get: (e) => e.cf.priority,
    set: (e, v) => {
      const list = [...e.sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .filter((x) => x !== e.cf);
      list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, e.cf);
      list.forEach((x, i) => (x.priority = i));
    },
  },
  stopIfTrue: { get: (e) => e.cf.stopIfTrue, set: (e, v) => void (e.cf.stopIfTrue = Boolean(v)) },
};

export class ConditionalFormatProxy extends ClientObjectBase<CfEntity> {
  get _type() {
    return "ConditionalFormat";
  }
  get _props() {
    return CF_PROPS;
  }
  override get _nav(): Record<string, () => ClientObjectBase<unknown>> {
    return {
      cellValue: () => this.cellValue,
      textComparison: () => this.textComparison,
      custom: () => this.custom,
      cellValueOrNullObject: () => this.cellValueOrNullObject,
      textComparisonOrNullObject: () => this.textComparisonOrNullObject,
      customOrNullObject: () => this.customOrNullObject,
    };
  }
  /**
   * The type-specific part (`custom`, `cellValue`, …) "if the current conditional format is a <type> type"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat). On a format of another
   * type Excel fails the whole request — "This operation is not permitted for the current object."
   * (InvalidOperation), also when it is only loaded through the collection's `items/custom/...`
   * (OfficeDev/office-js#2180); the `…OrNullObject` variants (ExcelApi 1.6) give a null object instead.
   */
  private typed(kind: string, orNull = false): CfTyped {
    const name = orNull ? `${kind}OrNullObject` : kind;
    return this._child(name, () =>
      guard(
        new CfTyped(
          this._ctx,
          new Ref(
            () => {
              const e = this._ref.get();
              if (SUPPORTED[e.cf.type] === kind) return e;
              if (orNull) return null;
              throw hostError(
                "InvalidOperation",
                `This operation is not permitted for the current object. (the format is of type ${e.cf.type})`,
                `ConditionalFormat.${kind}`,
              );
            },
            "ConditionalFormat",
            true,
          ),
          kind,
        ),
        "ConditionalFormat." + name,
      ),
    );
  }
  get cellValue(): CfTyped {
    return this.typed("cellValue");
  }
  get textComparison(): CfTyped {
    return this.typed("textComparison");
  }
  get custom(): CfTyped {
    return this.typed("custom");
  }
  get cellValueOrNullObject(): CfTyped {
    return this.typed("cellValue", true);
  }
  get textComparisonOrNullObject(): CfTyped {
    return this.typed("textComparison", true);
  }
  get customOrNullObject(): CfTyped {
    return this.typed("custom", true);
  }
  getRange() {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const e = this._ref.get();
        return { sheet: e.sheet, rect: e.cf.areas[0] };
      }, "ConditionalFormat.getRange"),
    );
  }
  delete(): void {
    this._enqueue("delete", null, (e) => {
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((x) => x !== e.cf);
    });
  }
}
defineProps(ConditionalFormatProxy.prototype, Object.keys(CF_PROPS));

/** `a` without the cells of `b`, as up to four rectangles (above, below, left, right). */
function subtractRect(a: Rect, b: Rect): Rect[] {
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  if (top >= bottom || left >= right) return [a];
  const out: Rect[] = [];
  if (a.row < top) out.push({ row: a.row, col: a.col, rows: top - a.row, cols: a.cols });
  if (bottom < a.row + a.rows)
    out.push({ row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols });
  if (a.col < left) out.push({ row: top, col: a.col, rows: bottom - top, cols: left - a.col });
  if (right < a.col + a.cols)
    out.push({ row: top, col: right, rows: bottom - top, cols: a.col + a.cols - right });
  return out;
}

function inRange(e: RangeEntity): ConditionalFormatModel[] {
  return e.sheet.conditionalFormats
    .filter((cf) => cf.areas.some((a: Rect) => intersect(a, e.rect)))
    .sort((a, b) => a.priority - b.priority);
}

export class ConditionalFormatCollectionProxy extends CollectionBase<
  RangeEntity,
  CfEntity,
  ConditionalFormatProxy
> {
  get _type() {
    return "ConditionalFormatCollection";
  }
  get _props(): PropTable<RangeEntity> {
    return {};
  }
  _entities(owner: RangeEntity): CfEntity[] {
    return inRange(owner).map((cf) => ({ sheet: owner.sheet, cf }));
  }
  _makeItem(ref: Ref<CfEntity>): ConditionalFormatProxy {
    return guard(new ConditionalFormatProxy(this._ctx, ref), "ConditionalFormat");
  }
  add(type: string): ConditionalFormatProxy {
    if (!SUPPORTED[type]) notImplemented(`conditional format type ${type}`);
    const ref = new Ref<CfEntity>(() => null, "ConditionalFormatCollection.add");
    this._enqueue("add", type, (owner) => {
      liveSheet(this._ctx._host.model, owner.sheet, "ConditionalFormatCollection.add");
      assertWritable(owner.sheet, owner.rect, "format", "ConditionalFormatCollection.add");
      for (const cf of owner.sheet.conditionalFormats) cf.priority++;
      const cf: ConditionalFormatModel = {
        id: `{CF-${nextCf++}}`,
        type,
        areas: [owner.rect],
        priority: 0,
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      owner.sheet.conditionalFormats.push(cf);
      ref.bind({ sheet: owner.sheet, cf });
    });
    return this._makeItem(ref);
  }
  getCount() {
    const result = new ClientResultImpl<number>();
    this._enqueue("getCount", null, (owner) => result.set(inRange(owner).length));
    return result;
  }
  getItem(id: string): ConditionalFormatProxy {
    return this.lookup(id, (owner) => inRange(owner).find((cf) => cf.id === id), false);
  }
  getItemAt(index: number): ConditionalFormatProxy {
    return this.lookup(String(index), (owner) => inRange(owner)[index], false);
  }
  private lookup(
    what: string,
    find: (o: RangeEntity) => ConditionalFormatModel | undefined,
    orNull: boolean,
  ): ConditionalFormatProxy {
    const ref = new Ref<CfEntity>(() => {
      const owner = this._ref.get();
      const cf = find(owner);
      if (!cf) {
        if (orNull) return null;
        throw itemNotFound("ConditionalFormatCollection.getItem", what);
      }
      return { sheet: owner.sheet, cf };
    }, "ConditionalFormatCollection.getItem");
    this._ctx._enqueue("ConditionalFormatCollection.getItem", what, () => ref.resolve());
    return this._makeItem(ref);
  }
  clearAll(): void {
    this._enqueue("clearAll", null, (owner) => {
      assertWritable(owner.sheet, owner.rect, "format", "ConditionalFormatCollection.clearAll");
      // Excel clears only the part inside the range: a rule that also covers cells outside keeps them.
      const hit = new Set(inRange(owner));
      for (const cf of hit) cf.areas = cf.areas.flatMap((a: Rect) => subtractRect(a, owner.rect));
      owner.sheet.conditionalFormats = owner.sheet.conditionalFormats.filter(
        (cf) => !hit.has(cf) || cf.areas.length > 0,
      );
    });
  }
}

export function conditionalFormatsProxy(
  ctx: RequestContextImpl,
  ref: Ref<RangeEntity>,
): ConditionalFormatCollectionProxy {
  return guard(new ConditionalFormatCollectionProxy(ctx, ref), "ConditionalFormatCollection");
}
