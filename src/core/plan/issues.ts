/** Plan issues with their Chinese messages (the CLI and the task pane show `message` as is). */
import { PlanIssue } from "./types";

type Kind = PlanIssue["kind"];

function issue(kind: Kind, line: number, item: number | null, message: string, text: string): PlanIssue {
  return { line, item, kind, message, text };
}

export const planIssues = {
  noTitle: (line: number, text: string) => issue("no-title", line, null, "找不到标题行", text),
  noItems: (line: number) =>
    issue(
      "no-items",
      line,
      null,
      "没有找到任何工作任务：请确认文件是工作要点、任务分工方案或实施方案的正文（任务带编号，如“1.……（办公室负责）”，或是含“工作任务”“牵头单位”列的表格）",
      "",
    ),
  unknownClause: (line: number, item: number, text: string) =>
    issue("unknown-clause", line, item, `无法识别的分工表述 “${text}”，请核对该项的责任部门`, text),
  missingClause: (line: number, item: number, text: string) =>
    issue(
      "missing-clause",
      line,
      item,
      "未找到责任部门，台账中标为“待确认”：请在台账的“责任部门”列填写，或在计划中写明（如“（办公室负责）”“牵头单位：……”）",
      text,
    ),
  unrecognisedLine: (line: number, text: string) =>
    issue("unrecognised-line", line, null, `无法归入任何事项的文字 “${text}”`, text),
  alias: (short: string, long: string) =>
    issue(
      "department",
      0,
      null,
      `“${short}”和“${long}”可能是同一部门，已分为两列：如是同一部门，请在计划中统一写法后重新生成`,
      `${short} / ${long}`,
    ),
  numbering: (line: number, item: number | null, message: string, text: string) =>
    issue("numbering", line, item, message, text),
};

/** One line of a report: "第 57 行，序号 23：无法识别的分工表述 “…”" (序号: the ledger's running number). */
export function formatIssue(issue: PlanIssue): string {
  const parts = [
    issue.line > 0 ? `第 ${issue.line} 行` : "",
    issue.item !== null ? `序号 ${issue.item}` : "",
  ];
  const where = parts.filter((p) => p !== "").join("，") || "计划文件";
  return `${where}：${issue.message}`;
}
