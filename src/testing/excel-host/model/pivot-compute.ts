/** Computes a PivotTable's cells from its cache, the way Excel lays out a compact/tabular report. */
import { cellKey } from "../address";
import { hostError } from "../errors";
import { CellError } from "../formula/values";
import type { PivotDataField, PivotModel } from "./types";
import type { WorkbookModel } from "./workbook-model";

type Out = string | number | null;
type Rec = (string | number | boolean | null)[];

export interface PivotGrid {
  cells: Out[][];
  /** Relative position of the values area (including grand totals). */
  body: { row: number; col: number; rows: number; cols: number } | null;
}

function words(zh: boolean) {
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

export function defaultSummarize(p: PivotModel, field: string): string {
  const i = p.cache.headers.indexOf(field);
  const vals = p.cache.records.map((r) => r[i]).filter((v) => v !== null && v !== "");
  return vals.length > 0 && vals.every((v) => typeof v === "number") ? "Sum" : "Count";
}

export function dataCaption(d: PivotDataField, zh: boolean): string {
  if (d.name) return d.name;
  return zh
    ? `${CAPTION_ZH[d.summarizeBy] ?? d.summarizeBy}:${d.field}`
    : `${CAPTION_EN[d.summarizeBy] ?? d.summarizeBy} ${d.field}`;
}

function label(v: Rec[number], blank: string): string {
  return v === null || v === "" ? blank : String(v);
}

function aggregate(fn: string, values: Rec[number][]): number | null {
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

function sortItems(items: Rec[number][], blank: string, locale: string): Rec[number][] {
  const uniq = new Map<string, Rec[number]>();
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

export function computePivot(p: PivotModel, locale: string): PivotGrid {
  const zh = locale.toLowerCase().startsWith("zh");
  const w = words(zh);
  const idx = (f: string) => p.cache.headers.indexOf(f);
  let records = p.cache.records;
  for (const [field, selected] of p.manualFilters) {
    const i = idx(field);
    records = records.filter((r) => selected.includes(label(r[i], w.blank)));
  }
  if (p.columns.length > 1)
    throw hostError("NotImplemented", "Excel test host: more than one column hierarchy is not implemented");
  if (p.layoutType !== "Compact" && p.rows.length > 1) {
    throw hostError(
      "NotImplemented",
      `Excel test host: ${p.layoutType} layout with several row hierarchies is not implemented`,
    );
  }
  const cells: Out[][] = [];
  for (const f of p.filters) {
    const sel = p.manualFilters.get(f);
    cells.push([f, !sel ? w.all : sel.length === 1 ? sel[0] : w.multi]);
  }
  if (p.filters.length) cells.push([]);
  if (!p.rows.length && !p.columns.length && !p.data.length) return { cells, body: null };
  const top = cells.length;
  const colField = p.columns[0];
  const colItems = colField
    ? sortItems(
        records.map((r) => r[idx(colField)]),
        w.blank,
        locale,
      )
    : [];
  const data = p.data.length ? p.data : [];
  const values = (recs: Rec[]): Out[] => {
    if (!data.length) return [];
    if (colField) {
      // With several data hierarchies, Excel's Σ Values field is the innermost column field: each column
      // item shows every data hierarchy in turn, and the grand total has one column per data hierarchy.
      const out: Out[] = colItems.flatMap((ci) => {
        const sub = recs.filter((r) => label(r[idx(colField)], w.blank) === label(ci, w.blank));
        return data.map((d) =>
          sub.length
            ? aggregate(
                d.summarizeBy,
                sub.map((r) => r[idx(d.field)]),
              )
            : null,
        );
      });
      if (p.showRowGrandTotals)
        for (const d of data)
          out.push(
            aggregate(
              d.summarizeBy,
              recs.map((r) => r[idx(d.field)]),
            ),
          );
      return out;
    }
    return data.map((d) =>
      aggregate(
        d.summarizeBy,
        recs.map((r) => r[idx(d.field)]),
      ),
    );
  };
  const labelHeader = p.layoutType === "Compact" ? w.rows : (p.rows[0] ?? w.rows);
  if (colField && data.length > 1) {
    // Three header rows: 列标签; the column items (each over its data captions) and the grand total's
    // captions (总计 per data hierarchy: "<caption>汇总", "Total <caption>"); 行标签 and the data captions.
    const captions = data.map((d) => dataCaption(d, zh));
    cells.push([null, p.layoutType === "Compact" ? w.cols : colField]);
    cells.push([
      null,
      ...colItems.flatMap((c) => [label(c, w.blank), ...captions.slice(1).map(() => null)]),
      ...(p.showRowGrandTotals ? captions.map((c) => (zh ? `${c}汇总` : `Total ${c}`)) : []),
    ]);
    cells.push([
      p.rows.length ? labelHeader : null,
      ...colItems.flatMap(() => captions),
      ...(p.showRowGrandTotals ? captions.map(() => null) : []),
    ]);
  } else if (colField) {
    cells.push([
      dataCaption(data[0] ?? { name: "", field: "", summarizeBy: "Count" }, zh),
      p.layoutType === "Compact" ? w.cols : colField,
    ]);
    cells.push([
      p.rows.length ? labelHeader : null,
      ...colItems.map((c) => label(c, w.blank)),
      ...(p.showRowGrandTotals ? [w.total] : []),
    ]);
  } else {
    cells.push([...(p.rows.length ? [labelHeader] : []), ...data.map((d) => dataCaption(d, zh))]);
  }
  const bodyStart = cells.length;
  const walk = (recs: Rec[], depth: number): void => {
    const f = p.rows[depth];
    for (const item of sortItems(
      recs.map((r) => r[idx(f)]),
      w.blank,
      locale,
    )) {
      const sub = recs.filter((r) => label(r[idx(f)], w.blank) === label(item, w.blank));
      cells.push([typeof item === "number" ? item : label(item, w.blank), ...values(sub)]);
      if (depth + 1 < p.rows.length) walk(sub, depth + 1);
    }
  };
  if (p.rows.length) walk(records, 0);
  else if (colField) cells.push([null, ...values(records)]);
  if (p.rows.length && p.showColumnGrandTotals) cells.push([w.total, ...values(records)]);
  if (!p.rows.length && !colField) cells.push(values(records));
  const labelCols = p.rows.length || colField ? 1 : 0;
  const width = Math.max(...cells.slice(top).map((r) => r.length));
  return {
    cells,
    body: data.length
      ? { row: bodyStart, col: labelCols, rows: cells.length - bodyStart, cols: width - labelCols }
      : null,
  };
}

/** Re-renders the pivot's cells at its anchor, clearing what it rendered before. */
export function renderPivot(model: WorkbookModel, p: PivotModel): void {
  const sheet = model.sheetById(p.sheetId);
  if (p.rendered) {
    for (let i = 0; i < p.rendered.rows; i++)
      for (let j = 0; j < p.rendered.cols; j++)
        sheet.cells.delete(cellKey(p.rendered.row + i, p.rendered.col + j));
  }
  const grid = computePivot(p, model.locale);
  const rows = grid.cells.length;
  const cols = Math.max(1, ...grid.cells.map((r) => r.length));
  const rect = { row: p.anchor.row, col: p.anchor.col, rows: Math.max(rows, 1), cols };
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      if (sheet.cells.has(cellKey(rect.row + i, rect.col + j))) {
        throw hostError(
          "PivotTableRangeConflict",
          `PivotTable "${p.name}" would overwrite existing cells.`,
          "PivotTable",
        );
      }
    }
  }
  for (const other of model.pivots) {
    if (other !== p && other.sheetId === p.sheetId && other.rendered && overlaps(other.rendered, rect)) {
      throw hostError(
        "PivotTableRangeConflict",
        `PivotTable "${p.name}" would overlap "${other.name}".`,
        "PivotTable",
      );
    }
  }
  grid.cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== "") sheet.cells.set(cellKey(rect.row + i, rect.col + j), { value: v });
    }),
  );
  p.rendered = rect;
  p.dataBody = grid.body
    ? {
        row: rect.row + grid.body.row,
        col: rect.col + grid.body.col,
        rows: grid.body.rows,
        cols: grid.body.cols,
      }
    : null;
  model.touch();
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: typeof a): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Snapshot of the source's evaluated values (the pivot cache). */
export function readPivotSource(model: WorkbookModel, p: PivotModel): PivotModel["cache"] {
  let sheetId: string;
  let rect;
  if (p.source.kind === "table") {
    const tableId = p.source.tableId;
    const t = model.tables.find((x) => x.id === tableId);
    if (!t)
      throw hostError(
        "InvalidReference",
        `The PivotTable source table no longer exists.`,
        "PivotTable.refresh",
      );
    sheetId = t.sheetId;
    rect = t.rect;
  } else {
    sheetId = p.source.sheetId;
    rect = p.source.rect;
  }
  const rows: Rec[] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: Rec = [];
    for (let j = 0; j < rect.cols; j++) {
      const v = model.cellValue(sheetId, rect.row + i, rect.col + j);
      row.push(v instanceof CellError ? v.code : v);
    }
    rows.push(row);
  }
  const headers = (rows.shift() ?? []).map((h, j) => (h === null || h === "" ? `列${j + 1}` : String(h)));
  return { headers, records: rows };
}
