/**
 * Shared set-up for the browser tests: the production build (dist/, copied to a temporary folder) served on
 * 127.0.0.1, headless Chromium, axe-core checks and screenshots in test-results/pane/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import type { ExcelHost } from "../../src/testing/excel-host";
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  ensureAddinBuild,
  ensureTestHost,
  launchChromium,
  newPaneContext,
  ROOT,
  serveDirectory,
  snapshotDist,
  type StaticServer,
} from "../support/pane-page";
import { webUrl } from "../../src/bench/pane";

export const SCREENSHOT_DIR = join(ROOT, "test-results", "pane");

/** `describe`, or `describe.skip` with a message when Chromium is not installed. */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM_PATH}; apt-get install chromium)`, body);
  // Written straight to stderr: jest hides console output of a file whose tests are all skipped.
  process.stderr.write(
    `[browser tests] skipped "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).\n`,
  );
}

export interface BrowserFixture {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** Builds what is missing, copies dist/, serves it, launches Chromium. */
export async function startBrowser(): Promise<BrowserFixture> {
  ensureAddinBuild();
  ensureTestHost();
  const dist = snapshotDist();
  const server = await serveDirectory(dist.dir);
  const browser = await launchChromium();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      dist.remove();
    },
  };
}

/** Full-page screenshot to test-results/pane/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}

/** axe-core (WCAG 2.x A/AA and best practices) on the page; returns readable violations ([] when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary ?? ""}`).join("\n"),
  );
}

/** Runs `fn(host, arg)` in the page against window.__excelHost and returns its (serialisable) result. */
export function inHost<A, R>(
  page: Page,
  fn: (host: ExcelHost, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  return page.evaluate(
    ([source, value]) => {
      const host = (window as unknown as { __excelHost: ExcelHost }).__excelHost;
      const f = new Function(`return (${source});`)() as (h: ExcelHost, a: unknown) => unknown;
      return f(host, value) as R;
    },
    [fn.toString(), arg] as [string, A],
  );
}

/** Calls `read` until `done(value)` or the timeout; returns the last value (assert on it afterwards). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** Elements wider than the pane (horizontal scrolling or clipped text), as "tag.class: Npx too wide". */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      out.push(`page: ${document.documentElement.scrollWidth - width}px too wide`);
    }
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) {
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 20)}": ${Math.round(box.right - width)}px past the edge`,
        );
      }
    }
    return out;
  });
}

/** How far the page scrolls vertically (0 when everything fits in the viewport). */
export function verticalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
}

/** Bounding boxes of buttons by accessible name (exact), in page pixels. */
export async function buttonBoxes(
  page: Page,
  names: readonly string[],
): Promise<{ name: string; x: number; y: number; width: number; height: number }[]> {
  const out = [];
  for (const name of names) {
    const box = await page.getByRole("button", { name, exact: true }).boundingBox();
    if (!box) throw new Error(`button ${name} is not visible`);
    out.push({ name, ...box });
  }
  return out;
}

/**
 * The web page as a person without Office opens it (web.html: no office.js, no Office host), in a
 * desktop-sized window; the page's errors go to the test log; `requests` lists every path the page asked for.
 */
export async function openOutsideOffice(
  fixture: BrowserFixture,
): Promise<{ page: Page; requests: string[] }> {
  const context = await newPaneContext(fixture.browser, {
    office: "missing",
    viewport: { width: 900, height: 900 },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("pageerror", (error) => console.error(`[page] ${error.message}`));
  await page.goto(webUrl(fixture.server.origin));
  return { page, requests };
}

/** Runs `action` (a click) and returns the file the page hands to the browser as a download. */
export async function downloadFrom(
  page: Page,
  action: () => Promise<void>,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), action()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}
