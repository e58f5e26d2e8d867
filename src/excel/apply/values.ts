/** Writing a sheet's cell blocks: everything on a new sheet, only the cells that differ on an existing one. */
import { SheetSpec } from "../../core/ledger/types";
import { SheetGrid, cellAt } from "../read-ledger";
import { WriteBatch } from "./batch";
import { cellMatches, toInput, toOverwrite } from "./cells";

/** Unchanged rows closer than this are written along (as nulls: "leave as is") rather than split off. */
const GAP_ROWS = 64;
/** More separate spans than this are written as one span. */
const MAX_SPANS = 8;

/**
 * Writes the spec's blocks. `grid` is what the sheet holds now (null for a new sheet: write everything).
 * Returns the sheet rows (1-based) in which cells were written.
 */
export async function writeBlocks(
  b: WriteBatch,
  sheet: Excel.Worksheet,
  s: SheetSpec,
  grid: SheetGrid | null | undefined,
): Promise<Set<number>> {
  const written = new Set<number>();
  const hidden = mergedAway(s);
  for (const block of s.blocks) {
    if (block.values.length === 0) continue;
    if (grid === null) {
      const data = block.values.map((line) => line.map(toInput));
      data.forEach((line, i) => line.some((v) => v !== null) && written.add(block.row + i));
      await b.write(sheet, block.row, block.col, data);
      continue;
    }
    const changed: number[] = [];
    const data = block.values.map((line, i) => {
      let any = false;
      const out = line.map((want, j) => {
        const [r, c] = [block.row + i, block.col + j];
        if (hidden.has(`${r},${c}`) || cellMatches(want, cellAt(grid, r, c))) return null;
        any = true;
        return toOverwrite(want);
      });
      if (any) changed.push(i);
      return out;
    });
    for (const i of changed) written.add(block.row + i);
    for (const [from, to] of spans(changed)) {
      await b.write(sheet, block.row + from, block.col, data.slice(from, to + 1));
    }
  }
  return written;
}

/** Groups changed row indexes into [first, last] spans. */
export function spans(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r - last[1] <= GAP_ROWS) last[1] = r;
    else out.push([r, r]);
  }
  if (out.length > MAX_SPANS) return [[out[0][0], out[out.length - 1][1]]];
  return out;
}

/** Cells inside a merge other than its top-left one: Excel keeps no value there. */
function mergedAway(s: SheetSpec): Set<string> {
  const out = new Set<string>();
  for (const m of s.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) out.add(`${r},${c}`);
    }
  }
  return out;
}
