/**
 * One merge at a time into a master: a lock file beside it (`.总表.xlsx.taizhang-lock`), created exclusively
 * before the master is read and removed after the result is written. A second merge waits for it (and then
 * reads the master the first one wrote, so nobody's edits are lost); after `waitMs` it gives up with a
 * Chinese message. A lock older than `staleMs` is left by a run that died: it is taken over, with a notice.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";

export const LOCK_TIMING = { waitMs: 120_000, pollMs: 200, staleMs: 10 * 60_000 };

export type Lock = { release(): void; notice: string | null };

export function lockPathFor(master: string): string {
  return join(dirname(master), `.${basename(master)}.taizhang-lock`);
}

export async function lockMaster(master: string): Promise<Lock | { message: string }> {
  const path = lockPathFor(master);
  const started = Date.now();
  let notice: string | null = null;
  for (;;) {
    const fd = tryCreate(path);
    if (fd === "read-only") return { release: () => undefined, notice: null };
    if (fd !== null) {
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }), notice };
    }
    const age = ageOf(path);
    if (age === null) continue;
    if (age > LOCK_TIMING.staleMs) {
      rmSync(path, { force: true });
      notice = `提示：发现 ${Math.round(age / 60_000)} 分钟前留下的合并锁文件 “${basename(path)}”（上一次合并可能中途退出），已视为失效并接管。`;
      continue;
    }
    if (Date.now() - started >= LOCK_TIMING.waitMs) {
      return {
        message: `另一个合并正在写入总表 “${basename(master)}”（${holder(path)}），等待 ${Math.round(LOCK_TIMING.waitMs / 1000)} 秒后仍未结束，本次未合并。请等它完成后重试；如确定没有其他合并在进行，锁文件 “${basename(path)}” 在 ${Math.round(LOCK_TIMING.staleMs / 60_000)} 分钟后自动失效，也可以删除它后重试。`,
      };
    }
    await new Promise((r) => setTimeout(r, LOCK_TIMING.pollMs));
  }
}

/** The lock's descriptor; null if another run holds it; "read-only" where no merge can write the master. */
function tryCreate(path: string): number | null | "read-only" {
  try {
    return openSync(path, "wx");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return null;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "read-only";
    throw error;
  }
}

/** Milliseconds since the lock was taken, or null if it is gone already. */
function ageOf(path: string): number | null {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function holder(path: string): string {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as { pid?: number; host?: string; since?: string };
    return `进程 ${data.pid ?? "?"}@${data.host ?? "?"}，开始于 ${data.since ?? "?"}`;
  } catch {
    return "锁文件正在写入";
  }
}
