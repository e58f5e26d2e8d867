/** Summarising a data field's values (Sum, Count, Average…) and ordering a field's items, as Excel does. */
import { hostError } from "../errors";
import { type PivotValue, label } from "./pivot-labels";
import type { PivotModel } from "./types";

/** Sum when every present value of the field is a number, else Count (Excel's default for a new data field). */
export function defaultSummarize(p: PivotModel, field: string): string {
  const i = p.cache.headers.indexOf(field);
  const vals = p.cache.records.map((r) => r[i]).filter((v) => v !== null && v !== "");
  return vals.length > 0 && vals.every((v) => typeof v === "number") ? "Sum" : "Count";
}

/** `fn` over the present values; null where Excel shows an empty cell (Average, Max, Min of no number). */
export function aggregate(fn: string, values: PivotValue[]): number | null {
  const present = values.filter((v) => v !== null && v !== "");
  const nums = present.filter((v): v is number => typeof v === "number");
  switch (fn) {
    case "Count":
      return present.length;
    case "CountNumbers":
      return nums.length;
    case "Sum":
      return nums.reduce((a, b) => a + b, 0);
    case "Average":
      return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
    case "Max":
      return nums.length ? Math.max(...nums) : null;
    case "Min":
      return nums.length ? Math.min(...nums) : null;
  }
  throw hostError("NotImplemented", `Excel test host: pivot aggregation ${fn} is not implemented`);
}

/** The distinct items by label, numbers first (ascending), then text in the locale's order, blank last. */
export function sortItems(items: PivotValue[], blank: string, locale: string): PivotValue[] {
  const uniq = new Map<string, PivotValue>();
  for (const v of items) uniq.set(label(v, blank), v);
  return [...uniq.values()].sort((a, b) => {
    const ea = a === null || a === "";
    const eb = b === null || b === "";
    if (ea !== eb) return ea ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return String(a).localeCompare(String(b), locale);
  });
}
