/** Rewrites references inside formulas when rows/columns shift or a sheet is renamed. */
import { MAX_COLS, MAX_ROWS, Rect, columnIndex, columnLetters, quoteSheet } from "../address";
import { tokenize } from "./lexer";

export interface AxisShift {
  axis: "row" | "col";
  kind: "insert" | "delete";
  at: number;
  count: number;
  /** Inclusive span on the other axis that moves (all columns for entire rows). */
  spanStart: number;
  spanEnd: number;
}

/** Maps an inclusive interval along the shifted axis; null when it is entirely deleted. */
export function shiftInterval(s: number, e: number, sh: AxisShift): [number, number] | null {
  const n = sh.count;
  if (sh.kind === "insert") {
    if (s >= sh.at) return [s + n, e + n];
    if (e >= sh.at) return [s, e + n];
    return [s, e];
  }
  const d0 = sh.at;
  const d1 = sh.at + n - 1;
  if (e < d0) return [s, e];
  if (s > d1) return [s - n, e - n];
  const before = s < d0 ? Math.min(e, d0 - 1) - s + 1 : 0;
  const after = Math.max(0, e - d1);
  if (before + after === 0) return null;
  const ns = s < d0 ? s : d0;
  return [ns, ns + before + after - 1];
}

/** Whether the rectangle lies within the moving span on the other axis. */
export function withinSpan(rect: Rect, sh: AxisShift): boolean {
  const [s, e] =
    sh.axis === "row" ? [rect.col, rect.col + rect.cols - 1] : [rect.row, rect.row + rect.rows - 1];
  return s >= sh.spanStart && e <= sh.spanEnd;
}

export function spanOverlaps(rect: Rect, sh: AxisShift): boolean {
  const [s, e] =
    sh.axis === "row" ? [rect.col, rect.col + rect.cols - 1] : [rect.row, rect.row + rect.rows - 1];
  return e >= sh.spanStart && s <= sh.spanEnd;
}

/** New rect, `null` if deleted, same object if unaffected. */
export function shiftRect(rect: Rect, sh: AxisShift): Rect | null {
  if (!withinSpan(rect, sh)) return rect;
  if (sh.axis === "row") {
    if (rect.row === 0 && rect.rows === MAX_ROWS) return rect;
    const r = shiftInterval(rect.row, rect.row + rect.rows - 1, sh);
    if (!r) return null;
    return { ...rect, row: r[0], rows: Math.min(r[1], MAX_ROWS - 1) - r[0] + 1 };
  }
  if (rect.col === 0 && rect.cols === MAX_COLS) return rect;
  const c = shiftInterval(rect.col, rect.col + rect.cols - 1, sh);
  if (!c) return null;
  return { ...rect, col: c[0], cols: Math.min(c[1], MAX_COLS - 1) - c[0] + 1 };
}

interface Endpoint {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
}

const PART = /^(\$?)([A-Za-z]{0,3})(\$?)(\d{0,7})$/;

function parseEndpoint(text: string): Endpoint | null {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  return {
    colAbs: m[1] === "$" || (!m[2] && m[3] === "$"),
    col: m[2] ? columnIndex(m[2]) : undefined,
    rowAbs: m[2] ? m[3] === "$" : m[1] === "$" || m[3] === "$",
    row: m[4] ? +m[4] - 1 : undefined,
  };
}

function formatEndpoint(p: Endpoint): string {
  const col = p.col === undefined ? "" : `${p.colAbs ? "$" : ""}${columnLetters(p.col)}`;
  const row = p.row === undefined ? "" : `${p.rowAbs ? "$" : ""}${p.row + 1}`;
  return col + row;
}

/** Applies `shift` to references in `formula` that point at `targetSheet` (home sheet refs are unqualified). */
export function shiftFormula(formula: string, homeSheet: string, targetSheet: string, sh: AxisShift): string {
  const tokens = tokenize(formula);
  let out = "";
  let last = 0;
  for (const tok of tokens) {
    if (tok.kind !== "ref") continue;
    const sheet = tok.sheet ?? homeSheet;
    if (sheet.toLowerCase() !== targetSheet.toLowerCase()) continue;
    const parts = (tok.local ?? "").split(":");
    const a = parseEndpoint(parts[0]);
    const b = parts[1] !== undefined ? parseEndpoint(parts[1]) : a;
    if (!a || !b) continue;
    const rect: Rect = {
      row: a.row ?? 0,
      col: a.col ?? 0,
      rows: a.row === undefined ? MAX_ROWS : (b.row ?? 0) - (a.row ?? 0) + 1,
      cols: a.col === undefined ? MAX_COLS : (b.col ?? 0) - (a.col ?? 0) + 1,
    };
    const moved = shiftRect(rect, sh);
    if (moved === rect) continue;
    let replacement: string;
    if (!moved) replacement = "#REF!";
    else {
      const na: Endpoint = { ...a };
      const nb: Endpoint = { ...b };
      if (a.row !== undefined) {
        na.row = moved.row;
        nb.row = moved.row + moved.rows - 1;
      }
      if (a.col !== undefined) {
        na.col = moved.col;
        nb.col = moved.col + moved.cols - 1;
      }
      const local =
        parts[1] !== undefined ? `${formatEndpoint(na)}:${formatEndpoint(nb)}` : formatEndpoint(na);
      replacement = formula.slice(tok.start, tok.localStart ?? tok.start) + local;
    }
    out += formula.slice(last, tok.start) + replacement;
    last = tok.end;
  }
  return last === 0 ? formula : out + formula.slice(last);
}

/** Rewrites sheet qualifiers after a rename. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const tokens = tokenize(formula);
  let out = "";
  let last = 0;
  for (const tok of tokens) {
    if ((tok.kind !== "ref" && tok.kind !== "name") || tok.sheet === undefined) continue;
    if (tok.sheet.toLowerCase() !== oldName.toLowerCase()) continue;
    out += formula.slice(last, tok.start) + quoteSheet(newName) + "!";
    last = tok.localStart ?? tok.end;
  }
  return last === 0 ? formula : out + formula.slice(last);
}
