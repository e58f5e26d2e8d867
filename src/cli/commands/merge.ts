/**
 * taizhang merge MASTER.xlsx RETURNED.xlsx… [--out MERGED.xlsx] [--plan PLAN.json|PLAN.txt] [--force]
 *
 * Collects departments' returned copies back into the master: from each copy only the items its department
 * is assigned to, only the cells people fill in; conflicts and invalid values are reported, never written
 * silently. All or nothing: every file is read and checked first; the merged master is written once.
 * The master is never overwritten unless --out names it, and then atomically (temporary file, rename).
 * One merge at a time per master (a lock file beside it, see master-lock.ts): a concurrent one waits, then
 * reads the master as the first left it; an existing output is never replaced without --force, even when
 * another run wrote it meanwhile.
 * Exit: 0 merged (conflicts, if any, are listed), 1 refused (a file is unusable), 2 bad usage or I/O error.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { NamedBytes, mergeLedgerFiles } from "../../xlsx/merge/merge-files";
import { removeStaleTemps, writeFileAtomic } from "../atomic-write";
import { CliIO } from "../io";
import { lockMaster } from "../master-lock";
import { Plan } from "../../core/plan/types";
import { loadPlan } from "./plan-input";
import { isCalendarDay } from "../../core/time/calendar-day";
import { localTimestamp } from "../../core/time/local-timestamp";

export const USAGE = [
  "用法：taizhang merge 总表.xlsx 部门副本.xlsx… [--out 合并结果.xlsx] [--plan PLAN] [--received 日期] [--force]",
  "",
  "  把各部门交回的副本合并回总表：每份副本只取该部门自己的事项、只取发出后改动过的单元格；",
  "  冲突、无效状态和像公式的文字写入“合并报告”表并在屏幕上列出，不会静默写入。",
  "",
  "  --out F     合并结果写到 F（默认：总表名-合并.xlsx）",
  "  --plan P    计划文件（.txt/.docx/.xlsx/.json）；默认使用总表中保存的计划（旧总表没有时用随附的 2019 年计划）",
  "  --received D  本轮报送记录中这些副本的交回日期 yyyy-mm-dd（默认：各文件的修改日期；",
  "                副本从邮件或U盘另存、复制过时，修改日期可能晚于实际交回日期）",
  "  --force     允许覆盖已存在的 --out 文件",
  "  -h, --help  显示本说明",
  "",
  "退出码：0 已合并  1 未合并（文件有问题或有冲突需处理，原因见提示）  2 参数或文件有误",
].join("\n");

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed: { files: string[]; out?: string; plan?: string; force: boolean; received?: string };
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        plan: { type: "string" },
        force: { type: "boolean", default: false },
        received: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length < 2) throw new Error("需要一个总表和至少一份部门副本");
    if (values.received !== undefined && !isCalendarDay(values.received))
      throw new Error("--received 应写成 yyyy-mm-dd，如 2019-09-25");
    parsed = {
      files: positionals,
      out: values.out,
      plan: values.plan,
      force: values.force ?? false,
      received: values.received,
    };
  } catch (err) {
    io.err(`taizhang merge：参数有误（${(err as Error).message}）。\n${USAGE}`);
    return 2;
  }
  const shown = (p: string) => relative(io.cwd, p) || p;
  const paths = parsed.files.map((f) => resolve(io.cwd, f));
  const [masterPath, ...copyPaths] = paths;
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) {
    io.err(
      `taizhang merge：“${shown(twice)}” 出现了两次${twice === masterPath ? "（总表不能同时作为部门副本）" : ""}。`,
    );
    return 2;
  }
  const outPath = parsed.out ? resolve(io.cwd, parsed.out) : defaultOut(masterPath);
  if (copyPaths.includes(outPath)) {
    io.err(
      `taizhang merge：输出文件 “${shown(outPath)}” 是一份部门副本，不能覆盖。请用 --out 指定其他文件名。`,
    );
    return 2;
  }
  const exists = () => outPath !== masterPath && existsSync(outPath) && !parsed.force;
  const existsMessage = `taizhang merge：“${shown(outPath)}” 已存在，未覆盖。请用 --out 指定新文件名，确需覆盖请加 --force。`;
  if (exists()) {
    io.err(existsMessage);
    return 1;
  }

  const plan = await loadPlan(parsed.plan, io, "merge", "未合并", undefined, parsed.files[0]);
  if (typeof plan === "number") return plan;
  const lock = await lockMaster(masterPath);
  if ("message" in lock) {
    io.err(`taizhang merge：${lock.message}`);
    return 1;
  }
  try {
    if (lock.notice) io.err(lock.notice);
    // Another merge may have written the output while this one waited for the lock.
    if (exists()) {
      io.err(existsMessage);
      return 1;
    }
    return await mergeLocked(paths, outPath, masterPath, parsed.force, io, plan, parsed.received);
  } finally {
    lock.release();
  }
}

async function mergeLocked(
  paths: string[],
  outPath: string,
  masterPath: string,
  force: boolean,
  io: CliIO,
  plan: Plan,
  /** yyyy-mm-dd: the day the copies came back, as the office says (else each file's modification time). */
  received?: string,
): Promise<number> {
  const shown = (p: string) => relative(io.cwd, p) || p;
  const files: NamedBytes[] = [];
  for (const p of paths) {
    try {
      const receivedAt = localTimestamp(received ? new Date(`${received}T12:00:00`) : statSync(p).mtime);
      files.push({ name: basename(p), bytes: readFileSync(p), receivedAt });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      io.err(
        `taizhang merge：${code === "ENOENT" ? "找不到" : "无法读取"}文件 “${shown(p)}”${code === "ENOENT" ? "" : `（${code}）`}。`,
      );
      return 2;
    }
  }
  const [master, ...copies] = files;
  const merged = await mergeLedgerFiles(master, copies, plan, { generatedAt: new Date().toISOString() });
  if (!merged.ok) {
    for (const line of merged.lines) io.err(line);
    return 1;
  }
  removeStaleTemps(outPath);
  try {
    writeFileAtomic(outPath, merged.bytes, { overwrite: force || outPath === masterPath });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      io.err(
        `taizhang merge：“${shown(outPath)}” 已由另一个程序写入，未覆盖，总表未改动。请用 --out 指定新文件名后重试。`,
      );
      return 1;
    }
    io.err(
      `taizhang merge：无法写入 “${shown(outPath)}”（${code ?? String(err)}），总表未改动，也没有留下临时文件。`,
    );
    return 2;
  }
  for (const line of merged.lines) io.out(line);
  io.out(`已写入合并结果：${outPath}${outPath === masterPath ? "（已按 --out 覆盖总表）" : ""}`);
  return 0;
}

/** 台账.xlsx -> 台账-合并.xlsx beside it. */
export function defaultOut(masterPath: string): string {
  const ext = extname(masterPath) || ".xlsx";
  return join(dirname(masterPath), `${basename(masterPath, extname(masterPath))}-合并${ext}`);
}
