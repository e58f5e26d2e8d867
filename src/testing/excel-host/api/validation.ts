/** Range.dataValidation (ExcelApi 1.8). */
import { fullAddress } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps, snapshot } from "../core/proxy";
import { Ref } from "../core/ref";
import type { HostRuntime } from "../core/runtime";
import { invalidArgument, notImplemented } from "../errors";
import { RangeEntity, assertWritable, liveSheet } from "../model/cells";
import type { SheetModel, ValidationModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { EvalContext } from "../formula/evaluator";
import { parseFormula } from "../formula/parser";
import { Val, isError, isRange } from "../formula/values";
import { cellKey } from "../address";
import { listItems } from "./validation-check";

type RE = RangeEntity;
let nextId = 1;

const DEFAULT_ALERT = { style: "Stop", title: "", message: "", showAlert: true };
const DEFAULT_PROMPT = { title: "", message: "", showPrompt: false };

function blank(): ValidationModel {
  return {
    id: nextId++,
    rule: {},
    type: "None",
    errorAlert: { ...DEFAULT_ALERT },
    prompt: { ...DEFAULT_PROMPT },
    ignoreBlanks: true,
  };
}

/** Replaces each cell's validation with `fn(copy of its current one)`, sharing results per original object. */
function update(
  host: HostRuntime,
  e: RE,
  location: string,
  fn: (dv: ValidationModel) => ValidationModel,
): void {
  liveSheet(host.model, e.sheet, location);
  assertWritable(e.sheet, e.rect, "format", location);
  const mapped = new Map<ValidationModel | undefined, ValidationModel>();
  for (let i = 0; i < e.rect.rows; i++) {
    for (let j = 0; j < e.rect.cols; j++) {
      const key = cellKey(e.rect.row + i, e.rect.col + j);
      const cur = e.sheet.validations.get(key);
      let next = mapped.get(cur);
      if (!next) {
        next = fn(cur ? { ...snapshot(cur), id: nextId++ } : blank());
        mapped.set(cur, next);
      }
      e.sheet.validations.set(key, next);
    }
  }
}

function uniformDv(e: RE): ValidationModel | null | "mixed" {
  let first: ValidationModel | undefined | null = null;
  let n = 0;
  for (let i = 0; i < e.rect.rows; i++) {
    for (let j = 0; j < e.rect.cols; j++, n++) {
      const dv = e.sheet.validations.get(cellKey(e.rect.row + i, e.rect.col + j));
      if (n === 0) first = dv;
      else if (dv !== first) return "mixed";
    }
  }
  return first ?? null;
}

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

/**
 * A list source given as a formula must resolve, when it is set, to a range (an address, or a defined name that
 * refers to one). ListDataValidation.source is documented as "a Range object, or a string that contains a
 * comma-separated number, Boolean, or date"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation); Excel's own dialog
 * refuses "=UndefinedName" ("The source currently evaluates to an error"). The host refuses it like the API:
 * InvalidArgument, so a rule set before its name exists fails here as it would in Excel.
 */
function checkListSource(model: WorkbookModel, sheet: SheetModel, source: string): void {
  if (!source.startsWith("=")) return;
  let value: Val;
  try {
    value = new EvalContext(model, sheet.id, 0, 0).eval(parseFormula(source));
  } catch {
    throw invalidArgument("DataValidation.rule", `list.source ${source} is not a valid reference`);
  }
  if (isError(value) || !isRange(value))
    throw invalidArgument(
      "DataValidation.rule",
      `list.source ${source} does not refer to a range (${isError(value) ? value.code : "not a reference"})`,
    );
}

const PROPS: PropTable<RE> = {
  type: {
    get: (e) => {
      const dv = uniformDv(e);
      return dv === "mixed" ? "Inconsistent" : (dv?.type ?? "None");
    },
  },
  rule: {
    get: (e) => {
      const dv = uniformDv(e);
      return dv === "mixed" ? null : (dv?.rule ?? {});
    },
  },
  errorAlert: {
    get: (e) => {
      const dv = uniformDv(e);
      return dv === "mixed" ? null : (dv?.errorAlert ?? DEFAULT_ALERT);
    },
    set: (e, v, h) =>
      update(h, e, "DataValidation.errorAlert", (dv) => ({
        ...dv,
        errorAlert: { ...dv.errorAlert, ...(v as object) },
      })),
  },
  prompt: {
    get: (e) => {
      const dv = uniformDv(e);
      return dv === "mixed" ? null : (dv?.prompt ?? DEFAULT_PROMPT);
    },
    set: (e, v, h) =>
      update(h, e, "DataValidation.prompt", (dv) => ({ ...dv, prompt: { ...dv.prompt, ...(v as object) } })),
  },
  ignoreBlanks: {
    get: (e) => {
      const dv = uniformDv(e);
      return dv === "mixed" ? null : (dv?.ignoreBlanks ?? true);
    },
    set: (e, v, h) =>
      update(h, e, "DataValidation.ignoreBlanks", (dv) => ({ ...dv, ignoreBlanks: Boolean(v) })),
  },
  valid: {
    get: (e, h) => {
      for (let i = 0; i < e.rect.rows; i++) {
        for (let j = 0; j < e.rect.cols; j++) {
          const r = e.rect.row + i;
          const c = e.rect.col + j;
          const dv = e.sheet.validations.get(cellKey(r, c));
          if (!dv || dv.type === "None") continue;
          if (dv.type !== "List") notImplemented(`DataValidation.valid for ${dv.type} rules`);
          const v = h.model.cellValue(e.sheet.id, r, c);
          if (v === null || v === "") {
            if (!dv.ignoreBlanks) return false;
            continue;
          }
          const items = listItems(h.model, e.sheet, dv);
          if (!items.some((x) => x === String(v))) return false;
        }
      }
      return true;
    },
  },
};

export class DataValidationProxy extends ClientObjectBase<RE> {
  get _type() {
    return "DataValidation";
  }
  get _props() {
    return PROPS;
  }
  override _writeProp(name: string, value: unknown): void {
    if (name !== "rule") return super._writeProp(name, value);
    const rule = value as Record<string, unknown>;
    const keys = Object.keys(rule ?? {});
    if (keys.length !== 1 || !RULE_TYPES[keys[0]])
      throw invalidArgument("DataValidation.rule", JSON.stringify(keys));
    const kind = keys[0];
    const body = { ...(rule[kind] as Record<string, unknown>) };
    const src = body.source as unknown;
    const srcRange = src instanceof ClientObjectBase ? (src as ClientObjectBase<RE>) : null;
    if (srcRange) body.source = undefined;
    const payload = srcRange ? { [kind]: { ...body, source: "<Range>" } } : rule;
    this._loaded.rule = value;
    this._enqueue("rule(set)", payload, (e) => {
      const host = this._ctx._host;
      if (srcRange) {
        const s = srcRange._ref.get();
        body.source = "=" + fullAddress(s.sheet.name, s.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      }
      if (kind === "list") {
        if (typeof body.source !== "string" || body.source === "")
          throw invalidArgument("DataValidation.rule", "list.source");
        checkListSource(host.model, e.sheet, body.source);
        if (body.inCellDropDown === undefined) body.inCellDropDown = true;
      } else if (kind !== "custom") {
        notImplemented(`DataValidation rule type ${kind}`);
      }
      const existing = uniformDv(e);
      if (
        existing &&
        existing !== "mixed" &&
        existing.type !== "None" &&
        existing.type !== RULE_TYPES[kind]
      ) {
        throw invalidArgument(
          "DataValidation.rule",
          "the range already has a different validation rule; call clear() first",
        );
      }
      update(host, e, "DataValidation.rule", (dv) => ({
        ...dv,
        type: RULE_TYPES[kind],
        rule: { [kind]: snapshot(body) },
      }));
    });
  }
  clear(): void {
    this._enqueue("clear", null, (e) => {
      liveSheet(this._ctx._host.model, e.sheet, "DataValidation.clear");
      assertWritable(e.sheet, e.rect, "format", "DataValidation.clear");
      for (let i = 0; i < e.rect.rows; i++) {
        for (let j = 0; j < e.rect.cols; j++)
          e.sheet.validations.delete(cellKey(e.rect.row + i, e.rect.col + j));
      }
    });
  }
}
defineProps(DataValidationProxy.prototype, Object.keys(PROPS));

export function dataValidationProxy(ctx: RequestContextImpl, ref: Ref<RE>): DataValidationProxy {
  return guard(new DataValidationProxy(ctx, ref), "DataValidation");
}
