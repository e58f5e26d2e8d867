/** A ledger grid as a fresh ledger for the 2019 plan would read back, plus small edit helpers. */
import { columnLetter } from "../../../src/core/ledger/a1";
import { buildLedgerSpec } from "../../../src/core/ledger/build";
import { displayText } from "../../../src/core/ledger/cells";
import { LEDGER_HEADERS, SHEETS } from "../../../src/core/ledger/constants";
import { Plan } from "../../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../../src/core/status/statuses";
import { GridValue, LedgerGrid } from "../../../src/core/validation/grid";

export function freshGrid(plan: Plan): LedgerGrid {
  const spec = buildLedgerSpec(plan, { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null });
  const sheet = spec.sheets.find((s) => s.name === SHEETS.ledger)!;
  const { headerRow, firstBodyRow, bodyRows } = spec.layout.ledger;
  const header = sheet.blocks.find((b) => b.row === headerRow)!;
  const body = sheet.blocks.find((b) => b.row === firstBodyRow)!;
  const toGrid = (v: (typeof body.values)[number][number]): GridValue =>
    typeof v === "number" || typeof v === "boolean" ? v : displayText(v);
  return {
    sheet: SHEETS.ledger,
    headerRow,
    firstCol: 1,
    headers: header.values[0].map((v) => displayText(v)),
    body: body.values.slice(0, bodyRows).map((row) => row.map(toGrid)),
  };
}

/** 0-based column of a header. */
export function col(grid: LedgerGrid, header: string): number {
  const i = grid.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

/** 0-based body row of item `no`. */
export function rowOf(grid: LedgerGrid, no: number): number {
  const c = col(grid, LEDGER_HEADERS.no);
  const i = grid.body.findIndex((r) => r[c] === no);
  if (i < 0) throw new Error(`no row for item ${no}`);
  return i;
}

export function setCell(grid: LedgerGrid, no: number, header: string, value: GridValue): void {
  grid.body[rowOf(grid, no)][col(grid, header)] = value;
}

/** "台账!Q12" of item `no`'s cell under `header`. */
export function cellOf(grid: LedgerGrid, no: number, header: string): string {
  return `台账!${columnLetter(grid.firstCol + col(grid, header))}${grid.headerRow + 1 + rowOf(grid, no)}`;
}
