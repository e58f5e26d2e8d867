/**
 * The pane's download budget, measured like `npm run bench` (pane-bundle): the gzip size of every response the
 * production pane loads from its origin until it is ready, office.js excluded, must stay within the budget.
 */
import {
  measureBundle,
  measureWebBundle,
  PANE_BUNDLE_BUDGET_BYTES,
  WEB_BUNDLE_BUDGET_BYTES,
} from "../../src/bench/pane";
import { describeInChromium, startBrowser, type BrowserFixture } from "./support";

describeInChromium("task pane download budget", () => {
  let fixture: BrowserFixture;

  beforeAll(async () => {
    fixture = await startBrowser();
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test("everything taskpane.html loads (office.js excluded) is within the budget (gzip)", async () => {
    const result = await measureBundle(fixture.browser, fixture.server.origin);
    const files = (result.files as string[]).map((line) => line.split(" ")[0]);
    console.log(`[pane-bundle] ${JSON.stringify(result)}`);
    expect(files).toContain("taskpane.html");
    expect(files.some((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.startsWith("office-js/") || f.endsWith(".map"))).toEqual([]);
    expect(result.gzipBytes).toBeGreaterThan(0);
    expect(result.gzipBytes).toBeLessThanOrEqual(PANE_BUNDLE_BUDGET_BYTES);
  });

  test("the web page outside Office (web.html), before a file is chosen, is within its budget (gzip)", async () => {
    const result = await measureWebBundle(fixture.browser, fixture.server.origin);
    console.log(`[web-bundle] ${JSON.stringify(result)}`);
    const files = (result.files as string[]).map((line) => line.split(" ")[0]);
    expect(files).toContain("web.html");
    // No office.js, and 导入计划's reader, ExcelJS and jszip are not loaded before a file is chosen.
    expect(
      files.filter((f) => /^(office-js\/|plan-reader|ledger-file|web-copies|web-merge)/.test(f)),
    ).toEqual([]);
    expect(result.gzipBytes).toBeLessThanOrEqual(WEB_BUNDLE_BUDGET_BYTES);
  });
});
