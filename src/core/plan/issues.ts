/** Plan issues with their Chinese messages (the CLI and the task pane show `message` as is). */
import { PlanIssue } from "./types";

type Kind = PlanIssue["kind"];

function issue(kind: Kind, line: number, item: number | null, message: string, text: string): PlanIssue {
  return { line, item, kind, message, text };
}

export const planIssues = {
  noTitle: (line: number, text: string) => issue("no-title", line, null, "找不到标题行", text),
  noItems: (line: number) =>
    issue("no-items", line, null, "没有找到任何编号工作事项（如“1.……（办公室负责）”）", ""),
  unknownClause: (line: number, item: number, text: string) =>
    issue("unknown-clause", line, item, `无法识别的分工表述 “${text}”`, text),
  missingClause: (line: number, item: number, text: string) =>
    issue("missing-clause", line, item, "事项末尾没有括号内的分工表述（如“（办公室负责）”）", text),
  unrecognisedLine: (line: number, text: string) =>
    issue("unrecognised-line", line, null, `无法归入任何事项的文字 “${text}”`, text),
  numbering: (line: number, item: number | null, message: string, text: string) =>
    issue("numbering", line, item, message, text),
};

/** One line of a report: "第 57 行，第 23 项：无法识别的分工表述 “…”". */
export function formatIssue(issue: PlanIssue): string {
  const parts = [
    issue.line > 0 ? `第 ${issue.line} 行` : "",
    issue.item !== null ? `第 ${issue.item} 项` : "",
  ];
  const where = parts.filter((p) => p !== "").join("，") || "计划文件";
  return `${where}：${issue.message}`;
}
