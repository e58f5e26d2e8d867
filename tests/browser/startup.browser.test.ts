/**
 * The production task pane in headless Chromium at start-up: outside Excel (a plain browser with the real
 * office.js, and with no office.js at all), inside Excel (test host) in Chinese, in English, in a dark theme.
 * Each state is checked with axe-core and saved as a screenshot in test-results/pane/.
 */
import type { Page } from "playwright-core";
import { APPLY_LABEL, DARK_THEME, openPane, waitForReadyButton } from "../support/pane-page";
import {
  axeViolations,
  buttonBoxes,
  describeInChromium,
  horizontalOverflow,
  screenshot,
  SCREENSHOT_DIR,
  startBrowser,
  verticalScroll,
  type BrowserFixture,
} from "./support";

describeInChromium("task pane start-up in Chromium", () => {
  let fixture: BrowserFixture;
  const pages: Page[] = [];

  beforeAll(async () => {
    fixture = await startBrowser();
    console.log(`[browser tests] screenshots in ${SCREENSHOT_DIR}`);
  });
  afterAll(async () => {
    await fixture?.close();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });

  async function open(options: Parameters<typeof openPane>[2]): Promise<Page> {
    const page = await openPane(fixture.browser, fixture.server.origin, options);
    pages.push(page);
    return page;
  }

  test("in a plain browser (real office.js, no Office host) the pane explains how to load the add-in", async () => {
    const page = await open({ office: "real" });
    await page.getByRole("heading", { name: "台账", level: 1 }).waitFor();
    await page.getByText("请在 Excel 中打开台账加载项").waitFor();
    await page.getByText("没有检测到 Office：此页面是在普通浏览器中打开的。").waitFor();
    await page.getByText(/Excel 网页版：插入 → 加载项 → 上传我的加载项/).waitFor();
    expect(await page.getByRole("button", { name: APPLY_LABEL["zh-CN"] }).count()).toBe(0);
    await screenshot(page, "outside-excel");
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("when office.js cannot be loaded at all the pane says so too", async () => {
    const page = await open({ office: "missing" });
    await page.getByText("请在 Excel 中打开台账加载项").waitFor();
    await page.getByText("没有检测到 Office：此页面是在普通浏览器中打开的。").waitFor();
  });

  test("in Excel (Chinese) the pane opens with its title and an enabled 生成/更新台账", async () => {
    const page = await open({});
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBeTruthy();
    for (const name of ["校验", "刷新汇总"]) {
      expect(await page.getByRole("button", { name, exact: true }).isVisible()).toBe(true);
    }
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.waitForLoadState("networkidle");
    // The short start-up pane fits: no scrollbar (no default body margin under a 100vh background).
    expect(await verticalScroll(page)).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
    await screenshot(page, "excel-start-zh");
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("with Office's display language en-US the pane is in English", async () => {
    const page = await open({ displayLanguage: "en-US" });
    await waitForReadyButton(page, APPLY_LABEL["en-US"]);
    for (const name of ["Validate", "Refresh summary"]) {
      expect(await page.getByRole("button", { name, exact: true }).isVisible()).toBe(true);
    }
    expect(await page.getByText("生成/更新台账").count()).toBe(0);
    await page.waitForLoadState("networkidle");
    await screenshot(page, "excel-start-en");
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("with Office's dark theme the pane is dark", async () => {
    const page = await open({ theme: DARK_THEME });
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.waitForLoadState("networkidle");
    const background = await page.evaluate(() => {
      const main = document.querySelector("main");
      let el: Element | null = main;
      while (el) {
        const color = getComputedStyle(el).backgroundColor;
        if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
        el = el.parentElement;
      }
      return getComputedStyle(document.body).backgroundColor;
    });
    const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    // The dark background reaches every edge: no scrolling, and no light strip around or below it.
    expect(await verticalScroll(page)).toBe(0);
    const corners = await page.evaluate(() =>
      [
        [0, 0],
        [window.innerWidth - 1, window.innerHeight - 1],
      ].map(([x, y]) => {
        let el = document.elementFromPoint(x, y);
        while (el) {
          const color = getComputedStyle(el).backgroundColor;
          if (color && color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
          el = el.parentElement;
        }
        return "none";
      }),
    );
    for (const corner of corners) {
      const [cr, cg, cb] = (corner.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      expect(cr + cg + cb).toBeLessThan(3 * 80);
    }
    await screenshot(page, "excel-start-dark");
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each([320, 360, 400])("at %i px the action buttons sit in two tidy rows", async (width) => {
    const page = await open({ viewport: { width, height: 700 } });
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    const [apply, validate, summary] = await buttonBoxes(page, ["生成/更新台账", "校验", "刷新汇总"]);
    // 生成/更新台账 across the first row; 校验 and 刷新汇总 side by side, equally wide, below it.
    expect(validate.y).toBeGreaterThan(apply.y + apply.height - 1);
    expect(Math.abs(validate.y - summary.y)).toBeLessThan(1);
    expect(Math.abs(validate.width - summary.width)).toBeLessThan(1);
    expect(apply.width).toBeGreaterThan(validate.width * 1.9);
    expect(summary.x).toBeGreaterThan(validate.x + validate.width);
    // One line of text each (a wrapped label makes a taller button).
    for (const box of [apply, validate, summary]) expect(box.height).toBeLessThan(40);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await verticalScroll(page)).toBe(0);
    if (width === 360) await screenshot(page, "excel-start-360px-actions");
  });

  test("at Excel's narrowest pane width (320 px) nothing runs off the edge", async () => {
    const page = await open({ viewport: { width: 320, height: 700 } });
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.waitForLoadState("networkidle");
    await screenshot(page, "excel-start-320px");
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
