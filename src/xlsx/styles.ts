/** Spec styles -> ExcelJS styles, merged per cell from range runs (later runs override property by property). */
import type { Alignment, Borders, Style } from "exceljs";
import { CellStyle, StyleRun } from "../core/ledger/types";

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

/**
 * Resolves the runs into one ExcelJS style per distinct combination and calls `apply` for each styled cell.
 * Work is proportional to the styled cells; style objects are shared between cells with the same runs.
 */
export function resolveStyles(
  runs: readonly StyleRun[],
  apply: (row: number, col: number, style: Partial<Style>) => void,
): void {
  const signatures = new Map<number, Map<number, string>>();
  runs.forEach((run, k) => {
    const { row, col, rows, cols } = run.range;
    for (let r = row; r < row + rows; r++) {
      let line = signatures.get(r);
      if (!line) signatures.set(r, (line = new Map()));
      for (let c = col; c < col + cols; c++) {
        const prev = line.get(c);
        line.set(c, prev === undefined ? String(k) : `${prev},${k}`);
      }
    }
  });
  const cache = new Map<string, Partial<Style>>();
  for (const [r, line] of signatures) {
    for (const [c, sig] of line) {
      let style = cache.get(sig);
      if (!style) {
        const merged = sig
          .split(",")
          .reduce<CellStyle>((acc, k) => mergeStyles(acc, runs[Number(k)].style), {});
        style = toExcelStyle(merged);
        cache.set(sig, style);
      }
      apply(r, c, style);
    }
  }
}
