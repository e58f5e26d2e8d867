/** The parts of a conditional format: its typed rule (cellValue / textComparison / custom) and font/fill format. */
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { notImplemented } from "../errors";
import type { ConditionalFormatModel, SheetModel } from "../model/types";
import { validateFormula } from "../model/input";

export interface CfEntity {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

type FormatKey = keyof ConditionalFormatModel["format"];
function fmtProp(key: FormatKey): PropTable<CfEntity>[string] {
  return { get: (e) => e.cf.format[key] ?? null, set: (e, v) => void (e.cf.format[key] = v as never) };
}

const FONT: PropTable<CfEntity> = {
  color: fmtProp("fontColor"),
  bold: fmtProp("bold"),
  italic: fmtProp("italic"),
  strikethrough: fmtProp("strikethrough"),
};
const FILL: PropTable<CfEntity> = { color: fmtProp("fill") };

class CfFont extends ClientObjectBase<CfEntity> {
  get _type() {
    return "ConditionalRangeFont";
  }
  get _props() {
    return FONT;
  }
}
defineProps(CfFont.prototype, Object.keys(FONT));

class CfFill extends ClientObjectBase<CfEntity> {
  get _type() {
    return "ConditionalRangeFill";
  }
  get _props() {
    return FILL;
  }
  clear(): void {
    this._enqueue("clear", null, (e) => void (e.cf.format.fill = undefined));
  }
}
defineProps(CfFill.prototype, Object.keys(FILL));

class CfRangeFormat extends ClientObjectBase<CfEntity> {
  get _type() {
    return "ConditionalRangeFormat";
  }
  get _props(): PropTable<CfEntity> {
    return {};
  }
  override get _nav() {
    return { font: () => this.font, fill: () => this.fill };
  }
  get font(): CfFont {
    return this._child("font", () =>
      guard(new CfFont(this._ctx, new Ref(() => this._ref.get(), "CF", true)), "ConditionalRangeFont"),
    );
  }
  get fill(): CfFill {
    return this._child("fill", () =>
      guard(new CfFill(this._ctx, new Ref(() => this._ref.get(), "CF", true)), "ConditionalRangeFill"),
    );
  }
}

const FORMULA_RULE: PropTable<CfEntity> = {
  formula: {
    get: (e) => e.cf.rule.formula ?? null,
    set: (e, v) => {
      validateFormula(String(v), "ConditionalFormatRule.formula");
      e.cf.rule.formula = v;
    },
  },
  formulaLocal: { get: (e) => e.cf.rule.formula ?? null, set: (e, v) => void (e.cf.rule.formula = v) },
};

class CfFormulaRule extends ClientObjectBase<CfEntity> {
  get _type() {
    return "ConditionalFormatRule";
  }
  get _props() {
    return FORMULA_RULE;
  }
}
defineProps(CfFormulaRule.prototype, Object.keys(FORMULA_RULE));

/** cellValue / textComparison / custom sub-object; `rule` is a plain value except for custom. */
export class CfTyped extends ClientObjectBase<CfEntity> {
  constructor(
    ctx: RequestContextImpl,
    ref: Ref<CfEntity>,
    private readonly kind: string,
  ) {
    super(ctx, ref);
  }
  get _type() {
    return this.kind === "custom"
      ? "CustomConditionalFormat"
      : this.kind === "cellValue"
        ? "CellValueConditionalFormat"
        : "TextConditionalFormat";
  }
  get _props(): PropTable<CfEntity> {
    if (this.kind === "custom") return {};
    return {
      rule: {
        get: (e) => e.cf.rule,
        set: (e, v) => {
          const rule = { ...(v as Record<string, unknown>) };
          for (const k of ["formula1", "formula2"]) {
            const f = rule[k];
            if (typeof f === "string" && f.startsWith("=")) validateFormula(f, `${this._type}.rule`);
          }
          e.cf.rule = rule;
        },
      },
    };
  }
  override get _nav(): Record<string, () => ClientObjectBase<unknown>> {
    const nav: Record<string, () => ClientObjectBase<unknown>> = { format: () => this.format };
    if (this.kind === "custom") nav.rule = () => this.customRule;
    return nav;
  }
  get format(): CfRangeFormat {
    return this._child("format", () =>
      guard(
        new CfRangeFormat(this._ctx, new Ref(() => this._ref.get(), "CF", true)),
        "ConditionalRangeFormat",
      ),
    );
  }
  private get customRule(): CfFormulaRule {
    return this._child("rule", () =>
      guard(
        new CfFormulaRule(this._ctx, new Ref(() => this._ref.get(), "CF", true)),
        "ConditionalFormatRule",
      ),
    );
  }
  get rule(): unknown {
    if (this.kind === "custom") return this.customRule;
    return this._readProp("rule");
  }
  set rule(v: unknown) {
    if (this.kind === "custom")
      notImplemented("CustomConditionalFormat.rule (set); set rule.formula instead");
    this._writeProp("rule", v);
  }
}
