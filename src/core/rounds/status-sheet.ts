/**
 * The 报送情况 sheet (department × round: the date its copy came back, 逾期报送 and the date, or 未报送) and
 * the veryHidden TZ_Rounds sheet holding the rounds and returns as records (what every command reads back).
 */
import { range } from "../ledger/a1";
import { text } from "../ledger/cells";
import {
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "../ledger/look";
import { CellValue, SheetSpec } from "../ledger/types";
import { Plan } from "../plan/types";
import { RETURN_MARKS, ROUND_HEADERS, ROUND_SHEETS } from "./constants";
import { RoundsState } from "./types";

export const STATUS_LAYOUT = { titleRow: 1, noteRow: 2, headerRow: 3, firstBodyRow: 4 } as const;

/** What a department's cell says for a round. */
export function returnText(state: RoundsState, round: string, department: string): string {
  const back = state.returns.find((r) => r.round === round && r.department === department);
  if (!back) return RETURN_MARKS.missing;
  const day = back.returnedAt.slice(0, 10);
  return back.late ? `${RETURN_MARKS.late} ${day}` : day;
}

export function statusSheet(plan: Plan, state: RoundsState): SheetSpec {
  const S = STATUS_LAYOUT;
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  const sheet = emptySheet(
    ROUND_SHEETS.status,
    printSetup({ first: S.headerRow, last: S.headerRow }, "landscape"),
  );
  sheet.tabColor = "#7030A0";
  sheet.freeze = { rows: S.headerRow, cols: 1 };
  const rounds = state.rounds;
  const lastCol = 1 + Math.max(1, rounds.length);
  sheet.columns = [{ col: 1, width: 20 }, ...rounds.map((_, i) => ({ col: i + 2, width: 18 }))];
  sheet.blocks.push({
    row: S.titleRow,
    col: 1,
    values: [
      [text(`${plan.title}——各部门报送情况`)],
      [
        text(
          "每轮一列：交回日期；截止日期后交回的标“逾期报送”；“未报送”的部门可用 taizhang round status 总表.xlsx 列出催报名单（含联系人）。",
        ),
      ],
    ],
  });
  const header: CellValue[] = [
    "部门",
    ...rounds.map((r) => text(`${r.name}（截止 ${r.due}${r.closedAt ? "，已结束" : "，进行中"}）`)),
  ];
  const body = units.map((d): CellValue[] => [text(d), ...rounds.map((r) => returnText(state, r.name, d))]);
  sheet.blocks.push({ row: S.headerRow, col: 1, values: [header, ...body] });
  const bodyRange = range(S.firstBodyRow, 2, Math.max(1, units.length), Math.max(1, rounds.length));
  sheet.styles.push(
    { range: range(S.titleRow, 1, 1, 1), style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 14 } } },
    { range: range(S.noteRow, 1, 1, 1), style: NOTE_STYLE },
    {
      range: range(S.headerRow, 1, 1, lastCol),
      style: { ...HEADER_STYLE, alignment: { wrap: true, horizontal: "center", vertical: "middle" } },
    },
    {
      range: range(S.firstBodyRow, 1, Math.max(1, units.length), lastCol),
      style: {
        font: { name: FONT_BODY, size: 10 },
        border: THIN,
        alignment: { horizontal: "center", vertical: "middle" },
      },
    },
    {
      range: range(S.firstBodyRow, 1, Math.max(1, units.length), 1),
      style: { alignment: { horizontal: "left" } },
    },
  );
  sheet.rowHeights.push({ row: S.titleRow, heights: [24, 18, 36], autofit: false });
  const corner = `B${S.firstBodyRow}`;
  sheet.conditionalFormats.push(
    {
      range: bodyRange,
      formula: `${corner}="${RETURN_MARKS.missing}"`,
      fill: "#FFC7CE",
      font: { color: "#9C0006", bold: true },
    },
    {
      range: bodyRange,
      formula: `COUNTIF(${corner},"${RETURN_MARKS.late}*")>0`,
      fill: "#FFEB9C",
      font: { color: "#9C5700" },
    },
  );
  return sheet;
}

/** The veryHidden records: rounds in A:D, returns in F:J; dates as ISO text (no number format to lose). */
export function roundsDataSheet(state: RoundsState): SheetSpec {
  const sheet = emptySheet(ROUND_SHEETS.data, printSetup(null, "portrait"));
  sheet.visibility = "veryHidden";
  sheet.blocks.push(
    {
      row: 1,
      col: 1,
      values: [
        [...ROUND_HEADERS.rounds],
        ...state.rounds.map((r): CellValue[] => [text(r.name), r.startedAt, r.due, r.closedAt]),
      ],
    },
    {
      row: 1,
      col: 6,
      values: [
        [...ROUND_HEADERS.returns],
        ...state.returns.map((r): CellValue[] => [
          text(r.round),
          text(r.department),
          r.returnedAt,
          r.late ? "是" : "否",
          text(r.file),
        ]),
      ],
    },
  );
  return sheet;
}
