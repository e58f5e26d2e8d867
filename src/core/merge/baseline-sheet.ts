/**
 * The baseline sheet of a department's copy: the filled-in values of every item as sent, plus the plan id,
 * department and time. veryHidden, so people do not edit it by accident; the merge compares against it.
 */
import { range } from "../ledger/a1";
import { BASELINE_FIELDS, DATE_FIELDS, LEDGER_HEADERS } from "../ledger/constants";
import { filledCell } from "../ledger/ledger-sheet";
import { emptySheet, printSetup } from "../ledger/look";
import { CellValue, FilledRow, SheetSpec } from "../ledger/types";
import { BASELINE_LAYOUT, BASELINE_META, BASELINE_SHEET } from "./constants";
import { safeText } from "./report-sheet";

export interface BaselineContent {
  planId: string;
  department: string;
  sentAt: string | null;
  /** The reporting round the copy was sent for (core/rounds), null outside a round. */
  round?: string | null;
  /** Items in the order to list them, with their values as sent. */
  rows: { no: number; values: FilledRow }[];
  /** The seal of all the above under the master's merge key (seal.ts); null: unsealed (the master has no key). */
  seal?: string | null;
}

export function baselineSheet(content: BaselineContent): SheetSpec {
  const sheet = emptySheet(BASELINE_SHEET, printSetup(null, "portrait"));
  sheet.visibility = "veryHidden";
  sheet.showGridLines = true;
  const B = BASELINE_LAYOUT;
  sheet.blocks.push({
    row: B.metaRow,
    col: 1,
    values: [
      [BASELINE_META.planId, safeText(content.planId)],
      [BASELINE_META.department, safeText(content.department)],
      [BASELINE_META.sentAt, content.sentAt ? { date: content.sentAt } : null],
      [BASELINE_META.round, content.round ? safeText(content.round) : null],
      [BASELINE_META.seal, content.seal ?? null],
    ],
  });
  const header: CellValue[] = [LEDGER_HEADERS.no, ...BASELINE_FIELDS.map((f) => LEDGER_HEADERS[f])];
  sheet.blocks.push({
    row: B.headerRow,
    col: 1,
    values: [
      header,
      ...content.rows.map((r) => [r.no, ...BASELINE_FIELDS.map((f) => filledCell(r.values[f]))]),
    ],
  });
  sheet.columns = header.map((_, i) => ({ col: i + 1, width: i === 0 ? 12 : 16 }));
  const dates = BASELINE_FIELDS.flatMap((f, i) =>
    (DATE_FIELDS as readonly string[]).includes(f) ? [i + 2] : [],
  );
  for (const col of dates) {
    sheet.styles.push({
      range: range(B.firstBodyRow, col, Math.max(1, content.rows.length), 1),
      style: { numberFormat: "yyyy-mm-dd" },
    });
  }
  sheet.styles.push({ range: range(B.metaRow + 2, 2, 1, 1), style: { numberFormat: "yyyy-mm-dd hh:mm" } });
  return sheet;
}
