/** Spec styles -> ExcelJS styles, merged per cell from range runs (later runs override property by property). */
import type { Alignment, Borders, Style } from "exceljs";
import { CellStyle, RangeRef, StyleRun } from "../core/ledger/types";

export function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}

export function mergeStyles(into: CellStyle, over: CellStyle): CellStyle {
  return {
    font: over.font || into.font ? { ...into.font, ...over.font } : undefined,
    fill: over.fill ?? into.fill,
    alignment: over.alignment || into.alignment ? { ...into.alignment, ...over.alignment } : undefined,
    border: over.border ?? into.border,
    numberFormat: over.numberFormat ?? into.numberFormat,
  };
}

export function toExcelStyle(s: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (s.font) {
    out.font = {
      ...(s.font.name ? { name: s.font.name } : {}),
      ...(s.font.size ? { size: s.font.size } : {}),
      ...(s.font.bold ? { bold: true } : {}),
      ...(s.font.italic ? { italic: true } : {}),
      ...(s.font.color ? { color: argb(s.font.color) } : {}),
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  if (s.alignment) {
    const a: Partial<Alignment> = {};
    if (s.alignment.horizontal) a.horizontal = s.alignment.horizontal;
    if (s.alignment.vertical) a.vertical = s.alignment.vertical;
    if (s.alignment.wrap) a.wrapText = true;
    if (s.alignment.rotation !== undefined) a.textRotation = s.alignment.rotation;
    out.alignment = a;
  }
  if (s.border) {
    const edge = { style: s.border.style, color: argb(s.border.color) };
    const b: Partial<Borders> = { top: edge, left: edge, bottom: edge, right: edge };
    out.border = b;
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

/** The ExcelJS style of a cell in an unlocked range of a protected sheet, over its resolved style. */
const UNLOCKED = { protection: { locked: false } } as const;

/**
 * Resolves the runs (then the unlocked ranges of a protected sheet) into one ExcelJS style per distinct
 * combination and calls `apply` for each styled cell, row by row. Style objects are shared between cells with
 * the same combination (ExcelJS keeps them by reference and numbers each object once). Memory is one integer
 * per cell of the styled area: a combination is an id, and run k turns id i into an id cached per (i, k).
 */
export function resolveStyles(
  runs: readonly StyleRun[],
  unlocked: readonly RangeRef[],
  apply: (row: number, col: number, style: Partial<Style>) => void,
): void {
  const layers = [...runs.map((r) => r.range), ...unlocked];
  if (layers.length === 0) return;
  const top = Math.min(...layers.map((r) => r.row));
  const left = Math.min(...layers.map((r) => r.col));
  const width = Math.max(...layers.map((r) => r.col + r.cols)) - left;
  const height = Math.max(...layers.map((r) => r.row + r.rows)) - top;
  const grid = new Int32Array(width * height); // 0 = unstyled; id i > 0 = combos[i - 1]
  const combos: { style: CellStyle; unlocked: boolean }[] = [];
  const next = new Map<number, number>();
  layers.forEach((range, k) => {
    const step = (id: number): number => {
      const key = id * layers.length + k;
      let to = next.get(key);
      if (to === undefined) {
        const from = id === 0 ? { style: {}, unlocked: false } : combos[id - 1];
        combos.push(
          k < runs.length
            ? { style: mergeStyles(from.style, runs[k].style), unlocked: from.unlocked }
            : { style: from.style, unlocked: true },
        );
        next.set(key, (to = combos.length));
      }
      return to;
    };
    for (let r = range.row - top; r < range.row - top + range.rows; r++) {
      let last = -1;
      let lastTo = 0;
      for (let at = r * width + range.col - left, end = at + range.cols; at < end; at++) {
        if (grid[at] !== last) [last, lastTo] = [grid[at], step(grid[at])];
        grid[at] = lastTo;
      }
    }
  });
  // Different run combinations often give the same style (e.g. one run per section): one object per content.
  const byContent = new Map<string, Partial<Style>>();
  const styles = combos.map((c) => {
    const converted = toExcelStyle(c.style);
    const style = c.unlocked ? { ...converted, ...UNLOCKED } : converted;
    const key = JSON.stringify(style);
    const known = byContent.get(key);
    if (known) return known;
    byContent.set(key, style);
    return style;
  });
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const id = grid[r * width + c];
      if (id !== 0) apply(top + r, left + c, styles[id - 1]);
    }
  }
}
