/**
 * The 进展记录 sheet: what every task said when each round closed, and every cell a merge changed (old → new,
 * from which copy) — so nothing a department wrote last quarter is lost when it writes this quarter. Read
 * back by its headers (src/xlsx/read-rounds.ts) and written again on every regeneration.
 */
import { range } from "../ledger/a1";
import { displayText, text } from "../ledger/cells";
import { wrappedLines } from "../ledger/heights";
import { DATE_FIELDS, LEDGER_HEADERS } from "../ledger/constants";
import { filledCell } from "../ledger/ledger-sheet";
import { FONT_BODY, HEADER_STYLE, THIN, TITLE_STYLE, emptySheet, printSetup } from "../ledger/look";
import { CellValue, SheetSpec } from "../ledger/types";
import { MERGE_FIELDS } from "../merge/constants";
import { HISTORY_HEADERS, HISTORY_KINDS, ROUND_SHEETS } from "./constants";
import { HistoryEntry } from "./types";

export const HISTORY_LAYOUT = { titleRow: 1, headerRow: 2, firstBodyRow: 3 } as const;

const H = HISTORY_HEADERS;
/** A row of one line of 9 pt text, and each further wrapped line. */
const ONE_LINE_PT = 15;
const LINE_PT = 12;

/** The headers in sheet order: who and when, the merged fields, then the change's own columns. */
export const HISTORY_COLUMNS: readonly string[] = [
  H.round,
  H.date,
  H.kind,
  H.no,
  H.department,
  ...MERGE_FIELDS.map((f) => LEDGER_HEADERS[f]),
  H.deadline,
  H.field,
  H.before,
  H.file,
];

function entryRow(e: HistoryEntry): CellValue[] {
  const fields = MERGE_FIELDS.map((f): CellValue => {
    if (e.kind === "snapshot") return filledCell(e.values[f]);
    return e.field === f ? filledCell(e.after) : null;
  });
  return [
    text(e.round),
    { date: e.date },
    HISTORY_KINDS[e.kind],
    e.no,
    text(e.department),
    ...fields,
    e.kind === "snapshot" ? text(e.deadline) : null,
    e.kind === "change" ? LEDGER_HEADERS[e.field] : null,
    e.kind === "change" ? filledCell(e.before) : null,
    e.kind === "change" ? text(e.file) : null,
  ];
}

export function historySheet(entries: readonly HistoryEntry[]): SheetSpec {
  const L = HISTORY_LAYOUT;
  const sheet = emptySheet(
    ROUND_SHEETS.history,
    printSetup({ first: L.headerRow, last: L.headerRow }, "landscape"),
  );
  sheet.tabColor = "#7030A0";
  sheet.freeze = { rows: L.headerRow, cols: 0 };
  const widths: Record<string, number> = {
    [H.round]: 14,
    [H.date]: 11,
    [H.kind]: 12,
    [H.no]: 5,
    [H.department]: 24,
    [LEDGER_HEADERS.contact]: 18,
    [LEDGER_HEADERS.due]: 11,
    [LEDGER_HEADERS.updated]: 11,
    [H.file]: 28,
  };
  const wide = new Set<string>([LEDGER_HEADERS.progress, LEDGER_HEADERS.problems, H.before]);
  // Several departments (办公室、条法司、保护司…) or contacts wrap rather than run under the next column.
  const wrapped = new Set<string>([...wide, H.department, LEDGER_HEADERS.contact]);
  const widthOf = (h: string) => widths[h] ?? (wide.has(h) ? 26 : 9);
  sheet.columns = HISTORY_COLUMNS.map((h, i) => ({ col: i + 1, width: widthOf(h) }));
  sheet.blocks.push({
    row: L.titleRow,
    col: 1,
    values: [
      [
        text(
          "进展记录：每轮结束时各项工作的填写内容（本轮结束快照），以及每次合并改动的单元格（原内容 → 新内容，来自哪份副本）。请勿修改。",
        ),
      ],
    ],
  });
  const body = entries.map(entryRow);
  sheet.blocks.push({ row: L.headerRow, col: 1, values: [[...HISTORY_COLUMNS], ...body] });
  const rows = Math.max(1, entries.length);
  sheet.styles.push(
    { range: range(L.titleRow, 1, 1, 1), style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 12 } } },
    { range: range(L.headerRow, 1, 1, HISTORY_COLUMNS.length), style: HEADER_STYLE },
    {
      range: range(L.firstBodyRow, 1, rows, HISTORY_COLUMNS.length),
      style: {
        font: { name: FONT_BODY, size: 9 },
        border: THIN,
        alignment: { vertical: "top", wrap: false },
      },
    },
    ...HISTORY_COLUMNS.flatMap((h, i) =>
      wrapped.has(h)
        ? [{ range: range(L.firstBodyRow, i + 1, rows, 1), style: { alignment: { wrap: true } } }]
        : [],
    ),
    {
      range: range(L.firstBodyRow, HISTORY_COLUMNS.indexOf(H.no) + 1, rows, 1),
      style: { alignment: { horizontal: "center" } },
    },
    { range: range(L.firstBodyRow, 2, rows, 1), style: { numberFormat: "yyyy-mm-dd" } },
    ...MERGE_FIELDS.flatMap((f, i) =>
      (DATE_FIELDS as readonly string[]).includes(f)
        ? [{ range: range(L.firstBodyRow, 6 + i, rows, 1), style: { numberFormat: "yyyy-mm-dd" } }]
        : [],
    ),
  );
  sheet.rowHeights.push({ row: L.titleRow, heights: [22, 22], autofit: false });
  // A row whose wrapped cells need several lines is as tall as they need (the writer cannot autofit); the
  // others keep a single line's height, so a long log stays compact.
  const heights = body.map((values) => {
    const cells = HISTORY_COLUMNS.flatMap((h, i) =>
      wrapped.has(h) ? [{ text: displayText(values[i] ?? null), width: widthOf(h), fontSize: 9 }] : [],
    );
    const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width, c.fontSize)));
    return ONE_LINE_PT + (lines - 1) * LINE_PT;
  });
  if (heights.length > 0) sheet.rowHeights.push({ row: L.firstBodyRow, heights, autofit: true });
  return sheet;
}
