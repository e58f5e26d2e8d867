/**
 * The plan a command works from: the bundled 2019 plan by default, or --plan PLAN.json|PLAN.txt. JSON is
 * restored field by field (restorePlan), text is parsed (parsePlan); either way every issue is printed, and a
 * plan that would lose or mis-number an item is refused.
 */
import { extname, resolve } from "node:path";
import { formatIssue } from "../../core/plan/issues";
import { parsePlan } from "../../core/plan/parse";
import { Plan } from "../../core/plan/types";
import { CliIO } from "../io";
import { readPlanFile } from "./parse";
import { itemLossProblems, planFromJson } from "./workbook-support";

/** The bundled plan, relative to the package root (src/cli/commands or lib/cli/commands -> ../../..). */
export const DEFAULT_PLAN = resolve(__dirname, "..", "..", "..", "data", "plans", "cnipa-2019.json");

/**
 * The plan, or the exit code: 2 unreadable, 1 refused (items would be lost). `refused` says what was not
 * done, e.g. "未生成台账".
 */
export function loadPlan(
  planArg: string | undefined,
  io: CliIO,
  command: string,
  refused: string,
): Plan | number {
  const path = planArg ? resolve(io.cwd, planArg) : DEFAULT_PLAN;
  const shown = planArg ?? DEFAULT_PLAN;
  const read = readPlanFile(path, shown);
  if ("error" in read) {
    io.err(`taizhang ${command}：${read.error}`);
    return 2;
  }
  let plan: Plan;
  if (extname(path).toLowerCase() === ".json") {
    const restored = planFromJson(read.text);
    if ("error" in restored) {
      io.err(`taizhang ${command}：“${shown}” ${restored.error}`);
      return 2;
    }
    for (const issue of restored.issues) io.err(formatIssue(issue));
    plan = restored.value;
  } else {
    const result = parsePlan(read.text);
    for (const issue of result.issues) io.err(formatIssue(issue));
    plan = result.value;
  }
  const problems = itemLossProblems(plan);
  if (problems.length > 0) {
    io.err(`taizhang ${command}：${refused}——以下问题会使工作事项丢失或无法对应，请先修正计划：`);
    for (const p of problems) io.err(`  · ${p}`);
    return 1;
  }
  return plan;
}
