/**
 * Where the bench and the pane harness (tests/support/pane-page.ts) find the repository's files: the folder
 * holding package.json above this module, so the same code works from src/bench (ts-jest) and compiled into
 * lib-bench/src/bench (tsconfig.bench.json).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`bench: 找不到仓库根目录（${from} 之上没有 package.json）`);
  }
}

/** The repository root. */
export const ROOT = findRoot(__dirname);
/** The bundled 2019 plan (30 items). */
export const PLAN_2019 = join(ROOT, "data", "plans", "cnipa-2019.json");
