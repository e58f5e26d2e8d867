/** 未能对应的内容: what people typed in an older ledger that matches no item of the new plan. Never dropped. */
import { range } from "./a1";
import { text } from "./cells";
import { DATE_FIELDS, DateField, FILLED_FIELDS, LEDGER_HEADERS, SHEETS, UNPLACED_HEADERS } from "./constants";
import { filledCell, typedDateFormat } from "./ledger-sheet";
import { listSheet } from "./list-sheet";
import { splitChunks } from "./plan-sheet";
import { COLORS, FILL_IN_HEADER_STYLE } from "./look";
import { SheetSpec, UnplacedRow } from "./types";

const WIDTHS = [7, 40, 8, 24, 20, 8, 11, 11, 26];
/** Excel's limit of characters in a cell. */
const CELL_MAX = 32_767;
/** Marks a row carrying on the reason of the row above (an added column's long text). */
export const CONTINUED = "（接上行）";

/** A reason longer than a cell holds (an added column's long text) over several rows, never cut. */
function reasonPieces(reason: string): string[] {
  return reason.length <= CELL_MAX ? [reason] : splitChunks(reason, CELL_MAX - 1_000);
}

export function unplacedSheet(rows: readonly UnplacedRow[]): SheetSpec {
  return listSheet({
    name: SHEETS.unplaced,
    tabColor: COLORS.unplaced,
    title: "未能对应的内容（旧台账中无法对应到新计划任何事项的填写内容，请人工核对后移入“台账”）",
    note: `共 ${rows.length} 行。本表内容不参与汇总。`,
    headers: [
      UNPLACED_HEADERS.no,
      UNPLACED_HEADERS.task,
      ...FILLED_FIELDS.map((f) => LEDGER_HEADERS[f]),
      UNPLACED_HEADERS.reason,
    ],
    widths: WIDTHS,
    body: rows.flatMap((r) =>
      reasonPieces(r.reason).map((piece, i) => [
        r.no,
        text(r.task),
        ...FILLED_FIELDS.map((f) => (i === 0 ? filledCell(r.values[f]) : null)),
        text(i === 0 ? piece : `${CONTINUED}${piece}`),
      ]),
    ),
    extraStyles: (bodyRows) => [
      { range: range(3, 3, 1, FILLED_FIELDS.length), style: FILL_IN_HEADER_STYLE },
      ...(bodyRows > 0 ? [{ range: range(4, 7, bodyRows, 2), style: { numberFormat: "yyyy-mm-dd" } }] : []),
      // A date typed in a text column (进展情况…) reads back as a date, not its serial number, as on 台账.
      ...rows
        .flatMap((r) => reasonPieces(r.reason).map((_, i) => (i === 0 ? r.values : null)))
        .flatMap((values, i) =>
          FILLED_FIELDS.flatMap((f, j) => {
            const numberFormat =
              values && !DATE_FIELDS.includes(f as DateField) ? typedDateFormat(values[f]) : null;
            return numberFormat ? [{ range: range(4 + i, 3 + j, 1, 1), style: { numberFormat } }] : [];
          }),
        ),
    ],
  });
}
