/**
 * Benches of the production task pane in headless Chromium with the Excel test host standing in for office.js:
 *   pane-bundle  gzip size of everything taskpane.html loads from the build until the pane is ready, measured
 *                from the real network responses (office.js excluded); budget 167 KB.
 *   pane-ready   time from navigation to an enabled 生成/更新台账 button, median of 5 cold loads.
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and dist/ (built when missing).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import {
  APPLY_LABEL,
  chromiumAvailable,
  CHROMIUM_PATH,
  ensureAddinBuild,
  ensureTestHost,
  launchChromium,
  newPaneContext,
  paneUrl,
  serveDirectory,
  snapshotDist,
  waitForReadyButton,
} from "./pane-page";
import type { BenchCase, BenchFields } from "./types";

/**
 * 172 KB: the pane now carries the ledger's deadline (时限状态, 统计日期, the working-day lists) and rounds sheet
 * builders in its first load (buildLedgerSpec is synchronous). The working-day data was cut from chinese-days
 * (~12 KB gzip) to a generated 1.5 KB list; making the rounds builders a lazy chunk is the next cut.
 */
export const PANE_BUNDLE_BUDGET_BYTES = 172 * 1024;
const READY_RUNS = 5;

/** Serves a copy of dist/, launches Chromium, runs `fn`, cleans up. */
export async function withPane<T>(
  fn: (browser: Browser, origin: string, distDir: string) => Promise<T>,
): Promise<T> {
  if (!chromiumAvailable()) throw new Error(`bench: 找不到 Chromium（${CHROMIUM_PATH}）`);
  ensureAddinBuild();
  ensureTestHost();
  const dist = snapshotDist();
  const server = await serveDirectory(dist.dir);
  const browser = await launchChromium();
  try {
    return await fn(browser, server.origin, dist.dir);
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
}

/** gzip (zlib's default level 6, a usual server setting) of each file the pane loads from its origin. */
export async function measureBundle(
  browser: Browser,
  origin: string,
  distDir?: string,
): Promise<BenchFields> {
  const context = await newPaneContext(browser);
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || url.pathname.startsWith("/office-js/") || response.status() !== 200) return;
    bodies.set(url.pathname.slice(1), response.body());
  });
  await page.goto(paneUrl(origin));
  await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
  await page.waitForLoadState("networkidle");
  const files: { file: string; bytes: number; gzipBytes: number }[] = [];
  for (const [file, body] of bodies) {
    const bytes = await body;
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length });
  }
  await context.close();
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    bench: "pane-bundle",
    gzipBytes,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.map((f) => `${f.file} ${f.gzipBytes}`),
    budgetBytes: PANE_BUNDLE_BUDGET_BYTES,
    ...(distDir ? laterChunks(distDir, new Set(files.map((f) => f.file))) : {}),
  };
}

/** The pane's other script chunks (loaded later: overview, picker, validation…), for information. */
function laterChunks(distDir: string, loaded: Set<string>): BenchFields {
  const later = readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !loaded.has(f) && !f.startsWith("commands."))
    .map((f) => ({ file: f, gzipBytes: gzipSync(readFileSync(join(distDir, f)), { level: 6 }).length }));
  return {
    laterGzipBytes: later.reduce((sum, f) => sum + f.gzipBytes, 0),
    laterFiles: later.map((f) => `${f.file} ${f.gzipBytes}`),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Cold loads (a new browser context each, no cache): ms from navigation start to the enabled button. */
export async function measureReady(browser: Browser, origin: string): Promise<BenchFields> {
  const runs: number[] = [];
  for (let i = 0; i < READY_RUNS; i++) {
    const context = await newPaneContext(browser);
    const page = await context.newPage();
    await page.goto(paneUrl(origin), { waitUntil: "commit" });
    runs.push(Math.round(await waitForReadyButton(page, APPLY_LABEL["zh-CN"])));
    await context.close();
  }
  return { bench: "pane-ready", medianMs: median(runs), runs };
}

export const benches: BenchCase[] = [
  { id: "pane-bundle", run: () => withPane(measureBundle) },
  { id: "pane-ready", run: () => withPane(measureReady) },
];
