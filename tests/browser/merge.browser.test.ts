/**
 * 合并回收表 in Chromium on the test host: a department's copy written by the CLI's writer (as
 * `taizhang workbook --for 办公室` writes it) and filled in as the department would, chosen through the pane's
 * file input (read in the browser with File.arrayBuffer), the report checked, then written on confirmation.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { LEDGER_HEADERS } from "../../src/core/ledger/constants";
import { buildCopySpec } from "../../src/core/merge/copy-spec";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { BUNDLED_PLAN } from "../../src/excel/bundled-plan";
import { APPLY_LABEL, openPane, waitForReadyButton } from "../support/pane-page";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { LedgerEditor, save } from "../merge/helpers";
import { columnLetters, table, tableOrigin, values, type TableInfo } from "./host-cells";
import {
  axeViolations,
  describeInChromium,
  horizontalOverflow,
  screenshot,
  startBrowser,
  type BrowserFixture,
} from "./support";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LEDGER = "台账";

async function officeCopy(): Promise<Buffer> {
  const copy = buildCopySpec(BUNDLED_PLAN, "办公室", {
    statuses: DEFAULT_STATUSES,
    generatedAt: "2019-07-01T08:00:00.000Z",
  });
  if (!copy.ok) throw new Error(copy.message);
  const { wb, ed } = await LedgerEditor.open(await writeLedgerXlsx(copy.spec));
  ed.set(16, "status", "推进中")
    .set(16, "progress", "=已印发通知（文字，不是公式）")
    .set(17, "status", "已完成")
    .set(17, "progress", "已完成并公开。")
    .set(6, "status", "已完成"); // not 办公室's item: skipped
  return Buffer.from(await save(wb));
}

describeInChromium("合并回收表 in Chromium (test host)", () => {
  let fixture: BrowserFixture;
  let page: Page;
  let ledger: TableInfo;

  function cell(item: number, header: string): string {
    const { col, headerRow } = tableOrigin(ledger.address);
    return `${LEDGER}!${columnLetters(col + ledger.columns.indexOf(header))}${headerRow + item}`;
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
    await waitForReadyButton(page, APPLY_LABEL["zh-CN"]);
    await page.getByRole("button", { name: "生成/更新台账" }).click();
    await page.getByText("已新建台账，写入 30 行", { exact: false }).waitFor();
    ledger = await table(page, "TZ_Ledger");
    await page.getByRole("tab", { name: "分发与合并" }).click();
  });
  afterAll(async () => {
    await page?.context().close();
    await fixture?.close();
  });

  test("a file that is not a workbook is refused in Chinese; nothing is written", async () => {
    const section = page.getByRole("region", { name: "合并回收表" });
    await section.getByRole("button", { name: "选择回收的副本…" }).waitFor();
    await section.getByLabel("回收的部门副本（.xlsx）").setInputFiles({
      name: "笔记.xlsx",
      mimeType: XLSX,
      buffer: Buffer.from("这不是工作簿"),
    });
    await section.getByText("未合并：以下问题需先处理，工作簿未作任何改动").waitFor();
    expect(
      await section
        .getByText("“笔记.xlsx”：无法读取：这不是 Excel 工作簿（.xlsx）文件。", { exact: false })
        .isVisible(),
    ).toBe(true);
    expect(await values(page, cell(16, LEDGER_HEADERS.status))).toEqual([["未启动"]]);
  });

  test("the copy's changes are shown first; confirming writes them (text stays text)", async () => {
    const section = page.getByRole("region", { name: "合并回收表" });
    await section.getByLabel("回收的部门副本（.xlsx）").setInputFiles({
      name: "办公室.xlsx",
      mimeType: XLSX,
      buffer: await officeCopy(),
    });
    const copy = section.getByRole("region", { name: "《办公室.xlsx》（办公室）" });
    await copy.waitFor({ timeout: 30_000 });
    expect(await copy.textContent()).toContain("采纳 4 格");
    await copy.getByText("采纳（4）").click(); // unfold the taken cells
    expect(await copy.getByText("序号 16「状态」：“未启动” → “推进中”").isVisible()).toBe(true);
    expect(await copy.textContent()).toContain("序号 6「状态」");
    // Nothing written before confirmation.
    expect(await values(page, cell(16, LEDGER_HEADERS.status))).toEqual([["未启动"]]);
    await expectClean("session-7-merge-preview");

    await section.getByRole("button", { name: "确认写入 4 格" }).click();
    await page.getByText("已写入 4 格（2 项）。").waitFor();
    expect(await values(page, cell(16, LEDGER_HEADERS.status))).toEqual([["推进中"]]);
    expect(await values(page, cell(16, LEDGER_HEADERS.progress))).toEqual([
      ["=已印发通知（文字，不是公式）"],
    ]);
    expect(await values(page, cell(17, LEDGER_HEADERS.status))).toEqual([["已完成"]]);
    expect(await values(page, cell(6, LEDGER_HEADERS.status))).toEqual([["未启动"]]);
    // The header's progress follows the merged statuses.
    await page.getByText("已完成 1 / 30 项").waitFor();
    // The live check re-validated the merged rows (both have their progress notes).
    // (on the 台账 tab, which stays mounted while 分发与合并 is shown)
    await page.getByText("校验通过，没有发现问题。").waitFor({ state: "attached" });
    await expectClean("session-8-merged");
  });

  test("分发部门副本 downloads a copy made in the browser; filled in and merged back, it lands in the ledger", async () => {
    const section = page.getByRole("region", { name: "分发部门副本" });
    await section.getByRole("combobox", { name: "部门" }).click();
    await section.getByRole("option", { name: "商标局", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      section.getByRole("button", { name: "下载副本" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-商标局\.xlsx$/);
    await section.getByText(/^已生成“.+-商标局\.xlsx”/).waitFor();
    await expectClean("session-9-distributed");

    // The department fills in its copy (item 26 is 商标局's) and sends it back.
    const { wb, ed } = await LedgerEditor.open(new Uint8Array(readFileSync(await download.path())));
    expect(ed.cell(16, "status").value).toBe("推进中"); // what the ledger held when the copy was made
    ed.set(26, "status", "推进中").set(26, "contact", "商标局 李四");
    const merge = page.getByRole("region", { name: "合并回收表" });
    await merge.getByLabel("回收的部门副本（.xlsx）").setInputFiles({
      name: "商标局.xlsx",
      mimeType: XLSX,
      buffer: Buffer.from(await save(wb)),
    });
    await merge.getByRole("region", { name: "《商标局.xlsx》（商标局）" }).waitFor({ timeout: 30_000 });
    await merge.getByRole("button", { name: "确认写入 2 格" }).click();
    await page.getByText("已写入 2 格（1 项）。").waitFor();
    expect(await values(page, cell(26, LEDGER_HEADERS.status))).toEqual([["推进中"]]);
    expect(await values(page, cell(26, LEDGER_HEADERS.contact))).toEqual([["商标局 李四"]]);
  });
});
