/**
 * The browser-test harness: opens the production task pane (dist/taskpane.html) in headless Chromium with the
 * in-memory Excel test host standing in for office.js. Shared by tests/browser and the pane bench
 * (src/bench/pane.ts; tsconfig.bench.json compiles this file into lib-bench/tests/support).
 *
 * The add-in code is exactly the `npm run build` output: the only request changed is office-js/office.js,
 * which is answered with the test host bundle (test-host/excel-host.js, webpack.testhost.config.js).
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "../../src/bench/paths";

export { ROOT };
export const DIST = join(ROOT, "dist");
const HOST_DIR = join(ROOT, "test-host");
export const HOST_BUNDLE = join(HOST_DIR, "excel-host.js");
const HOST_SOURCES = join(ROOT, "src", "testing", "excel-host");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Without the background-networking flags Chromium's own connections hang on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The label of the pane's main button, in Chinese and English. */
export const APPLY_LABEL = { "zh-CN": "生成/更新台账", "en-US": "Create/update ledger" };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `build` unless `ready()`, once across parallel jest workers: the first takes a lock folder, the others
 * wait for it to go (a lock older than 10 minutes is taken as abandoned).
 */
function buildOnce(lock: string, ready: () => boolean, build: () => void): void {
  mkdirSync(HOST_DIR, { recursive: true });
  for (;;) {
    if (ready()) return;
    try {
      mkdirSync(lock);
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      if (!ready()) build();
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Runs `npm run build` when dist/taskpane.html is missing (CI builds before `npm test`). */
export function ensureAddinBuild(): void {
  buildOnce(
    join(HOST_DIR, "dist-build.lock"),
    () => existsSync(join(DIST, "taskpane.html")),
    () => run("npm", ["run", "build"]),
  );
}

/** Builds test-host/excel-host.js when it is missing or older than src/testing/excel-host. */
export function ensureTestHost(): void {
  const fresh = (): boolean =>
    existsSync(HOST_BUNDLE) && statSync(HOST_BUNDLE).mtimeMs >= newestMtime(HOST_SOURCES);
  buildOnce(join(HOST_DIR, "host-build.lock"), fresh, () =>
    run("npx", ["webpack", "--config", "webpack.testhost.config.js"]),
  );
}

/** A copy of dist/ in a temporary folder, so a rebuild by someone else mid-run cannot pull files away. */
export function snapshotDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-dist-"));
  cpSync(DIST, dir, { recursive: true, filter: (src) => !src.endsWith(".map") });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/** A static file server for `dir` on 127.0.0.1 and a random port (no caching headers: every context is cold). */
export function serveDirectory(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, pathname === "/" ? "taskpane.html" : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** Excel's dark grey theme colours. */
export const DARK_THEME: OfficeThemeColors = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#3B3B3B",
  controlForegroundColor: "#FFFFFF",
};

export interface PaneOptions {
  /**
   * What answers office-js/office.js: the Excel test host (default), the real office.js from the build (a
   * plain browser outside Office), or nothing (404).
   */
  office?: "test-host" | "real" | "missing";
  /** Office's display language (test host's `lang` parameter), e.g. "en-US". */
  displayLanguage?: string;
  /** Office's theme (test host only). */
  theme?: OfficeThemeColors;
  /** ExcelApi version the host supports, e.g. "1.7". */
  excelApi?: string;
  /** Task pane size (Excel's pane is about 350 px wide). */
  viewport?: { width: number; height: number };
}

export const PANE_VIEWPORT = { width: 360, height: 900 };

/** The test host script, with the theme override appended (it runs before the host calls Office.onReady). */
function hostScript(theme: OfficeThemeColors | undefined): string {
  const bundle = readFileSync(HOST_BUNDLE, "utf8");
  if (!theme) return bundle;
  return `${bundle}\n;window.Office.context.officeTheme = Object.assign({}, window.Office.context.officeTheme, ${JSON.stringify(theme)});\n`;
}

/** A fresh browser context (cold cache) with office.js routed as `options.office` asks. */
export async function newPaneContext(browser: Browser, options: PaneOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    locale: "zh-CN",
    deviceScaleFactor: 1,
  });
  const office = options.office ?? "test-host";
  if (office !== "real") {
    const body = office === "test-host" ? hostScript(options.theme) : "";
    await context.route("**/office-js/office.js", (route) =>
      office === "missing"
        ? route.fulfill({ status: 404, contentType: "text/plain", body: "not found" })
        : route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body }),
    );
  }
  // The page must never leave the machine: anything not on our origin fails at once.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("blockedbyclient"));
  return context;
}

/** The pane's URL; the test host reads `lang` and `excelApi` from the query string. */
export function paneUrl(origin: string, options: PaneOptions = {}): string {
  const params = new URLSearchParams();
  if (options.displayLanguage) params.set("lang", options.displayLanguage);
  if (options.excelApi) params.set("excelApi", options.excelApi);
  const query = params.toString();
  return `${origin}/taskpane.html${query ? `?${query}` : ""}`;
}

/** Opens the pane in a new context; close the page's context when done. */
export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<Page> {
  const context = await newPaneContext(browser, options);
  const page = await context.newPage();
  await page.goto(paneUrl(origin, options));
  return page;
}

/**
 * Waits until the pane's 生成/更新台账 button exists and is enabled; returns milliseconds since the navigation
 * started (performance.now() in the page, checked every animation frame).
 */
export async function waitForReadyButton(page: Page, label: string, timeoutMs = 30000): Promise<number> {
  const handle = await page.waitForFunction(
    (text: string) => {
      const buttons = Array.from(document.querySelectorAll("button"));
      const ready = buttons.some(
        (b) => b.textContent?.trim() === text && !b.disabled && b.getAttribute("aria-disabled") !== "true",
      );
      return ready ? performance.now() : false;
    },
    label,
    { polling: "raf", timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}
