/**
 * Where each ledger column is, found by the one header locator (core/ledger/header-match.ts, shared with the
 * .xlsx reader and the add-in); required columns renamed or deleted become findings.
 * The expected columns are those the ledger is generated with (ledgerColumns of the plan's departments).
 */
import { LEDGER_HEADERS } from "../ledger/constants";
import { READ_FIELDS, ReadField, locateColumns } from "../ledger/header-match";
import { ledgerColumns } from "../ledger/ledger-columns";
import { Plan } from "../plan/types";
import { LedgerGrid, headerAddress } from "./grid";
import { missingColumnMessage, renamedColumnMessage } from "./messages";
import { removeSpaces } from "./text";
import { Finding } from "./types";

export interface ColumnMap {
  /** 0-based grid column of each field people fill in (and 序号, 工作任务); absent when not found. */
  fields: Map<ReadField, number>;
  /** Department name → 0-based grid column. */
  departments: Map<string, number>;
  findings: Finding[];
}

/** Canonical header text → field, from LEDGER_HEADERS (so a change of wording there reaches validation). */
const FIELD_OF_HEADER: ReadonlyMap<string, ReadField> = new Map(
  READ_FIELDS.map((f) => [LEDGER_HEADERS[f], f]),
);

export function mapColumns(grid: LedgerGrid, plan: Plan): ColumnMap {
  const expected = ledgerColumns(plan.departments).map((c) => ({ key: c.key, header: c.header }));
  const actual = grid.headers.map((h) => removeSpaces(h));
  const fields = locateColumns(
    grid.headers,
    plan.departments.map((d) => d.name),
  ).fields;
  const departments = new Map<string, number>();
  const findings: Finding[] = [];
  const expectedHeaders = new Set(expected.map((c) => c.header));
  const sameShape = actual.length === expected.length;

  expected.forEach((column, i) => {
    const field = FIELD_OF_HEADER.get(column.header);
    const exact = actual.indexOf(column.header);
    if (exact >= 0) {
      if (column.key.startsWith("dept:")) departments.set(column.header, exact);
      return;
    }
    // Found by the header locator under an alias or by its neighbours: renamed.
    const located = field !== undefined ? fields.get(field) : undefined;
    if (located !== undefined) {
      findings.push(renamed(grid, located, column.header));
      return;
    }
    // Same number of columns and an unexpected header where this one belongs: it was renamed (the fields'
    // columns are the header locator's answer alone, as in the other readers).
    if (sameShape && !expectedHeaders.has(actual[i])) {
      findings.push(renamed(grid, i, column.header));
      if (column.key.startsWith("dept:")) departments.set(column.header, i);
      return;
    }
    findings.push({
      address: null,
      item: null,
      kind: "missing-column",
      message: missingColumnMessage(grid.sheet, column.header),
    });
  });
  return { fields, departments, findings };
}

function renamed(grid: LedgerGrid, col: number, header: string): Finding {
  const address = headerAddress(grid, col);
  const value = grid.headers[col];
  return {
    address,
    item: null,
    kind: "missing-column",
    message: renamedColumnMessage(address, value, header),
    value,
  };
}
