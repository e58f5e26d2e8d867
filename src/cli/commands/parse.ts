/**
 * taizhang parse PLAN — prints the plan as JSON (stdout), whatever it could read; a summary and every doubt
 * go to stderr, one per line. PLAN: .txt (UTF-8, GB18030/GBK, UTF-16), .docx, .xlsx task table, or .json.
 * Exit: 0 read (possibly with doubts), 1 no task found, 2 bad usage or unreadable file.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../../core/plan/issues";
import { Plan, PlanIssue } from "../../core/plan/types";
import { PlanFileError, ReadPlan, readPlanFile } from "../../plan-input/read-plan";
import { CliIO } from "../io";

export const PARSE_USAGE = [
  "用法：taizhang parse PLAN",
  "",
  "  把工作要点、任务分工方案或实施方案读成 JSON（标准输出），并在标准错误输出中列出读出的",
  "  任务数、部门数和每一处待确认（行号、序号、原文）。",
  "  PLAN 可以是 .txt（UTF-8 / GBK / GB18030）、.docx、.xlsx（任务分工表）或 .json。",
  "",
  "退出码：0 已读出（可能有待确认）  1 没有找到任何任务  2 参数或文件有误",
].join("\n");

/** Reads a plan file of any supported kind, or returns a Chinese message saying why it cannot. */
export async function readPlanAt(path: string, shown: string = path): Promise<ReadPlan | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `找不到文件 “${shown}”。` };
    if (code === "EISDIR") return { error: `“${shown}” 是文件夹，不是计划文件。` };
    return { error: `无法读取文件 “${shown}”（${code ?? String(err)}）。` };
  }
  try {
    return await readPlanFile(shown, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof PlanFileError) return { error: `“${shown}”：${error.message}` };
    throw error;
  }
}

/** "读出 30 项任务、21 个部门（17 个单位、4 个泛指）；2 项待确认。" */
export function planSummary(plan: Plan, issues: readonly PlanIssue[]): string {
  const units = plan.departments.filter((d) => d.kind === "unit").length;
  const pending = plan.items.filter((i) => i.assignments.length === 0).length;
  const doubts = issues.length;
  return (
    `读出 ${plan.items.length} 项任务、${plan.departments.length} 个部门（${units} 个单位、` +
    `${plan.departments.length - units} 个泛指）` +
    (pending > 0 ? `；${pending} 项未识别出责任部门（台账中标为“待确认”）` : "") +
    (doubts > 0 ? `；共 ${doubts} 处需要核对，见上。` : "。")
  );
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let file: string | undefined;
  try {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" } },
    });
    if (values.help) {
      io.out(`${PARSE_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new Error("需要且只需要一个文件");
    file = positionals[0];
  } catch {
    io.err(`taizhang parse：参数有误。\n${PARSE_USAGE}`);
    return 2;
  }
  const read = await readPlanAt(resolve(io.cwd, file), file);
  if ("error" in read) {
    io.err(`taizhang parse：${read.error}`);
    return 2;
  }
  const { value: plan, issues } = read;
  for (const issue of issues) io.err(formatIssue(issue));
  io.err(planSummary(plan, issues));
  io.out(JSON.stringify(plan, null, 2) + "\n");
  return plan.items.length === 0 ? 1 : 0;
}
