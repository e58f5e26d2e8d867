/**
 * Benches of the production task pane in headless Chromium with the Excel test host standing in for office.js:
 *   pane-bundle  gzip size of everything taskpane.html loads from the build until the pane is ready, measured
 *                from the real network responses (office.js excluded); budget 152 KB.
 *   pane-ready   time from navigation to an enabled 生成/更新台账 button, median of 5 cold loads.
 *   web-bundle   the same for the web page outside Office (web.html: no office.js, no Office.js adapter) until
 *                导入计划 is ready for a file or pasted text — before a file is chosen; budget 180 KB. For
 *                information, taskpane.html opened in a plain browser (taskpaneOutside…, office.js apart).
 * The two bundle cases fail (exit 1, `withinBudget: false`) over their budget, as tests/browser/budget does.
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and dist/ (built when missing).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import {
  APPLY_LABEL,
  chromiumAvailable,
  CHROMIUM_PATH,
  ensureAddinBuild,
  ensureTestHost,
  launchChromium,
  newPaneContext,
  paneUrl,
  type PaneOptions,
  serveDirectory,
  snapshotDist,
  waitForReadyButton,
} from "../../tests/support/pane-page";
import type { BenchCase, BenchFields } from "./types";

/**
 * 152 KB (153,604 B measured, ~2 KB headroom; was 172 KB at 177,725 B): what the pane does only on a click
 * loads then — 生成/更新台账 (src/excel/apply and the sheet builders), 校验, 刷新汇总, the department filter,
 * the merge's reads and writes — and so do the English texts (only when Office is in English) and the 设置
 * writer's calendar lists (reading 设置 has its own module). Issue 10's goal, ≤ 157 KB, is met.
 */
export const PANE_BUNDLE_BUDGET_BYTES = 152 * 1024;
/** The web page outside Office before a file is chosen (issue 10): office.js not counted, as for the pane. */
export const WEB_BUNDLE_BUDGET_BYTES = 180 * 1024;
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

interface LoadedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * gzip (zlib's default level 6, a usual server setting) of each file a cold page loads from its origin
 * until `ready` and the network is idle: the page's own files, and office-js/ apart.
 */
async function loadedFiles(
  browser: Browser,
  origin: string,
  office: PaneOptions["office"],
  ready: (page: Page) => Promise<unknown>,
  url = paneUrl(origin),
): Promise<{ own: LoadedFile[]; officeJs: LoadedFile[] }> {
  const context = await newPaneContext(browser, { office });
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() !== 200) return;
    bodies.set(url.pathname.slice(1), response.body());
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  const files: LoadedFile[] = [];
  for (const [file, body] of bodies) {
    const bytes = await body;
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length });
  }
  await context.close();
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    own: files.filter((f) => !f.file.startsWith("office-js/")),
    officeJs: files.filter((f) => f.file.startsWith("office-js/")),
  };
}

const sum = (files: readonly LoadedFile[], key: "bytes" | "gzipBytes"): number =>
  files.reduce((total, f) => total + f[key], 0);

/** Everything the pane loads from its origin until it is ready (office.js, the test host here, excluded). */
export async function measureBundle(
  browser: Browser,
  origin: string,
  distDir?: string,
): Promise<BenchFields> {
  const { own } = await loadedFiles(browser, origin, "test-host", (page) =>
    waitForReadyButton(page, APPLY_LABEL["zh-CN"]),
  );
  return {
    bench: "pane-bundle",
    gzipBytes: sum(own, "gzipBytes"),
    bytes: sum(own, "bytes"),
    files: own.map((f) => `${f.file} ${f.gzipBytes}`),
    budgetBytes: PANE_BUNDLE_BUDGET_BYTES,
    withinBudget: sum(own, "gzipBytes") <= PANE_BUNDLE_BUDGET_BYTES,
    ...(distDir ? laterChunks(distDir, new Set(own.map((f) => f.file))) : {}),
  };
}

/** The web page's address in a served dist/. */
export const webUrl = (origin: string): string => `${origin}/web.html`;

const importReady = (page: Page) =>
  page.getByRole("textbox", { name: "粘贴计划全文" }).waitFor({ timeout: 30_000 });

/**
 * The web page outside Office (web.html) until 导入计划 is ready — before a file is chosen. For information, the
 * same for taskpane.html opened in a plain browser (it loads office.js, reported apart, and the adapter).
 */
export async function measureWebBundle(
  browser: Browser,
  origin: string,
  distDir?: string,
): Promise<BenchFields> {
  const { own } = await loadedFiles(browser, origin, "missing", importReady, webUrl(origin));
  const outside = await loadedFiles(browser, origin, "real", importReady);
  return {
    bench: "web-bundle",
    gzipBytes: sum(own, "gzipBytes"),
    bytes: sum(own, "bytes"),
    files: own.map((f) => `${f.file} ${f.gzipBytes}`),
    budgetBytes: WEB_BUNDLE_BUDGET_BYTES,
    withinBudget: sum(own, "gzipBytes") <= WEB_BUNDLE_BUDGET_BYTES,
    taskpaneOutsideGzipBytes: sum(outside.own, "gzipBytes"),
    taskpaneOutsideOfficeJsGzipBytes: sum(outside.officeJs, "gzipBytes"),
    ...(distDir ? laterChunks(distDir, new Set(own.map((f) => f.file))) : {}),
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
  { id: "web-bundle", run: () => withPane(measureWebBundle) },
];
