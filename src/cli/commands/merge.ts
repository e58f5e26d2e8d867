/**
 * taizhang merge MASTER.xlsx RETURNED.xlsx… [--out MERGED.xlsx] [--plan PLAN.json|PLAN.txt] [--force]
 *
 * Collects departments' returned copies back into the master: from each copy only the items its department
 * is assigned to, only the cells people fill in; conflicts and invalid values are reported, never written
 * silently. All or nothing: every file is read and checked first; the merged master is written once.
 * The master is never overwritten unless --out names it, and then atomically (temporary file, rename).
 * Exit: 0 merged (conflicts, if any, are listed), 1 refused (a file is unusable), 2 bad usage or I/O error.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { NamedBytes, mergeLedgerFiles } from "../../xlsx/merge/merge-files";
import { CliIO } from "../io";
import { loadPlan } from "./plan-input";

const USAGE =
  "用法：taizhang merge 总表.xlsx 部门副本.xlsx… [--out 合并结果.xlsx] [--plan PLAN.json|PLAN.txt] [--force]";

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed: { files: string[]; out?: string; plan?: string; force: boolean };
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        plan: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
    if (positionals.length < 2) throw new Error("需要一个总表和至少一份部门副本");
    parsed = { files: positionals, out: values.out, plan: values.plan, force: values.force ?? false };
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
  if (outPath !== masterPath && existsSync(outPath) && !parsed.force) {
    io.err(
      `taizhang merge：“${shown(outPath)}” 已存在，未覆盖。请用 --out 指定新文件名，确需覆盖请加 --force。`,
    );
    return 1;
  }

  const plan = await loadPlan(parsed.plan, io, "merge", "未合并");
  if (typeof plan === "number") return plan;
  const files: NamedBytes[] = [];
  for (const p of paths) {
    try {
      files.push({ name: basename(p), bytes: readFileSync(p) });
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
  const written = writeAtomically(outPath, merged.bytes);
  if (written !== null) {
    io.err(`taizhang merge：无法写入 “${shown(outPath)}”（${written}），总表未改动。`);
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

/** Writes a temporary file beside the target, then renames it over: readers never see half a file. */
function writeAtomically(path: string, bytes: Uint8Array): string | null {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
    return null;
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}
