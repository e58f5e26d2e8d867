/** The ledger table's columns: fixed ones, one per department, then the columns people fill in. */
import { Department } from "../plan/types";
import { FilledField, LEDGER_COLUMNS, LEDGER_HEADERS, LedgerColumnDef } from "./constants";
import { AlignmentSpec } from "./types";

export type LedgerColumnKey = keyof typeof LEDGER_HEADERS | `dept:${string}`;

export interface LedgerColumn {
  key: LedgerColumnKey;
  header: string;
  width: number;
  fontSize: number;
  align: AlignmentSpec["horizontal"];
  /** A column people fill in (carried over on regeneration). */
  fillIn: FilledField | null;
  numberFormat?: string;
}

export const DEPARTMENT_COLUMN_WIDTH = 4;
export const DEPARTMENT_FONT_SIZE = 8;

/** The ledger's columns, from LEDGER_COLUMNS: its own columns with one per department before 状态. */
export function ledgerColumns(departments: readonly Department[]): LedgerColumn[] {
  const own = (c: LedgerColumnDef): LedgerColumn => ({
    key: c.field,
    header: LEDGER_HEADERS[c.field],
    width: c.width,
    fontSize: c.fontSize,
    align: c.align,
    fillIn: c.filled ? (c.field as FilledField) : null,
    ...(c.filled && c.kind === "date" ? { numberFormat: "yyyy-mm-dd" } : {}),
  });
  const split = LEDGER_COLUMNS.findIndex((c) => c.filled);
  return [
    ...LEDGER_COLUMNS.slice(0, split).map(own),
    ...departments.map((d): LedgerColumn => ({
      key: `dept:${d.name}`,
      header: d.name,
      width: DEPARTMENT_COLUMN_WIDTH,
      fontSize: DEPARTMENT_FONT_SIZE,
      align: "center",
      fillIn: null,
    })),
    ...LEDGER_COLUMNS.slice(split).map(own),
  ];
}
