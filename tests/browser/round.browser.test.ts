/**
 * 本轮 in Chromium on the test host: a ledger made by the pane, 联系人 typed on two departments' rows, a round
 * started from the 本轮 tab, the missing departments listed with their contacts, 复制催报名单 (the clipboard, or
 * the text to select when the browser refuses it), 结束本轮 into 进展记录.
 */
import type { Page } from "playwright-core";
import { LEDGER_HEADERS } from "../../src/core/ledger/constants";
import { APPLY_LABEL, openPane, waitForReadyButton } from "../support/pane-page";
import { columnLetters, table, tableOrigin, values, type TableInfo } from "./host-cells";
import {
  axeViolations,
  describeInChromium,
  horizontalOverflow,
  inHost,
  screenshot,
  startBrowser,
  type BrowserFixture,
} from "./support";

const LEDGER = "台账";

describeInChromium("本轮 in Chromium (test host)", () => {
  let fixture: BrowserFixture;
  let page: Page;
  let ledger: TableInfo;

  function cell(item: number, header: string): string {
    const { col, headerRow } = tableOrigin(ledger.address);
    return `${LEDGER}!${columnLetters(col + ledger.columns.indexOf(header))}${headerRow + item}`;
  }

  beforeAll(async () => {
    fixture = await startBrowser();
    page = await openPane(fixture.browser, fixture.server.origin);
    page.on("pageerror", (error) => console.error(`[pane] ${error.message}`));
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.getByRole("button", { name: "生成/更新台账" }).click();
    await page.getByText("已新建台账，写入 30 行", { exact: false }).waitFor();
    ledger = await table(page, "TZ_Ledger");
    // Items 26 (办公室 leads, 商标局 among those responsible) and 16 (办公室 leads): 联系人 as written on the rows.
    for (const [item, contact] of [
      [26, "李四 010-62083114"],
      [16, "王五 010-62083000"],
    ] as const) {
      await inHost(page, (host, arg) => host.workbook.seed(arg.address, [[arg.contact]]), {
        address: cell(item, LEDGER_HEADERS.contact),
        contact,
      });
    }
  });
  afterAll(async () => {
    await page?.context().close();
    await fixture?.close();
  });

  test("start a round, list who has not reported with contacts, copy the list, close the round", async () => {
    await page.getByRole("tab", { name: "本轮" }).click();
    const section = page.getByRole("region", { name: "本轮报送" });
    await section.getByText("这份台账还没有报送轮次", { exact: false }).waitFor();
    const form = section.getByRole("form", { name: "开始新一轮" });
    await form.getByRole("textbox", { name: "轮次名称" }).fill("2019年第三季度");
    await form.getByLabel("截止日期").fill("2019-09-25");
    await form.getByRole("button", { name: "开始新一轮" }).click();
    await section.getByText("已开始“2019年第三季度”，截止 2019-09-25。", { exact: false }).waitFor();
    const missing = section.getByRole("list", { name: /^未报送/ });
    const line = (dept: RegExp) => missing.getByRole("listitem").filter({ hasText: dept }).textContent();
    // 联系人 is the row's lead's: 办公室 leads both rows; 商标局, only responsible beside it, gets none of them.
    const office = await line(/^办公室 /);
    expect(office).toContain("李四 010-62083114");
    expect(office).toContain("王五 010-62083000");
    expect(await line(/^商标局 /)).toBe("商标局 （台账中未填写联系人）");
    await section.getByRole("button", { name: "复制催报名单" }).click();
    const copied = section.getByText("已复制", { exact: false });
    const byHand = section.getByRole("textbox", { name: /请选中下面的名单/ });
    await copied.or(byHand).waitFor();
    if (await byHand.isVisible())
      expect(await byHand.inputValue()).toMatch(/办公室\t联系人：.*李四 010-62083114/);
    await screenshot(page, "round-open");
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);

    await section.getByRole("button", { name: "结束本轮" }).click();
    await section.getByRole("group", { name: "结束本轮" }).getByRole("button", { name: "确认结束" }).click();
    await section.getByText("已结束“2019年第三季度”", { exact: false }).waitFor();
    expect(await values(page, "进展记录!A3:C3")).toEqual([
      ["2019年第三季度", expect.any(Number), "本轮结束快照"],
    ]);
    await screenshot(page, "round-closed");
    expect(await axeViolations(page)).toEqual([]);
  });
});
