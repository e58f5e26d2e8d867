/**
 * Columns a person added inside the ledger table (e.g. 备注): the spec has no place for them, so their
 * header and cells are moved, row by item, to the columns right after the ledger table — never overwritten.
 */
import { text } from "../../core/ledger/cells";
import { LEDGER_HEADERS } from "../../core/ledger/constants";
import { CellBlock, CellValue, LedgerSpec } from "../../core/ledger/types";
import { SnapshotRow } from "../../core/ledger/snapshot";
import { cellAt } from "../read-ledger";
import { LedgerLocation } from "./locate";

const FIXED = new Set<string>(Object.values(LEDGER_HEADERS));

export interface ExtraColumns {
  headers: string[];
  block: CellBlock;
}

function asCell(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return text(String(v));
}

export function extraColumns(
  spec: LedgerSpec,
  loc: LedgerLocation | null,
  rows: readonly SnapshotRow[],
): ExtraColumns | null {
  if (!loc) return null;
  const departments = new Set(Object.keys(spec.layout.ledger.departmentColumns));
  const used = new Set(loc.fields.values());
  const extra = [...loc.headers.entries()]
    .filter(([c, h]) => !used.has(c) && !departments.has(h) && !FIXED.has(h))
    .map(([c]) => c)
    .filter((c) => {
      if (loc.headers.get(c)) return true;
      for (let r = loc.headerRow + 1; r <= loc.lastRow; r++)
        if (cellAt(loc.grid, r, c).value !== "") return true;
      return false;
    });
  if (extra.length === 0) return null;
  const L = spec.layout.ledger;
  const table = spec.sheets[0].tables[0].range;
  const firstTarget = table.col + table.cols;
  // Already right of the table, where an earlier run put them: nothing to move.
  if (extra[0] >= firstTarget) return null;
  const rowOf = new Map<number, number>();
  for (const r of rows) if (r.no !== null && !rowOf.has(r.no)) rowOf.set(r.no, r.sheetRow);
  const body = spec.sheets[0].blocks[2]?.values ?? [];
  const noCol = L.columns.no - 1;
  const headers = extra.map((c) => loc.headers.get(c) || "（未命名列）");
  const values: CellValue[][] = [
    headers.map((h) => text(h)),
    ...body.map((line) => {
      const from = typeof line[noCol] === "number" ? rowOf.get(line[noCol] as number) : undefined;
      return extra.map((c) => (from === undefined ? null : asCell(cellAt(loc.grid, from, c).value)));
    }),
  ];
  return { headers, block: { row: L.headerRow, col: firstTarget, values } };
}
