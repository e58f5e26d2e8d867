/**
 * Cell writes into one worksheet's XML: the row and the cell are found or made in their place (rows and cells
 * stay in order), the value replaces the old one (text appended to the shared strings: shared-strings.ts),
 * and the cell keeps its style — a new cell takes its row's or column's — with an optional hint on top.
 */
import { parseRef, refOf } from "./cell-ref";
import { children, element } from "./package";
import { SharedStrings } from "./shared-strings";
import { StyleBook } from "./styles";
import { PatchValue, StyleHint } from "./types";

export interface PlacedWrite {
  row: number;
  col: number;
  value?: PatchValue;
  style?: StyleHint;
}

export interface SheetContext {
  styles: StyleBook | null;
  strings: SharedStrings;
  /** The workbook counts dates from 1904 (workbookPr date1904). */
  date1904: boolean;
}

export type CellsOutcome = { ok: true; formulasChanged: boolean } | { ok: false; message: string };

const BEFORE_SHEET_DATA = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"];
const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export function writeCells(doc: Document, writes: readonly PlacedWrite[], ctx: SheetContext): CellsOutcome {
  const root = doc.documentElement;
  const data = sheetData(doc);
  const rows = numberRows(data);
  let formulasChanged = false;
  let bounds: Bounds | null = null;
  for (const w of writes) {
    const row = rows.get(w.row) ?? newRow(doc, data, rows, w.row);
    const cell = findCell(row, w.col) ?? newCell(doc, root, row, w.row, w.col);
    const f = children(cell, "f")[0];
    if (w.value !== undefined && f) {
      const ref = f.getAttribute("ref");
      if (
        ref &&
        ref !== refOf(w.row, w.col) &&
        (f.getAttribute("t") === "shared" || f.getAttribute("t") === "array")
      ) {
        return { ok: false, message: `${refOf(w.row, w.col)} 是一组共享或数组公式的起点，不能单独改写。` };
      }
    }
    if (w.value !== undefined) {
      const set = setValue(doc, cell, w.value, ctx);
      if (!set.ok) return set;
      formulasChanged ||= f !== undefined || set.formula;
    }
    const { clearFill, ...hint }: StyleHint = { ...w.style };
    const had = Number(cell.getAttribute("s") ?? "0");
    const base = clearFill && ctx.styles ? ctx.styles.withoutFill(had, clearFill) : had;
    if (isDateValue(w.value) && !hint.numFmt && !(ctx.styles?.isDate(base) ?? false))
      hint.numFmt = DEFAULT_DATE_FORMAT;
    // A fill the cell already has is not put on again (a mark a previous merge left: no new format).
    if (hint.fill && ctx.styles?.solidFill(base) === hint.fill.replace(/^#/, "").slice(-6).toUpperCase())
      delete hint.fill;
    if (hint.fill || hint.numFmt) {
      if (!ctx.styles) return { ok: false, message: "工作簿没有样式部分，无法设置单元格格式。" };
      cell.setAttribute("s", String(ctx.styles.derive(base, hint)));
    } else if (base !== had) cell.setAttribute("s", String(base));
    const spans = row.getAttribute("spans");
    if (spans && !withinSpans(spans, w.col)) row.removeAttribute("spans");
    bounds = extend(bounds, w.row, w.col);
  }
  if (bounds) widenDimension(root, bounds);
  return { ok: true, formulasChanged };
}

function isDateValue(v: PatchValue | undefined): v is { date: string } {
  return typeof v === "object" && v !== null && "date" in v;
}

function setValue(
  doc: Document,
  cell: Element,
  value: PatchValue,
  ctx: SheetContext,
): { ok: true; formula: boolean } | { ok: false; message: string } {
  for (const name of ["f", "v", "is"]) for (const n of children(cell, name)) cell.removeChild(n);
  cell.removeAttribute("t");
  cell.removeAttribute("vm");
  const ref = cell.getAttribute("r") ?? "";
  const child = (name: string, text: string) => {
    const n = element(doc, name);
    n.appendChild(doc.createTextNode(text));
    cell.appendChild(n);
    return n;
  };
  if (value === null) return { ok: true, formula: false };
  if (typeof value === "string") {
    cell.setAttribute("t", "s");
    child("v", String(ctx.strings.indexOf(value)));
    return { ok: true, formula: false };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, message: `${ref}：数值 ${value} 无法写入。` };
    child("v", String(value));
    return { ok: true, formula: false };
  }
  if (typeof value === "boolean") {
    cell.setAttribute("t", "b");
    child("v", value ? "1" : "0");
    return { ok: true, formula: false };
  }
  if ("formula" in value) {
    child("f", value.formula.replace(/^=/, ""));
    return { ok: true, formula: true };
  }
  const ms = Date.parse(value.date);
  if (Number.isNaN(ms)) return { ok: false, message: `${ref}：日期“${value.date}”无法识别。` };
  const serial = ms / 86_400_000 + 25_569 - (ctx.date1904 ? 1_462 : 0);
  child("v", String(serial));
  return { ok: true, formula: false };
}

function sheetData(doc: Document): Element {
  const root = doc.documentElement;
  const found = children(root, "sheetData")[0];
  if (found) return found;
  const made = element(doc, "sheetData");
  let before: Node | null = null;
  for (let n = root.firstChild; n && !before; n = n.nextSibling) {
    if (n.nodeType === 1 && !BEFORE_SHEET_DATA.includes((n as Element).localName)) before = n;
  }
  root.insertBefore(made, before);
  return made;
}

/** Rows by number; rows and cells without r= (allowed: they follow the previous one) get it written out. */
function numberRows(data: Element): Map<number, Element> {
  const rows = new Map<number, Element>();
  let last = 0;
  for (const row of children(data, "row")) {
    const r = Number(row.getAttribute("r") ?? String(last + 1));
    row.setAttribute("r", String(r));
    rows.set(r, row);
    last = r;
    let col = 0;
    for (const c of children(row, "c")) {
      const at = parseRef(c.getAttribute("r") ?? "");
      col = at ? at.col : col + 1;
      if (!at) c.setAttribute("r", refOf(r, col));
    }
  }
  return rows;
}

function newRow(doc: Document, data: Element, rows: Map<number, Element>, r: number): Element {
  const row = element(doc, "row");
  row.setAttribute("r", String(r));
  const next = children(data, "row").find((e) => Number(e.getAttribute("r")) > r) ?? null;
  data.insertBefore(row, next);
  rows.set(r, row);
  return row;
}

function findCell(row: Element, col: number): Element | undefined {
  return children(row, "c").find((c) => parseRef(c.getAttribute("r") ?? "")?.col === col);
}

function newCell(doc: Document, root: Element, row: Element, r: number, col: number): Element {
  const cell = element(doc, "c");
  cell.setAttribute("r", refOf(r, col));
  const style = row.getAttribute("customFormat") === "1" ? row.getAttribute("s") : columnStyle(root, col);
  if (style && style !== "0") cell.setAttribute("s", style);
  const next = children(row, "c").find((c) => (parseRef(c.getAttribute("r") ?? "")?.col ?? 0) > col) ?? null;
  // A row's cells come before its extLst, if any.
  row.insertBefore(cell, next ?? children(row, "extLst")[0] ?? null);
  return cell;
}

function columnStyle(root: Element, col: number): string | null {
  for (const cols of children(root, "cols")) {
    for (const c of children(cols, "col")) {
      if (Number(c.getAttribute("min")) <= col && col <= Number(c.getAttribute("max")))
        return c.getAttribute("style");
    }
  }
  return null;
}

function withinSpans(spans: string, col: number): boolean {
  return spans.split(/\s+/).some((s) => {
    const [a, b] = s.split(":").map(Number);
    return a <= col && col <= b;
  });
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function extend(b: Bounds | null, row: number, col: number): Bounds {
  if (!b) return { top: row, left: col, bottom: row, right: col };
  return {
    top: Math.min(b.top, row),
    left: Math.min(b.left, col),
    bottom: Math.max(b.bottom, row),
    right: Math.max(b.right, col),
  };
}

function widenDimension(root: Element, b: Bounds): void {
  const dim = children(root, "dimension")[0];
  if (!dim) return;
  const [from, to] = (dim.getAttribute("ref") ?? "").split(":");
  const a = parseRef(from ?? "");
  const z = parseRef(to ?? from ?? "");
  if (!a || !z) return;
  const top = Math.min(a.row, b.top);
  const left = Math.min(a.col, b.left);
  const bottom = Math.max(z.row, b.bottom);
  const right = Math.max(z.col, b.right);
  if (top === a.row && left === a.col && bottom === z.row && right === z.col) return;
  dim.setAttribute("ref", `${refOf(top, left)}:${refOf(bottom, right)}`);
}
