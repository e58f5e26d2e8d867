/**
 * `taizhang workbook --for 全部 [--out FOLDER]`: one copy per department (units, not placeholders such as
 * 政策牵头起草部门, which are roles rather than recipients; made by xlsx/department-copies.ts, which the web
 * page's 分发 shares), written into a folder. All or nothing: every file
 * name is checked before the first is written, so a run never leaves half the copies behind by surprise.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CopySettings } from "../../core/merge/copy-spec";
import { Plan } from "../../core/plan/types";
import { undistributedNote } from "../../core/merge/undistributed";
import { planAllCopies, writeCopy } from "../../xlsx/department-copies";
import { moveIntoPlace, removeStaleTemps, writeTemp } from "../atomic-write";
import { CliIO } from "../io";

/** Words that ask for every department's copy. */
export const ALL_DEPARTMENTS = ["全部", "所有部门", "all"];

export async function writeAllCopies(
  plan: Plan,
  settings: CopySettings,
  outDir: string | undefined,
  force: boolean,
  io: CliIO,
): Promise<number> {
  const dir = resolve(io.cwd, outDir ?? ".");
  const copies = planAllCopies(plan, settings).map((c) => ({
    ...c,
    name: c.department,
    path: join(dir, c.spec.fileName),
  }));
  const existing = copies.filter((c) => existsSync(c.path));
  if (existing.length > 0 && !force) {
    io.err(`taizhang workbook：以下文件已存在，未写入任何副本（确需覆盖请加 --force）：`);
    for (const c of existing) io.err(`  · ${relative(io.cwd, c.path) || c.path}`);
    return 1;
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    io.err(`taizhang workbook：无法创建文件夹 “${outDir}”。`);
    return 2;
  }
  // Every copy goes to a temporary name first; only when all are written are they renamed into place.
  // Temporary files an earlier run left (it was stopped, or the disk was full) are removed first.
  for (const c of copies) removeStaleTemps(c.path);
  const written: string[] = [];
  try {
    for (const c of copies) written.push(writeTemp(c.path, await writeCopy(c)));
  } catch (error) {
    for (const temp of written) rmSync(temp, { force: true });
    throw error;
  }
  copies.forEach((c, i) => moveIntoPlace(written[i], c.path, true));
  for (const c of copies) {
    io.out(`已生成“${c.name}”副本（${c.items.length} 项）：${relative(io.cwd, c.path) || c.path}`);
  }
  io.out(`共 ${copies.length} 个部门副本。交回后用 taizhang merge 总表.xlsx 副本… 合并。`);
  const undistributed = undistributedNote(plan);
  if (undistributed) io.out(undistributed);
  return 0;
}
