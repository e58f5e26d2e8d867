/**
 * A sheet's look from its spec: style runs as range formats (later runs override earlier ones property by
 * property, as in Excel), column widths, row heights (autofit where the spec hints it), merges, freeze
 * panes, tab colour, gridlines and page setup. Operations grow with runs and columns, never with rows.
 */
import { CellStyle, PrintSetup, RangeRef, SheetSpec } from "../../core/ledger/types";
import { WriteBatch } from "./batch";

type Sheet = Excel.Worksheet;

export function rangeOf(sheet: Sheet, r: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols);
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Excel character units -> points (the ExcelJS/OOXML width: 7 px per unit plus 5 px padding, 0.75 pt/px). */
export function widthPoints(units: number): number {
  return Math.round((units * 7 + 5) * 0.75 * 100) / 100;
}

export async function applyStyle(b: WriteBatch, sheet: Sheet, r: RangeRef, s: CellStyle): Promise<void> {
  const range = rangeOf(sheet, r);
  const f = range.format;
  if (s.font) {
    const font = f.font;
    if (s.font.name !== undefined) font.name = s.font.name;
    if (s.font.size !== undefined) font.size = s.font.size;
    if (s.font.bold !== undefined) font.bold = s.font.bold;
    if (s.font.italic !== undefined) font.italic = s.font.italic;
    if (s.font.color !== undefined) font.color = s.font.color;
    b.op(5);
  }
  if (s.fill) {
    f.fill.color = s.fill;
    b.op();
  }
  const a = s.alignment;
  if (a) {
    if (a.horizontal) f.horizontalAlignment = H_ALIGN[a.horizontal];
    if (a.vertical) f.verticalAlignment = V_ALIGN[a.vertical];
    if (a.wrap !== undefined) f.wrapText = a.wrap;
    if (a.rotation !== undefined && b.caps.api("1.7"))
      f.textOrientation = a.rotation === "vertical" ? 180 : a.rotation;
    b.op(4);
  }
  if (s.border) {
    const edges: string[] = [...EDGES];
    if (r.rows > 1) edges.push("InsideHorizontal");
    if (r.cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = f.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = s.border.style === "medium" ? "Medium" : "Thin";
      border.color = s.border.color;
    }
    b.op(edges.length * 3);
  }
  if (s.numberFormat) {
    const formats = Array.from({ length: r.rows }, () =>
      Array.from({ length: r.cols }, () => s.numberFormat),
    );
    await b.room(r.rows * r.cols * (s.numberFormat.length + 3));
    range.numberFormat = formats;
  }
}

/** Consecutive equal numbers as [start index, count, value] runs. */
function runs(values: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, v]);
  });
  return out;
}

export async function dressSheet(b: WriteBatch, sheet: Sheet, s: SheetSpec, created: boolean): Promise<void> {
  const caps = b.caps;
  if (created && s.tabColor && caps.api("1.7")) sheet.tabColor = s.tabColor;
  if (caps.api("1.8")) sheet.showGridlines = s.showGridLines;
  const cols = [...s.columns].sort((x, y) => x.col - y.col);
  let i = 0;
  while (i < cols.length) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].col === cols[j].col + 1 && cols[j + 1].width === cols[i].width)
      j++;
    sheet.getRangeByIndexes(0, cols[i].col - 1, 1, j - i + 1).format.columnWidth = widthPoints(cols[i].width);
    b.op();
    i = j + 1;
  }
  for (const run of s.styles) await applyStyle(b, sheet, run.range, run.style);
  for (const h of s.rowHeights) {
    if (h.autofit) {
      sheet
        .getRangeByIndexes(h.row - 1, 0, h.heights.length, Math.max(1, s.columns.length))
        .format.autofitRows();
      b.op();
      continue;
    }
    for (const [start, count, pt] of runs(h.heights)) {
      sheet.getRangeByIndexes(h.row - 1 + start, 0, count, 1).format.rowHeight = pt;
      b.op();
    }
  }
  for (const m of s.merges) {
    rangeOf(sheet, m).merge(false);
    b.op();
  }
  if (s.freeze && caps.api("1.7")) {
    const { rows, cols: c } = s.freeze;
    if (rows > 0 && c > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, c));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (c > 0) sheet.freezePanes.freezeColumns(c);
    b.op();
  }
  if (caps.api("1.9")) pageSetup(b, sheet, s.print);
}

function pageSetup(b: WriteBatch, sheet: Sheet, p: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  layout.leftMargin = p.margins.left * 72;
  layout.rightMargin = p.margins.right * 72;
  layout.topMargin = p.margins.top * 72;
  layout.bottomMargin = p.margins.bottom * 72;
  layout.headerMargin = p.margins.header * 72;
  layout.footerMargin = p.margins.footer * 72;
  layout.centerHorizontally = p.horizontalCentered;
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  b.op(13);
}
