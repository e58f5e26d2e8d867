/**
 * The plan a command works from: the bundled 2019 plan by default, or --plan FILE (.txt, .docx, .xlsx or
 * .json, see plan-input/read-plan). Every doubt is printed; the ledger is written whenever there is at least
 * one task (a task whose departments could not be read is marked 待确认). Refused only when there is no task,
 * or when a plan JSON repeats a 序号 (rows could not be told apart).
 */
import { resolve } from "node:path";
import { formatIssue } from "../../core/plan/issues";
import { Plan, PlanIssue } from "../../core/plan/types";
import { CliIO } from "../io";
import { planSummary, readPlanAt } from "./parse";
import { itemLossProblems } from "./workbook-support";

/** The bundled plan, relative to the package root (src/cli/commands or lib/cli/commands -> ../../..). */
export const DEFAULT_PLAN = resolve(__dirname, "..", "..", "..", "data", "plans", "cnipa-2019.json");

/**
 * The plan, or the exit code: 2 unreadable, 1 refused (no task, or rows that cannot be told apart).
 * `refused` says what was not done, e.g. "未生成台账".
 */
export async function loadPlan(
  planArg: string | undefined,
  io: CliIO,
  command: string,
  refused: string,
  /** Receives the reader's doubts (for the 待确认 sheet). */
  issuesOut?: PlanIssue[],
): Promise<Plan | number> {
  const path = planArg ? resolve(io.cwd, planArg) : DEFAULT_PLAN;
  const shown = planArg ?? DEFAULT_PLAN;
  const read = await readPlanAt(path, shown);
  if ("error" in read) {
    io.err(`taizhang ${command}：${read.error}`);
    return 2;
  }
  for (const issue of read.issues) io.err(formatIssue(issue));
  issuesOut?.push(...read.issues);
  const plan = read.value;
  if (read.issues.length > 0 || plan.items.some((i) => i.assignments.length === 0))
    io.err(planSummary(plan, read.issues));
  const problems = itemLossProblems(plan);
  if (problems.length > 0) {
    io.err(`taizhang ${command}：${refused}——${problems.join("")}请检查计划文件。`);
    return 1;
  }
  return plan;
}
