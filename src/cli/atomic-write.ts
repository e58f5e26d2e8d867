/**
 * The one way the command line writes a workbook: a temporary file in the target's folder, flushed to disk
 * (fsync), then moved into place in one step. On any failure (disk full, no permission) the target is as it
 * was and the temporary file is removed. Without `overwrite`, the move never replaces a file that appeared
 * meanwhile (another run finishing first): it fails with code EEXIST instead.
 * Temporary files are named `.NAME.PID.RANDOM.taizhang-tmp`; a later run removes those its crashed
 * predecessors left (their process is gone).
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

const SUFFIX = ".taizhang-tmp";

export function tempPathFor(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}${SUFFIX}`);
}

export function writeFileAtomic(target: string, bytes: Uint8Array, options: { overwrite: boolean }): void {
  const temp = writeTemp(target, bytes);
  try {
    moveIntoPlace(temp, target, options.overwrite);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes and flushes a temporary file beside `target`; returns its path (removed again on failure). */
export function writeTemp(target: string, bytes: Uint8Array): string {
  const temp = tempPathFor(target);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx");
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    return temp;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Renames `temp` onto `target`; without `overwrite`, only if `target` does not exist (EEXIST otherwise). */
export function moveIntoPlace(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw error;
    // A file system without hard links (FAT, some network shares): check, then rename.
    if (readdirSync(dirname(target)).includes(basename(target))) {
      throw Object.assign(new Error(`${target} exists`), { code: "EEXIST" });
    }
    renameSync(temp, target);
    return;
  }
  rmSync(temp, { force: true });
}

/** Removes temporary files of `target`'s name that runs no longer alive left in its folder. */
export function removeStaleTemps(target: string): string[] {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split(".")[0]);
    if (pid === process.pid || (Number.isInteger(pid) && pid > 0 && alive(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
