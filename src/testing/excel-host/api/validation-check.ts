/** Evaluates list data-validation sources and checks values a person types. */
import { hostError } from "../errors";
import { EvalContext } from "../formula/evaluator";
import { parseFormula } from "../formula/parser";
import { isRange } from "../formula/values";
import type { SheetModel, ValidationModel } from "../model/types";
import type { WorkbookModel } from "../model/workbook-model";
import { cellKey } from "../address";

export function listItems(model: WorkbookModel, sheet: SheetModel, dv: ValidationModel): string[] {
  const list = dv.rule.list as { source?: string } | undefined;
  const source = list?.source ?? "";
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const ctx = new EvalContext(model, sheet.id, 0, 0);
  const v = ctx.eval(parseFormula(source));
  if (isRange(v))
    return ctx
      .grid(v)
      .flat()
      .filter((x) => x !== null)
      .map((x) => String(x));
  return [String(v)];
}

/** Rejects a typed value the way Excel's "Stop" alert would. */
export function checkTypedValue(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  value: unknown,
): void {
  const dv = sheet.validations.get(cellKey(row, col));
  if (!dv || dv.type !== "List" || !dv.errorAlert.showAlert || dv.errorAlert.style !== "Stop") return;
  if (value === "" || value === null) {
    if (dv.ignoreBlanks) return;
  } else if (listItems(model, sheet, dv).includes(String(value))) return;
  throw hostError(
    "InvalidArgument",
    dv.errorAlert.message || "此值与此单元格定义的数据验证限制不匹配。",
    "userEdit",
  );
}
