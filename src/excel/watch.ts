/**
 * Live checks while the pane is open: on each change in the 台账 sheet, re-read the changed rows (the whole
 * ledger after structural changes), re-validate, and stamp 更新时间 on rows whose 状态 or 进展情况 changed.
 *
 * - Rows are matched by 序号 (by position only without a 序号 column); a change that re-orders 序号 (a sort)
 *   stamps nothing, and a row whose 更新时间 cell lies inside the changed range keeps what was typed there.
 * - The stamp is written by the add-in and fires onChanged itself: a change confined to the 更新时间 column is
 *   ignored, and changes the add-in made (triggerSource "ThisLocalAddin", ExcelApi 1.14) are re-read but
 *   never stamped.
 * - Only local edits are stamped; a co-author's edit ("Remote") is re-validated but stamped by their own copy
 *   of the add-in, not twice.
 * - The handler is removed with the RequestContext it was added in, as Office.js requires.
 * - A handler belongs to the worksheet it was added on, not to the name 台账: when 生成/更新台账 recreates the
 *   sheet, `follow()` (called by the LedgerApi after every createOrUpdate) moves the handler to the new sheet
 *   and re-reads the ledger; otherwise live checks would stop without a word.
 */
import { columnLetter } from "../core/ledger/a1";
import { mapColumns } from "../core/validation/columns";
import { GridValue } from "../core/validation/grid";
import { Plan } from "../core/plan/types";
import { ValidationReport } from "../core/validation/types";
import { validateLedger } from "../core/validation/validate";
import { SHEETS } from "../core/ledger/constants";
import { RowSpan, parseLocalRange } from "./address";
import { LedgerRead, readLedgerGrid, toGridRows } from "./ledger-grid";
import { runExcel, toLedgerError } from "./run";

/** Number format of the 更新时间 stamp (a date-time). */
export const STAMP_FORMAT = "yyyy-mm-dd hh:mm";

export interface WatchOptions {
  /** Clock for the stamp (tests). */
  now?: () => Date;
  /** Called when re-validating after a change fails (the pane logs it); the watch keeps running. */
  onError?: (error: unknown) => void;
}

/** The moment as an Excel serial in local time (what a person typing NOW() would see). */
export function excelSerial(date: Date): number {
  const localMs = date.getTime() - date.getTimezoneOffset() * 60_000;
  return localMs / 86_400_000 + 25_569;
}

interface ChangeArgs {
  address: string;
  changeType: string;
  source: string;
  triggerSource?: string;
}

/** Unsubscribes when called; `follow()` re-attaches to 台账 after it may have been recreated. */
export type LedgerWatch = (() => Promise<void>) & {
  /**
   * Re-reads the ledger and, when 台账 is now another worksheet than the one listened to (deleted and made
   * again), removes the old handler and adds one on the new sheet. Failures go to `onError`; never throws.
   */
  follow(): Promise<void>;
};

export async function watchLedger(
  planOf: Plan | (() => Plan),
  onChange: (report: ValidationReport) => void,
  options: WatchOptions = {},
): Promise<LedgerWatch> {
  /** The plan now (the pane may have written another plan since the watch began). */
  const currentPlan = typeof planOf === "function" ? planOf : () => planOf;
  const now = options.now ?? (() => new Date());
  let cache: LedgerRead | null = null;
  let queue: Promise<void> = Promise.resolve();
  let active = true;

  const handle = async (args: ChangeArgs): Promise<void> => {
    if (!active || !cache) return;
    const columns = mapColumns(cache.grid, currentPlan());
    const span = parseLocalRange(args.address);
    const updated = columns.fields.get("updated");
    const { grid } = cache;
    if (span && updated !== undefined) {
      const col = grid.firstCol + updated;
      if (span.firstCol === col && span.lastCol === col) return; // our own stamp (or a person's)
    }
    const stampable = args.source !== "Remote" && args.triggerSource !== "ThisLocalAddin";
    const lastBodyRow = grid.headerRow + grid.body.length;
    const partial =
      args.changeType === "RangeEdited" &&
      span !== null &&
      span.first !== null &&
      span.last !== null &&
      span.first > grid.headerRow &&
      span.last <= lastBodyRow;
    const before = grid.body.map((row) => [...row]);
    await runExcel(async (context) => {
      let changed: number[];
      if (partial && span && span.first !== null && span.last !== null) {
        const count = span.last - span.first + 1;
        const range = context.workbook.worksheets
          .getItem(SHEETS.ledger)
          .getRangeByIndexes(span.first - 1, grid.firstCol - 1, count, grid.headers.length)
          .load("values");
        await context.sync();
        const fresh = toGridRows(range.values);
        const offset = span.first - grid.headerRow - 1;
        fresh.forEach((row, i) => (grid.body[offset + i] = row));
        changed = fresh.map((_, i) => offset + i);
      } else {
        cache = await readLedgerGrid(context);
        changed = cache.grid.body.map((_, i) => i);
      }
      const current = cache as LedgerRead;
      const stamp = stampable ? rowsToStamp(current, currentPlan(), before, changed, span) : [];
      if (stamp.length === 0) return;
      writeStamps(context, current, currentPlan(), stamp, excelSerial(now()));
      await context.sync();
    });
    const current = cache as LedgerRead;
    onChange(validateLedger(current.grid, currentPlan(), current.statuses));
  };

  const handler = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    queue = queue
      .then(() => handle(args as unknown as ChangeArgs))
      .catch((error: unknown) => options.onError?.(toLedgerError(error)));
    return queue;
  };

  const attach = (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem(SHEETS.ledger).load("id");
    return { sheet, result: sheet.onChanged.add(handler) };
  };
  let registration = await runExcel(async (context) => {
    cache = await readLedgerGrid(context);
    const { sheet, result } = attach(context);
    await context.sync();
    return { result, sheetId: sheet.id };
  });

  const detach = async (old: typeof registration): Promise<void> => {
    old.result.remove();
    await old.result.context.sync();
  };

  const follow = async (): Promise<void> => {
    if (!active) return;
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.ledger).load("id");
      await context.sync();
      if (sheet.isNullObject || !active) return;
      cache = await readLedgerGrid(context);
      if (sheet.id === registration.sheetId) return;
      // The old sheet is gone: its handler hears nothing more; removing it may fail on some hosts.
      await detach(registration).catch(() => undefined);
      const fresh = attach(context);
      await context.sync();
      registration = { result: fresh.result, sheetId: fresh.sheet.id };
    });
    const current = cache as LedgerRead | null;
    if (current && active) onChange(validateLedger(current.grid, currentPlan(), current.statuses));
  };

  const unsubscribe = async (): Promise<void> => {
    if (!active) return;
    active = false;
    try {
      await detach(registration);
    } catch (error) {
      throw toLedgerError(error);
    }
  };
  return Object.assign(unsubscribe, {
    follow: (): Promise<void> => {
      queue = queue.then(follow).catch((error: unknown) => options.onError?.(toLedgerError(error)));
      return queue;
    },
  });
}

/**
 * Body rows (0-based) among `changed` whose 状态 or 进展情况 differ from the same item (by 序号; by position
 * only without a 序号 column) before the change. Nothing when the change re-ordered the 序号 column (a sort),
 * and never a row whose 更新时间 cell lies inside the changed range (what the person typed or pasted there).
 */
function rowsToStamp(
  read: LedgerRead,
  plan: Plan,
  before: GridValue[][],
  changed: number[],
  span: RowSpan | null,
): number[] {
  const { grid } = read;
  const columns = mapColumns(grid, plan);
  const watched = (["status", "progress"] as const)
    .map((f) => columns.fields.get(f))
    .filter((c): c is number => c !== undefined);
  const noCol = columns.fields.get("no");
  const updated = columns.fields.get("updated");
  if (watched.length === 0 || updated === undefined) return [];
  if (noCol !== undefined && reordered(before, grid.body, changed, noCol)) return [];
  const previous = (i: number): GridValue[] | undefined => {
    if (noCol === undefined) return before[i];
    const no = grid.body[i][noCol] ?? null;
    const matches = before.filter((row) => same(row[noCol] ?? null, no));
    if (matches.length === 1 && !blank(no)) return matches[0];
    // A blank or repeated 序号 identifies nothing: only the row that stayed in place with it counts.
    return before[i] && same(before[i][noCol] ?? null, no) ? before[i] : undefined;
  };
  const typedStamp = (i: number): boolean => covers(span, grid.headerRow + 1 + i, grid.firstCol + updated);
  return changed.filter((i) => {
    if (typedStamp(i)) return false;
    const old = previous(i);
    if (!old) return false;
    return watched.some((c) => !same(old[c] ?? null, grid.body[i][c] ?? null));
  });
}

/** Whether the change moved 序号 values between rows: the same numbers, in another order (a sort). */
function reordered(before: GridValue[][], after: GridValue[][], changed: number[], noCol: number): boolean {
  const was = changed.map((i) => before[i]?.[noCol] ?? null);
  const now = changed.map((i) => after[i]?.[noCol] ?? null);
  if (was.every((v, k) => same(v, now[k]))) return false;
  const key = (v: GridValue) => (blank(v) ? "" : `${typeof v}:${String(v)}`);
  const sorted = (vs: GridValue[]) => vs.map(key).sort().join("\u0000");
  return sorted(was) === sorted(now);
}

/** Whether the (1-based) sheet cell lies inside the changed range; null bounds are whole rows/columns. */
function covers(span: RowSpan | null, row: number, col: number): boolean {
  if (!span) return false;
  const inRows = (span.first === null || row >= span.first) && (span.last === null || row <= span.last);
  const inCols =
    (span.firstCol === null || col >= span.firstCol) && (span.lastCol === null || col <= span.lastCol);
  return inRows && inCols;
}

function blank(v: GridValue): boolean {
  return v === null || v === "";
}

function same(a: GridValue, b: GridValue): boolean {
  return (blank(a) && blank(b)) || a === b;
}

/** Stamps runs of consecutive rows with one 2-D write each (value + number format). */
function writeStamps(
  context: Excel.RequestContext,
  read: LedgerRead,
  plan: Plan,
  rows: number[],
  serial: number,
): void {
  const col = mapColumns(read.grid, plan).fields.get("updated");
  if (col === undefined) return;
  const letter = columnLetter(read.grid.firstCol + col);
  const sheet = context.workbook.worksheets.getItem(SHEETS.ledger);
  const sorted = [...rows].sort((a, b) => a - b);
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const first = read.grid.headerRow + 1 + sorted[start];
    const count = i - start;
    const range = sheet.getRange(`${letter}${first}:${letter}${first + count - 1}`);
    range.values = Array.from({ length: count }, () => [serial]);
    range.numberFormat = Array.from({ length: count }, () => [STAMP_FORMAT]);
    for (let k = start; k < i; k++) read.grid.body[sorted[k]][col] = serial;
    start = i;
  }
}
