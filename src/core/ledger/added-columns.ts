/**
 * Columns a person added to the ledger (备注, a second 进展情况…) are not fill-in columns of the ledger, so a
 * regenerated or merged ledger has no place for them: their content goes to 未能对应的内容, one row per ledger
 * row, with the column's header in the reason — never dropped silently (readers also report the column).
 */
import { LEDGER_COLUMNS, LEDGER_HEADERS } from "./constants";
import { FilledValue, UnplacedRow } from "./types";
import { SnapshotRow } from "./snapshot";
import { emptyFilledRow } from "./empty-row";

/** A cell of an added column: its header text and what was typed. */
export interface AddedCell {
  header: string;
  value: FilledValue;
}

/**
 * 0-based indexes of the header row's added columns: a header text that is none of the ledger's own columns
 * (located ones at their place; the others by header or alias), no department, and not in the department
 * block between 责任部门 and the first fill-in column. A second 进展情况 is added: only the first is located.
 */
export function addedColumns(
  texts: readonly string[],
  located: ReadonlySet<number>,
  departments: readonly string[],
): number[] {
  const own = new Set<string>(
    LEDGER_COLUMNS.filter((c) => !c.located).flatMap((c) => [c.header, ...c.aliases]),
  );
  const block = texts.indexOf(LEDGER_HEADERS.departments);
  const firstFill = Math.min(...[...located].filter((i) => i > block));
  const out: number[] = [];
  texts.forEach((text, i) => {
    if (text === "" || located.has(i) || own.has(text) || departments.includes(text)) return;
    if (block !== -1 && i > block && i < firstFill) return;
    out.push(i);
  });
  return out;
}

/** 未能对应的内容 rows for the added cells of `rows`; `source` names where they come from (原台账, 《a.xlsx》). */
export function addedColumnRows(rows: readonly SnapshotRow[], source: string): UnplacedRow[] {
  const out: UnplacedRow[] = [];
  for (const row of rows) {
    const cells = (row.added ?? []).filter((c) => c.value !== null);
    if (cells.length === 0) continue;
    const shown = cells.map((c) => `“${c.header}”：${show(c.value)}`).join("；");
    out.push({
      no: row.no,
      task: row.task,
      values: emptyFilledRow(),
      reason: `${source}中另加的列（不是台账的填写列，第 ${row.sheetRow} 行）——${shown}`,
    });
  }
  return out;
}

function show(v: FilledValue): string {
  if (v !== null && typeof v === "object") return v.date.slice(0, 10);
  return String(v);
}
