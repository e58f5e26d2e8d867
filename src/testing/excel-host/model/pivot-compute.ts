/**
 * Computes a PivotTable's cells from its cache, the way Excel lays out a compact/tabular report. Its words are in
 * pivot-labels.ts, aggregation and item order in pivot-aggregate.ts; writing it into the sheet: pivot-render.ts.
 */
import { hostError } from "../errors";
import { aggregate, sortItems } from "./pivot-aggregate";
import { type PivotValue, dataCaption, label, words } from "./pivot-labels";
import type { PivotModel } from "./types";

type Out = string | number | null;
type Rec = PivotValue[];

export interface PivotGrid {
  cells: Out[][];
  /** Relative position of the values area (including grand totals). */
  body: { row: number; col: number; rows: number; cols: number } | null;
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
