/**
 * 导入计划 in Chromium on the test host: a Word plan chosen through the pane's file input (read in the
 * browser by the CLI's reader, in its own chunk), pasted text, a task's departments corrected in the preview,
 * 生成台账 writing the plan — its departments as columns, the plan on its veryHidden sheet — then 校验 on that
 * workbook. And an IE11-like page: the old-host message instead of a blank pane. Screenshots of each state.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { APPLY_LABEL, newPaneContext, openPane, paneUrl, waitForReadyButton } from "../support/pane-page";
import { table } from "./host-cells";
import {
  axeViolations,
  describeInChromium,
  horizontalOverflow,
  inHost,
  screenshot,
  startBrowser,
  type BrowserFixture,
} from "./support";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const BEIJING = resolve(__dirname, "../fixtures/plans/corpus/p-beijing-2018.docx");
const PASTED = `某市2024年政务公开工作要点

一、加强政策解读
1. 做好重大政策解读工作。（市发展改革委牵头，市财政局配合）
2. 规范政策文件发布。（市发改委负责）
3. 完善政府信息公开目录。
`;

describeInChromium("导入计划 in Chromium (test host)", () => {
  let fixture: BrowserFixture;
  let page: Page;

  async function expectClean(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
  }

  beforeAll(async () => {
    fixture = await startBrowser();
    page = await openPane(fixture.browser, fixture.server.origin);
    page.on("pageerror", (error) => console.error(`[pane] ${error.message}`));
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.getByRole("tab", { name: "导入计划" }).click();
  });
  afterAll(async () => {
    await page?.context().close();
    await fixture?.close();
  });

  test("pasted text: the preview lists every task and the 待确认 list", async () => {
    const section = page.getByRole("region", { name: "导入计划" });
    await section.getByText("本工作簿还没有保存计划", { exact: false }).waitFor();
    // Only the chosen tab's panel shows (the hidden attribute wins over the panel's flex layout).
    expect(await page.getByRole("button", { name: "生成/更新台账" }).isVisible()).toBe(false);
    await expectClean("import-1-start");
    await section.getByRole("textbox", { name: "粘贴计划全文" }).fill(PASTED);
    await section.getByRole("button", { name: "读取粘贴的文字" }).click();
    const preview = section.getByRole("region", { name: "计划预览" });
    await preview.waitFor();
    expect(await preview.getByRole("listitem", { name: /^任务 / }).count()).toBe(3);
    expect(await preview.getByRole("region", { name: "待确认（2）" }).isVisible()).toBe(true);
    await expectClean("import-2-pasted");
    await section.getByRole("button", { name: "放弃" }).click();
  });

  test("a .docx: preview, a task's departments corrected, 生成台账 writes it with its plan", async () => {
    const section = page.getByRole("region", { name: "导入计划" });
    await section.getByLabel("计划文件（.docx、.txt、.xlsx、.json）").setInputFiles({
      name: "北京2018.docx",
      mimeType: DOCX,
      buffer: readFileSync(BEIJING),
    });
    const preview = section.getByRole("region", { name: "计划预览" });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByText("来源：北京2018.docx").isVisible()).toBe(true);
    const tasks = preview.getByRole("listitem", { name: /^任务 / });
    expect(await tasks.count()).toBe(4);
    const first = tasks.first();
    await first.getByRole("button", { name: /^修改任务 / }).click();
    await first.getByRole("textbox").fill("市政务服务局（牵头）、市经济和信息化局（配合）");
    await expectClean("import-3-editing");
    await first.getByRole("button", { name: "确定" }).click();
    expect(await first.textContent()).toContain("市政务服务局（牵头）、市经济和信息化局（配合）");
    await expectClean("import-4-corrected");

    await preview.getByRole("button", { name: "生成台账" }).click();
    await page.getByText("已新建台账，写入 4 行", { exact: false }).waitFor({ timeout: 30_000 });
    const ledger = await table(page, "TZ_Ledger");
    expect(ledger.rowCount).toBe(4);
    expect(ledger.columns).toContain("市政务服务局");
    const sheets = await inHost(page, (host) => host.workbook.getSheetNames(), null);
    expect(sheets).toContain("TZ_Plan");
    await section.getByText("本工作簿的台账按", { exact: false }).waitFor();
    await expectClean("import-5-written");

    await page.getByRole("tab", { name: "台账" }).click();
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page
      .getByText(/校验通过|发现 \d+ 个问题/)
      .first()
      .waitFor();
    expect(await page.getByText("台账属于另一计划").count()).toBe(0);
    await expectClean("import-6-validated");
  });

  test("an IE11-like page (the pane's scripts cannot run): the Chinese message, not a blank pane", async () => {
    const context = await newPaneContext(fixture.browser);
    // As in Internet Explorer 11: code with ?. does not compile, and the pane's ES2020 scripts never run.
    await context.addInitScript(() => {
      const Real = window.Function;
      const ie = function (...args: string[]) {
        if (args.some((a) => a.includes("?."))) throw new SyntaxError("Expected identifier");
        return Real(...args);
      };
      // Everything but compiling ?. behaves as before (Playwright itself uses Function.prototype).
      ie.prototype = Real.prototype;
      Object.setPrototypeOf(ie, Real);
      (window as unknown as { Function: unknown; realFunction: unknown }).realFunction = Real;
      (window as unknown as { Function: unknown }).Function = ie;
    });
    await context.route(/\/(?!office-js\/)[^/]+\.js$/, (route) => route.abort("blockedbyclient"));
    const old = await context.newPage();
    try {
      await old.goto(paneUrl(fixture.server.origin));
      await old.getByRole("heading", { name: "此版本的 Office 无法运行台账任务窗格" }).waitFor();
      expect(await old.getByText("下一步：", { exact: false }).isVisible()).toBe(true);
      await screenshot(old, "old-host");
      // axe needs a working Function: the IE stand-in has done its part.
      await old.evaluate(() => {
        const w = window as unknown as { Function: unknown; realFunction: unknown };
        w.Function = w.realFunction;
      });
      expect(await axeViolations(old)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
