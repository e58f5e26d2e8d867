/**
 * 待确认: what the reader of the plan could not settle, for a person to check — tasks with no department
 * read (their 责任部门 says 待确认 in 台账) and every doubt the reader reported, each with the text it read.
 * Only written when there is something to check.
 */
import { formatIssue } from "../plan/issues";
import { Plan, PlanIssue } from "../plan/types";
import { range } from "./a1";
import { displayText, text } from "./cells";
import { rowHeight } from "./heights";
import {
  COLORS,
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "./look";
import { CellValue, SheetSpec } from "./types";

export const REVIEW_SHEET = "待确认";
/** The mark in 台账's 责任部门 for a task whose departments could not be read. */
export const REVIEW_MARK = "待确认";

const WIDTHS = [7, 12, 44, 50];
const HEADERS = ["序号", "原文编号", "需要核对的问题", "计划原文"];

export function reviewRows(plan: Plan, issues: readonly PlanIssue[]): CellValue[][] {
  const label = new Map(plan.items.map((i) => [i.no, i.label]));
  return issues.map((issue) => [
    issue.item,
    text(issue.item !== null ? (label.get(issue.item) ?? "") : ""),
    text(formatIssue(issue)),
    text(issue.text),
  ]);
}

export function reviewSheet(plan: Plan, issues: readonly PlanIssue[]): SheetSpec | null {
  if (issues.length === 0) return null;
  const sheet = emptySheet(REVIEW_SHEET, printSetup({ first: 3, last: 3 }, "landscape"));
  sheet.tabColor = COLORS.unplaced;
  sheet.columns = WIDTHS.map((width, i) => ({ col: i + 1, width }));
  sheet.freeze = { rows: 3, cols: 0 };
  const body = reviewRows(plan, issues);
  const pending = plan.items.filter((i) => i.assignments.length === 0).length;
  sheet.blocks.push({
    row: 1,
    col: 1,
    values: [
      [text("待确认（读取计划时未能确定的内容，请核对后在“台账”中改正）"), null, null, null],
      [
        text(
          `共 ${issues.length} 处；其中 ${pending} 项未识别出责任部门，台账“责任部门”列标为“${REVIEW_MARK}”。` +
            "请对照计划原文核对。",
        ),
        null,
        null,
        null,
      ],
      HEADERS.map((h) => text(h)),
      ...body,
    ],
  });
  sheet.styles.push(
    {
      range: range(1, 1, 1, 1),
      style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 13, color: COLORS.unplaced } },
    },
    { range: range(2, 1, 1, 1), style: NOTE_STYLE },
    { range: range(3, 1, 1, HEADERS.length), style: HEADER_STYLE },
    {
      range: range(4, 1, body.length, HEADERS.length),
      style: { font: { name: FONT_BODY, size: 9 }, alignment: { vertical: "top", wrap: true }, border: THIN },
    },
  );
  sheet.rowHeights.push(
    { row: 1, heights: [26, 18, 24], autofit: false },
    {
      row: 4,
      heights: body.map((vals) =>
        rowHeight(
          vals.map((v, i) => ({ text: displayText(v), width: WIDTHS[i], fontSize: 9 })),
          18,
        ),
      ),
      autofit: true,
    },
  );
  return sheet;
}
