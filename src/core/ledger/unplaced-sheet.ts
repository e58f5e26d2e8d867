/** 未能对应的内容: what people typed in an older ledger that matches no item of the new plan. Never dropped. */
import { range } from "./a1";
import { text } from "./cells";
import { FILLED_FIELDS, LEDGER_HEADERS, SHEETS, UNPLACED_HEADERS } from "./constants";
import { filledCell } from "./ledger-sheet";
import {
  COLORS,
  FILL_IN_HEADER_STYLE,
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "./look";
import { rowHeight } from "./heights";
import { CellValue, SheetSpec, UnplacedRow } from "./types";
import { displayText } from "./cells";

const WIDTHS = [7, 40, 8, 24, 20, 8, 11, 11, 26];

export function unplacedSheet(rows: readonly UnplacedRow[]): SheetSpec {
  const sheet = emptySheet(SHEETS.unplaced, printSetup({ first: 3, last: 3 }, "landscape"));
  sheet.tabColor = COLORS.unplaced;
  sheet.columns = WIDTHS.map((width, i) => ({ col: i + 1, width }));
  sheet.freeze = { rows: 3, cols: 0 };
  const headers = [
    UNPLACED_HEADERS.no,
    UNPLACED_HEADERS.task,
    ...FILLED_FIELDS.map((f) => LEDGER_HEADERS[f]),
    UNPLACED_HEADERS.reason,
  ];
  const body: CellValue[][] = rows.map((r) => [
    r.no,
    text(r.task),
    ...FILLED_FIELDS.map((f) => filledCell(r.values[f])),
    text(r.reason),
  ]);
  sheet.blocks.push({
    row: 1,
    col: 1,
    values: [
      [
        text("未能对应的内容（旧台账中无法对应到新计划任何事项的填写内容，请人工核对后移入“台账”）"),
        ...headers.slice(1).map(() => null),
      ],
      [text(`共 ${rows.length} 行。本表内容不参与汇总。`), ...headers.slice(1).map(() => null)],
      headers,
      ...body,
    ],
  });
  const n = headers.length;
  sheet.styles.push(
    {
      range: range(1, 1, 1, 1),
      style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 13, color: COLORS.unplaced } },
    },
    { range: range(2, 1, 1, 1), style: NOTE_STYLE },
    { range: range(3, 1, 1, n), style: HEADER_STYLE },
    { range: range(3, 3, 1, FILLED_FIELDS.length), style: FILL_IN_HEADER_STYLE },
  );
  if (body.length > 0) {
    sheet.styles.push({
      range: range(4, 1, body.length, n),
      style: { font: { name: FONT_BODY, size: 9 }, alignment: { vertical: "top", wrap: true }, border: THIN },
    });
    sheet.styles.push({ range: range(4, 7, body.length, 2), style: { numberFormat: "yyyy-mm-dd" } });
    sheet.rowHeights.push({
      row: 4,
      heights: body.map((vals) =>
        rowHeight(
          vals.map((v, i) => ({ text: displayText(v), width: WIDTHS[i], fontSize: 9 })),
          18,
        ),
      ),
      autofit: true,
    });
  }
  sheet.rowHeights.push({ row: 1, heights: [26, 18, 24], autofit: false });
  return sheet;
}
