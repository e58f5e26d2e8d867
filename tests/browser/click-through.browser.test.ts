/**
 * A person's session with the production pane in Chromium, on the in-memory Excel test host: open → 生成/更新台账
 * → fill in statuses (one pasted, invalid) → 校验 → go to the finding's cell → 刷新汇总 → filter by department →
 * 全部部门. Every step is checked in the pane and in the host's workbook, run through axe-core and saved as a
 * screenshot in test-results/pane/.
 */
import type { Page } from "playwright-core";
import { APPLY_LABEL, DARK_THEME, openPane, waitForReadyButton } from "../support/pane-page";
import {
  columnLetters,
  hiddenRows,
  paste,
  pivots,
  selection,
  table,
  tableOrigin,
  userEdit,
  values,
  type TableInfo,
} from "./host-cells";
import {
  axeViolations,
  describeInChromium,
  eventually,
  horizontalOverflow,
  screenshot,
  startBrowser,
  type BrowserFixture,
} from "./support";

const ITEMS = 30;
const LEDGER = "台账";

describeInChromium("task pane session in Chromium (test host)", () => {
  let fixture: BrowserFixture;
  let page: Page;
  let ledger: TableInfo;

  /** 台账 address of a body cell: item number (1-based row of the table body) × header. */
  function cell(item: number, header: string): string {
    const { col, headerRow } = tableOrigin(ledger.address);
    const index = ledger.columns.indexOf(header);
    if (index < 0) throw new Error(`no column ${header} in ${ledger.columns.join(",")}`);
    return `${columnLetters(col + index)}${headerRow + item}`;
  }

  async function expectClean(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
  }

  beforeAll(async () => {
    fixture = await startBrowser();
    page = await openPane(fixture.browser, fixture.server.origin);
    page.on("pageerror", (error) => console.error(`[pane] ${error.message}`));
  });
  afterAll(async () => {
    await page?.context().close();
    await fixture?.close();
  });

  test("opens on an empty workbook and says there is no ledger yet", async () => {
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.getByText("本工作簿还没有台账").waitFor();
    expect(
      await page
        .getByText("点击“生成/更新台账”按示例计划生成台账，或在“导入计划”页导入本单位的计划。")
        .isVisible(),
    ).toBe(true);
    await expectClean("session-1-open");
  });

  test("生成/更新台账 writes 30 ledger rows and says so", async () => {
    await page.getByRole("button", { name: "生成/更新台账" }).click();
    await page.getByText(`已新建台账，写入 ${ITEMS} 行`, { exact: false }).waitFor();
    ledger = await table(page, "TZ_Ledger");
    expect(ledger.sheet).toBe(LEDGER);
    expect(ledger.rowCount).toBe(ITEMS);
    const numbers = await values(page, `${LEDGER}!${cell(1, "序号")}:${cell(ITEMS, "序号")}`);
    expect(numbers.map((row) => Number(row[0]))).toEqual(Array.from({ length: ITEMS }, (_, i) => i + 1));
    const statuses = await values(page, `${LEDGER}!${cell(1, "状态")}:${cell(ITEMS, "状态")}`);
    expect(new Set(statuses.map((row) => row[0]))).toEqual(new Set(["未启动"]));
    // The header now shows the plan's title, as recorded on 设置 (label/value pairs in I:J).
    const metadata = await values(page, "设置!I1:J40");
    const title = metadata.find((row) => row[0] === "计划标题")?.[1];
    expect(typeof title === "string" && title.length > 0).toBe(true);
    await page.getByRole("heading", { level: 1, name: String(title) }).waitFor();
    await page.getByText(`已完成 0 / ${ITEMS} 项`).waitFor();
    await page.getByRole("combobox", { name: "按部门筛选" }).waitFor();
    await expectClean("session-2-created");
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("heading", { name: "各部门进度" }).waitFor();
    await expectClean("session-2-summary");
    await page.getByRole("tab", { name: "台账" }).click();
  });

  test("statuses typed in Excel and a pasted invalid one; 校验 lists the invalid status with item and cell", async () => {
    await userEdit(page, LEDGER, cell(1, "状态"), [["推进中"]]);
    await userEdit(page, LEDGER, cell(2, "进展情况"), [["已印发实施方案。"]]);
    await userEdit(page, LEDGER, cell(2, "状态"), [["已完成"]]);
    await paste(page, LEDGER, cell(3, "状态"), [["完成"]]);
    await paste(page, LEDGER, cell(4, "状态"), [["搁置"]]);
    expect(await values(page, `${LEDGER}!${cell(3, "状态")}`)).toEqual([["完成"]]);
    // While the pane is open, edits are stamped in 更新时间.
    const stamp = async (): Promise<unknown> =>
      (await values(page, `${LEDGER}!${cell(1, "更新时间")}`))[0][0];
    expect(await eventually(stamp, (v) => v !== "" && v !== null)).not.toBe("");
    await page.getByText(`已完成 1 / ${ITEMS} 项`).waitFor();

    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByRole("heading", { name: "校验结果" }).waitFor();
    const group = page.getByRole("heading", { name: /^状态不在列表中（\d+）$/ });
    await group.waitFor();
    const invalid = `${LEDGER}!${cell(4, "状态")}`;
    const finding = page.getByRole("button", {
      name: new RegExp(`第 4 项（${invalid}）的状态“搁置”不在状态列表中`),
    });
    await finding.waitFor();
    expect(await finding.getAttribute("title")).toBe(`转到 ${invalid}`);
    const pasted = `${LEDGER}!${cell(3, "状态")}`;
    expect(await page.getByText(`将“完成”改为“已完成”（第 3 项，${pasted}）`).isVisible()).toBe(true);
    // The finding points at the section by the name it has in the pane.
    expect(await page.getByRole("heading", { name: "规范化建议（1）" }).isVisible()).toBe(true);
    await expectClean("session-3-validated");
    await page.getByRole("tab", { name: "汇总" }).click();
    // Invalid statuses are drawn hatched and named in the legend, never as a plain dark bar.
    const hatched = page.locator('figure span[data-tone="invalid"]').first();
    await hatched.waitFor();
    expect(await hatched.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
      "repeating-linear-gradient",
    );
    expect(await page.getByRole("list", { name: "图例" }).getByText("状态无效/未填").isVisible()).toBe(true);
    await expectClean("session-3-summary");
    await page.getByRole("tab", { name: "台账" }).click();
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const address = `${LEDGER}!${cell(4, "状态")}`;
    await page.getByRole("button", { name: new RegExp(`第 4 项（${address}）`) }).click();
    expect(
      await eventually(
        () => selection(page),
        (a) => a === address,
      ),
    ).toBe(address);
  });

  test("确认规范 rewrites the pasted 完成 as 已完成 in the workbook", async () => {
    const address = cell(3, "状态");
    await page.getByRole("button", { name: "确认规范这 1 处" }).click();
    await page.getByText("已规范 1 处填写。").waitFor();
    expect(await values(page, `${LEDGER}!${address}`)).toEqual([["已完成"]]);
  });

  test("刷新汇总 creates the PivotTable", async () => {
    await page.getByRole("button", { name: "刷新汇总", exact: true }).click();
    await page.getByText("已新建数据透视表。").waitFor();
    const made = await pivots(page);
    expect(made).toHaveLength(1);
    expect(made[0].sheet).toBe("部门透视"); // a sheet of its own: statuses added to 部门汇总 never collide with it
    expect(made[0].address).not.toBeNull();
    await expectClean("session-4-summary");
  });

  test("按部门筛选 hides the rows of other departments; 全部部门 shows them again", async () => {
    const departments = ledger.columns.slice(
      ledger.columns.indexOf("责任部门") + 1,
      ledger.columns.indexOf("状态"),
    );
    const picker = page.getByRole("combobox", { name: "按部门筛选" });
    await picker.waitFor();
    // A department that some items do not involve, so the filter has something to hide.
    let chosen: string | null = null;
    let expectedHidden: number[] = [];
    const { headerRow } = tableOrigin(ledger.address);
    for (const department of departments) {
      const marks = await values(page, `${LEDGER}!${cell(1, department)}:${cell(ITEMS, department)}`);
      const hidden = marks.flatMap((row, i) => (row[0] === "" || row[0] === null ? [headerRow + 1 + i] : []));
      if (hidden.length > 0 && hidden.length < ITEMS) {
        chosen = department;
        expectedHidden = hidden;
        break;
      }
    }
    if (chosen === null) throw new Error("every department is on every item: nothing to filter");

    await picker.click();
    await page.getByRole("option", { name: chosen, exact: true }).click();
    await page.getByText(`台账已筛选为“${chosen}”的事项。`).waitFor();
    expect(await hiddenRows(page, LEDGER)).toEqual(expectedHidden);
    expect(Object.keys((await table(page, "TZ_Ledger")).filters)).toContain(chosen);
    expect(await picker.textContent()).toContain(chosen);
    await expectClean("session-5-filtered");

    await picker.click();
    await expectClean("session-6-picker-open");
    await page.getByRole("option", { name: "全部部门" }).click();
    await page.getByText("已清除部门筛选，显示全部事项。").waitFor();
    expect(await hiddenRows(page, LEDGER)).toEqual([]);
    expect((await table(page, "TZ_Ledger")).filters).toEqual({});
  });

  test("in Office's dark theme, with a ledger, the pane stays readable (axe colour contrast)", async () => {
    const dark = await openPane(fixture.browser, fixture.server.origin, { theme: DARK_THEME });
    try {
      await waitForReadyButton(dark, APPLY_LABEL["zh-CN"]);
      await dark.getByRole("button", { name: "生成/更新台账" }).click();
      await dark.getByText(`已新建台账，写入 ${ITEMS} 行`, { exact: false }).waitFor();
      await dark.getByRole("button", { name: "校验", exact: true }).click();
      await dark.getByText("校验通过，没有发现问题。").waitFor();
      // Said once (the result message), not again in a panel below it.
      expect(await dark.getByText(/校验通过/).count()).toBe(1);
      await dark.getByRole("tab", { name: "汇总" }).click();
      await dark.getByRole("heading", { name: "各部门进度" }).waitFor();
      // Nothing is done yet: no segment may look like a bright, full bar on the dark pane.
      const brightest = await dark
        .locator("figure span[data-tone]")
        .evaluateAll((spans) =>
          Math.max(
            ...spans.map((el) =>
              Math.max(
                ...(getComputedStyle(el).backgroundColor.match(/\d+/g) ?? ["0"]).slice(0, 3).map(Number),
              ),
            ),
          ),
        );
      expect(brightest).toBeLessThan(130);
      expect(await dark.getByRole("list", { name: "图例" }).isVisible()).toBe(true);
      await screenshot(dark, "session-dark");
      expect(await axeViolations(dark)).toEqual([]);
      expect(await horizontalOverflow(dark)).toEqual([]);
    } finally {
      await dark.context().close();
    }
  });
});
