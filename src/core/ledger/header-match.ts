/**
 * Finding ledger columns by their header text (columns may be moved, renamed or deleted): the one header
 * locator every reader uses — the .xlsx reader (command line), the add-in (ledger update, merge) and 校验.
 */
import { FILLED_FIELDS, FilledField, LEDGER_COLUMNS, LEDGER_HEADERS, LedgerColumnDef } from "./constants";

/** The fields readers look for: 序号, 工作任务 and the fill-in columns (`located` in LEDGER_COLUMNS). */
export type ReadField = Extract<LedgerColumnDef, { located: true }>["field"];

export const READ_FIELDS: readonly ReadField[] = LEDGER_COLUMNS.filter((c) => c.located).map(
  (c) => c.field as ReadField,
);

/** Accepted header texts per field, the canonical one (LEDGER_HEADERS) first. Matched without whitespace. */
export const HEADER_ALIASES: Readonly<Record<ReadField, readonly string[]>> = aliasesByField();

function aliasesByField(): Record<ReadField, readonly string[]> {
  const out = {} as Record<ReadField, readonly string[]>;
  for (const c of LEDGER_COLUMNS) {
    if (c.located) out[c.field as ReadField] = [LEDGER_HEADERS[c.field], ...c.aliases];
  }
  return out;
}

/**
 * Given the header texts of one row, the column index of each field: exact canonical matches win over
 * aliases; a column is used once. Missing fields are absent from the map.
 */
export function matchHeaders(headers: readonly string[]): Map<ReadField, number> {
  const found = new Map<ReadField, number>();
  const used = new Set<number>();
  const norm = headers.map((h) => h.replace(/\s+/g, ""));
  for (let pass = 0; pass < 2; pass++) {
    for (const field of READ_FIELDS) {
      if (found.has(field)) continue;
      const candidates = pass === 0 ? HEADER_ALIASES[field].slice(0, 1) : HEADER_ALIASES[field].slice(1);
      const idx = norm.findIndex((h, i) => !used.has(i) && candidates.includes(h));
      if (idx >= 0) {
        found.set(field, idx);
        used.add(idx);
      }
    }
  }
  return found;
}

/** Where the fields of one header row are. */
export interface LocatedColumns {
  /** 0-based column index of each field found. */
  fields: Map<ReadField, number>;
  /** Fill-in fields found by their position because their header text was changed. */
  renamed: FilledField[];
}

/**
 * The one header locator: which column of a header row holds which field — by header text (matchHeaders),
 * then a renamed fill-in column by its position: the unrecognised columns lying between the fill-in columns
 * found before and after it (in the ledger's order) take the missing fields in order, when they are exactly
 * as many. `departments` are the department columns' names (never taken for a renamed column).
 */
export function locateColumns(headers: readonly string[], departments: readonly string[]): LocatedColumns {
  const norm = headers.map((h) => h.replace(/\s+/g, ""));
  const fields = matchHeaders(norm);
  const depts = new Set(departments);
  const fixed = new Set<string>(Object.values(LEDGER_HEADERS));
  const taken = new Set(fields.values());
  const unknown = norm.flatMap((h, i) => (!taken.has(i) && !depts.has(h) && !fixed.has(h) ? [i] : []));
  const lastFixed = Math.max(
    fields.get("task") ?? -1,
    ...norm.flatMap((h, i) => (depts.has(h) || h === LEDGER_HEADERS.departments ? [i] : [])),
  );
  const renamed: FilledField[] = [];
  let k = 0;
  while (k < FILLED_FIELDS.length) {
    if (fields.has(FILLED_FIELDS[k])) {
      k++;
      continue;
    }
    let end = k;
    while (end < FILLED_FIELDS.length && !fields.has(FILLED_FIELDS[end])) end++;
    const missing = FILLED_FIELDS.slice(k, end);
    const before = k === 0 ? lastFixed : (fields.get(FILLED_FIELDS[k - 1]) ?? -1);
    const after = end < FILLED_FIELDS.length ? (fields.get(FILLED_FIELDS[end]) ?? Infinity) : Infinity;
    const between = unknown.filter((c) => c > before && c < after);
    if (between.length === missing.length) {
      missing.forEach((f, i) => {
        fields.set(f, between[i]);
        renamed.push(f);
      });
    }
    k = end;
  }
  return { fields, renamed };
}
