/**
 * A visible list sheet of the ledger: a title, a note, a header row and the rows (未能对应的内容, 待确认).
 * One layout, so the lists a person reads look and print alike.
 */
import { range } from "./a1";
import { displayText, text } from "./cells";
import { rowHeight } from "./heights";
import { FONT_BODY, HEADER_STYLE, NOTE_STYLE, THIN, TITLE_STYLE, emptySheet, printSetup } from "./look";
import { CellValue, SheetSpec, StyleRun } from "./types";

export interface ListSheet {
  name: string;
  tabColor: string;
  title: string;
  note: string;
  headers: readonly string[];
  widths: readonly number[];
  body: CellValue[][];
  /** Styles of particular columns (their header or body), applied after the common ones. */
  extraStyles?: (bodyRows: number) => StyleRun[];
}

export function listSheet(list: ListSheet): SheetSpec {
  const sheet = emptySheet(list.name, printSetup({ first: 3, last: 3 }, "landscape"));
  sheet.tabColor = list.tabColor;
  sheet.columns = list.widths.map((width, i) => ({ col: i + 1, width }));
  sheet.freeze = { rows: 3, cols: 0 };
  const n = list.headers.length;
  const blank = list.headers.slice(1).map(() => null);
  sheet.blocks.push({
    row: 1,
    col: 1,
    values: [
      [text(list.title), ...blank],
      [text(list.note), ...blank],
      list.headers.map((h) => text(h)),
      ...list.body,
    ],
  });
  sheet.styles.push(
    {
      range: range(1, 1, 1, 1),
      style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 13, color: list.tabColor } },
    },
    { range: range(2, 1, 1, 1), style: NOTE_STYLE },
    { range: range(3, 1, 1, n), style: HEADER_STYLE },
  );
  if (list.body.length > 0) {
    sheet.styles.push({
      range: range(4, 1, list.body.length, n),
      style: { font: { name: FONT_BODY, size: 9 }, alignment: { vertical: "top", wrap: true }, border: THIN },
    });
    sheet.rowHeights.push({
      row: 4,
      heights: list.body.map((vals) =>
        rowHeight(
          vals.map((v, i) => ({ text: displayText(v), width: list.widths[i], fontSize: 9 })),
          18,
        ),
      ),
      autofit: true,
    });
  }
  sheet.styles.push(...(list.extraStyles?.(list.body.length) ?? []));
  sheet.rowHeights.push({ row: 1, heights: [26, 18, 24], autofit: false });
  return sheet;
}
