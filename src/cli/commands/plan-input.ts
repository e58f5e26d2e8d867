/**
 * The plan a command works from: --plan FILE, else the plan the ledger it works on carries (--from, the
 * master), else the bundled 2019 plan. --plan FILE is a .txt, .docx, .xlsx or .json (plan-input/read-plan). Every doubt is printed; the ledger is written whenever there is at least
 * one task (a task whose departments could not be read is marked 待确认). Refused only when there is no task,
 * or when a plan JSON repeats a 序号 (rows could not be told apart).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatIssue } from "../../core/plan/issues";
import { Plan, PlanIssue } from "../../core/plan/types";
import { PlanSheetRead } from "../../core/ledger/plan-sheet";
import { readPlanSheetXlsx } from "../../xlsx/plan-sheet";
import { CliIO } from "../io";
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
  /**
   * A ledger the command works on (--from, the master): without --plan, the plan it carries is used. Its path,
   * or its plan sheet when the command has read the file already (one load instead of two).
   */
  carrier?: string | PlanSheetRead,
): Promise<Plan | number> {
  if (!planArg && carrier !== undefined) {
    const carried =
      typeof carrier === "string" ? await carriedPlan(resolve(io.cwd, carrier)) : usablePlan(carrier);
    if (carried) {
      for (const issue of carried.issues) io.err(formatIssue(issue));
      return carried.plan;
    }
  }
  const path = planArg ? resolve(io.cwd, planArg) : DEFAULT_PLAN;
  const shown = planArg ?? DEFAULT_PLAN;
  // Loaded only here: the document readers (.docx, .xlsx task tables) are not needed for a carried plan.
  const { planSummary, readPlanAt } = await import("./parse");
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

/** The plan a ledger file carries on its hidden plan sheet (issue 10), or null (none, unusable, unreadable). */
async function carriedPlan(path: string): Promise<{ plan: Plan; issues: PlanIssue[] } | null> {
  try {
    return usablePlan(await readPlanSheetXlsx(new Uint8Array(await readFile(path))));
  } catch {
    return null; // not readable here: the command's own reading of the file says why
  }
}

function usablePlan(read: PlanSheetRead): { plan: Plan; issues: PlanIssue[] } | null {
  return read.found && read.plan ? { plan: read.plan, issues: read.issues } : null;
}
