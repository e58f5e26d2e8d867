/**
 * 校验 in Excel: read the ledger (one sync when intact), validate it with the pure core, and apply agreed
 * normalisations: one sync reads the target cells, one sync of 2-D writes follows only when every cell still
 * holds what the report saw (the person may have typed, sorted or inserted rows since).
 */
import { columnLetter } from "../core/ledger/a1";
import { Plan } from "../core/plan/types";
import { Normalisation, ValidationReport } from "../core/validation/types";
import { otherPlanFinding } from "../core/validation/plan-check";
import { cellText } from "../core/validation/text";
import { validateLedger } from "../core/validation/validate";
import { parseCellAddress } from "./address";
import { needsQuote } from "./apply/cells";
import { LedgerError } from "./ledger-error";
import { readLedgerGrid } from "./ledger-grid";
import { runExcel } from "./run";
import { queueWorkbookPlanRead } from "./workbook-plan";

/** The ledger checked against `plan`; a ledger of another plan gives one finding saying so, nothing else. */
export function validateWorkbook(plan: Plan): Promise<ValidationReport> {
  return runExcel(async (context) => {
    const workbookPlan = queueWorkbookPlanRead(context);
    const read = await readLedgerGrid(context);
    const theirs = workbookPlan();
    const otherPlan = theirs ? otherPlanFinding(theirs, plan) : null;
    if (otherPlan) return { findings: [otherPlan], normalisations: [] };
    return validateLedger(read.grid, plan, read.statuses);
  });
}

/** The value to write: 序号 as a number; text kept as text even where Excel would parse it (phone numbers). */
function written(change: Normalisation): string | number {
  if (change.field === "no" && /^\d+$/.test(change.to)) return Number(change.to);
  return needsQuote(change.to) ? `'${change.to}` : change.to;
}

interface Run {
  sheet: string;
  col: number;
  row: number;
  values: (string | number)[];
  /** What each cell held when the report was made (Normalisation.from). */
  from: string[];
}

/** Consecutive cells of one column become one range: writes grow with runs, not with cells. */
export function columnRuns(changes: readonly Normalisation[]): Run[] {
  const cells = changes
    .map((c) => ({ at: parseCellAddress(c.address), value: written(c), from: c.from }))
    .filter((c): c is { at: NonNullable<typeof c.at>; value: string | number; from: string } => c.at !== null)
    .sort((x, y) => x.at.sheet.localeCompare(y.at.sheet) || x.at.col - y.at.col || x.at.row - y.at.row);
  const runs: Run[] = [];
  for (const { at, value, from } of cells) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === at.sheet && last.col === at.col && last.row + last.values.length === at.row) {
      last.values.push(value);
      last.from.push(from);
    } else if (!(
      last &&
      last.sheet === at.sheet &&
      last.col === at.col &&
      last.row + last.values.length > at.row
    )) {
      runs.push({ sheet: at.sheet, col: at.col, row: at.row, values: [value], from: [from] });
    }
  }
  return runs;
}

export function changedSinceReport(): LedgerError {
  return new LedgerError("general", "工作表内容在校验后已变化，未做规范化。", "请重新点击“校验”后再确认。");
}

/**
 * Writes the agreed normalisations; returns how many cells were changed. Two syncs: read every target cell,
 * then write — only if each still holds `from`; otherwise nothing is written and changedSinceReport() is thrown.
 */
export function applyNormalisations(changes: readonly Normalisation[]): Promise<number> {
  const runs = columnRuns(changes);
  if (runs.length === 0) return Promise.resolve(0);
  return runExcel(async (context) => {
    const ranges = runs.map((run) => {
      const letter = columnLetter(run.col);
      const address = `${letter}${run.row}:${letter}${run.row + run.values.length - 1}`;
      return context.workbook.worksheets.getItem(run.sheet).getRange(address).load("values");
    });
    await context.sync();
    const unchanged = runs.every((run, i) =>
      run.from.every((from, k) => cellText(ranges[i].values[k]?.[0]) === from),
    );
    if (!unchanged) throw changedSinceReport();
    runs.forEach((run, i) => (ranges[i].values = run.values.map((v) => [v])));
    await context.sync();
    return runs.reduce((n, r) => n + r.values.length, 0);
  });
}
