/**
 * 待确认: what the reader of the plan could not settle, for a person to check — tasks with no department
 * read (their 责任部门 says 待确认 in 台账) and every doubt the reader reported, each with the text it read.
 * Only written when there is something to check.
 */
import { formatIssue } from "../plan/issues";
import { Plan, PlanIssue } from "../plan/types";
import { text } from "./cells";
import { listSheet } from "./list-sheet";
import { COLORS } from "./look";
import { CellValue, SheetSpec } from "./types";

export const REVIEW_SHEET = "待确认";
/** The mark in 台账's 责任部门 for a task whose departments could not be read. */
export const REVIEW_MARK = "待确认";

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
  const pending = plan.items.filter((i) => i.assignments.length === 0).length;
  return listSheet({
    name: REVIEW_SHEET,
    tabColor: COLORS.unplaced,
    title: "待确认（读取计划时未能确定的内容，请核对后在“台账”中改正）",
    note:
      `共 ${issues.length} 处；其中 ${pending} 项未识别出责任部门，台账“责任部门”列标为“${REVIEW_MARK}”。` +
      "改正方法：在“责任部门”中写明，如“市财政局（牵头）；市审计局（配合）”。",
    headers: ["序号", "原文编号", "需要核对的问题", "计划原文"],
    widths: [7, 12, 44, 50],
    body: reviewRows(plan, issues),
  });
}
