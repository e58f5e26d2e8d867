/**
 * taizhang parse PLAN.txt — prints the plan as JSON (stdout); problems go to stderr, one per line.
 * Exit: 0 parsed (possibly with issues), 1 no recognisable items, 2 bad usage or unreadable file.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../../core/plan/issues";
import { parsePlan } from "../../core/plan/parse";
import { CliIO } from "../io";

const USAGE = "用法：taizhang parse PLAN.txt";

/** Reads a UTF-8 text file, or returns a Chinese message saying why it cannot. */
export function readPlanFile(path: string, shown: string = path): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `找不到文件 “${shown}”。` };
    if (code === "EISDIR") return { error: `“${shown}” 是文件夹，不是文本文件。` };
    return { error: `无法读取文件 “${shown}”（${code ?? String(err)}）。` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      error: `文件 “${shown}” 不是 UTF-8 编码，请另存为 UTF-8 文本后重试。`,
    };
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let file: string | undefined;
  try {
    const { positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {},
    });
    if (positionals.length !== 1) throw new Error("需要且只需要一个文件");
    file = positionals[0];
  } catch {
    io.err(`taizhang parse：参数有误。\n${USAGE}`);
    return 2;
  }
  const read = readPlanFile(resolve(io.cwd, file), file);
  if ("error" in read) {
    io.err(`taizhang parse：${read.error}`);
    return 2;
  }
  const { value: plan, issues } = parsePlan(read.text);
  for (const issue of issues) io.err(formatIssue(issue));
  if (plan.items.length === 0) return 1;
  io.out(JSON.stringify(plan, null, 2) + "\n");
  return 0;
}
