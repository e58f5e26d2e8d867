/**
 * Formulas people typed into fill-in cells (e.g. =TODAY()+30 in 完成时限). The snapshot carries their values;
 * here the spec is given the person's own formula back, so an unmoved cell matches and is left untouched, and
 * a moved row gets its formula (not its value) at the new place.
 */
import { FILLED_FIELDS, LEDGER_HEADERS } from "../../core/ledger/constants";
import { SnapshotRow } from "../../core/ledger/snapshot";
import { LedgerSpec } from "../../core/ledger/types";
import { cellAt } from "../read-ledger";
import { isFormulaCell } from "./cells";
import { LedgerLocation } from "./locate";

/**
 * Puts each person's formula of a placed row back into the ledger sheet's body block (in place).
 * Returns notes (Chinese) for formulas whose cell moved: relative references in them were not adjusted.
 */
export function keepFormulas(
  spec: LedgerSpec,
  loc: LedgerLocation | null,
  rows: readonly SnapshotRow[],
): string[] {
  const notes: string[] = [];
  if (!loc) return notes;
  const L = spec.layout.ledger;
  const body = spec.sheets[0]?.blocks.find((b) => b.row === L.firstBodyRow && b.col === 1);
  if (!body) return notes;
  const noCol = L.columns.no - 1;
  const seen = new Set<number>();
  for (const row of rows) {
    if (row.no === null || seen.has(row.no)) continue;
    seen.add(row.no);
    const i = body.values.findIndex((line) => line[noCol] === row.no);
    if (i < 0) continue;
    for (const field of FILLED_FIELDS) {
      const from = loc.fields.get(field);
      const to = L.columns[field];
      if (from === undefined || to === undefined) continue;
      const cell = cellAt(loc.grid, row.sheetRow, from);
      if (!isFormulaCell(cell)) continue;
      body.values[i][to - 1] = { formula: String(cell.formula).replace(/^=/, "") };
      if (row.sheetRow !== body.row + i || from !== to) {
        notes.push(
          `第 ${row.no} 项“${LEDGER_HEADERS[field]}”中填写的公式已随该行移到新位置，` +
            `公式中引用的单元格未随之调整，请核对。`,
        );
      }
    }
  }
  return notes;
}
