/** The words Excel writes into a PivotTable report: 行标签/Row Labels, 总计/Grand Total, data captions, (空白). */
import type { PivotDataField } from "./types";

/** A value of the pivot cache (a source cell's evaluated value). */
export type PivotValue = string | number | boolean | null;

/** The report's fixed words in the workbook's language. */
export function words(zh: boolean) {
  return zh
    ? {
        rows: "行标签",
        cols: "列标签",
        total: "总计",
        blank: "(空白)",
        all: "(全部)",
        multi: "(多项)",
        values: "数值",
      }
    : {
        rows: "Row Labels",
        cols: "Column Labels",
        total: "Grand Total",
        blank: "(blank)",
        all: "(All)",
        multi: "(Multiple Items)",
        values: "Values",
      };
}

const CAPTION_ZH: Record<string, string> = {
  Sum: "求和项",
  Count: "计数项",
  Average: "平均值项",
  Max: "最大值项",
  Min: "最小值项",
  CountNumbers: "计数项",
};
const CAPTION_EN: Record<string, string> = {
  Sum: "Sum of",
  Count: "Count of",
  Average: "Average of",
  Max: "Max of",
  Min: "Min of",
  CountNumbers: "Count of",
};

/** A data hierarchy's caption: its own name, else 求和项:字段 / "Sum of 字段" by its summary function. */
export function dataCaption(d: PivotDataField, zh: boolean): string {
  if (d.name) return d.name;
  return zh
    ? `${CAPTION_ZH[d.summarizeBy] ?? d.summarizeBy}:${d.field}`
    : `${CAPTION_EN[d.summarizeBy] ?? d.summarizeBy} ${d.field}`;
}

/** An item's label: the blank word for an empty value. */
export function label(v: PivotValue, blank: string): string {
  return v === null || v === "" ? blank : String(v);
}
