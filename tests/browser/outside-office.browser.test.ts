/**
 * The web page outside Office in Chromium (dist/web.html: no office.js, no Office host), as a WPS or
 * old-Office user has it: pasted plan text → 生成并下载台账 → the downloaded bytes read back with the project's
 * reader; 分发 → one .zip with one copy per department; one copy filled in with ExcelJS as a department would;
 * 合并 of master and copy → the downloaded merged ledger has the department's text, the report is on the page.
 * Axe-clean in each state; screenshots in test-results/pane/ (web-*.png).
 */
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { copyRecipients } from "../../src/xlsx/department-copies";
import { readWorkbookPlanXlsx } from "../../src/xlsx/plan-sheet";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { LedgerEditor, save } from "../merge/helpers";
import {
  axeViolations,
  describeInChromium,
  downloadFrom,
  horizontalOverflow,
  openOutsideOffice,
  screenshot,
  startBrowser,
  type BrowserFixture,
} from "./support";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PASTED = `某市2024年政务公开工作要点

一、加强政策解读
1. 做好重大政策解读工作。（市发展改革委牵头，市财政局配合）
2. 规范政策文件发布。（市审计局负责）
3. 完善政府信息公开目录。（市财政局负责）
`;
const PROGRESS = "已完成解读材料初稿，6月底前公开。";

describeInChromium("the web page outside Office in Chromium", () => {
  let fixture: BrowserFixture;
  let page: Page;
  let requests: string[];
  let ledger: { fileName: string; bytes: Uint8Array };
  let copies: Map<string, Uint8Array>;

  async function expectClean(name: string): Promise<void> {
    await screenshot(page, name);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
  }

  beforeAll(async () => {
    fixture = await startBrowser();
    ({ page, requests } = await openOutsideOffice(fixture));
  });
  afterAll(async () => {
    await page?.context().close();
    await fixture?.close();
  });

  test("导入计划: pasted text → a ledger .xlsx downloaded, read back with the project's reader", async () => {
    await page.getByText("请在 Excel 中打开台账加载项").waitFor();
    expect(await page.getByRole("tab").allTextContents()).toEqual(["导入计划", "分发", "合并"]);
    const section = page.getByRole("region", { name: "导入计划" });
    await section.getByRole("textbox", { name: "粘贴计划全文" }).waitFor();
    await expectClean("web-1-start");
    // The page needs no office.js (nor anything from another origin: the context refuses such requests).
    expect(requests.filter((path) => path.includes("office-js"))).toEqual([]);
    await section.getByRole("textbox", { name: "粘贴计划全文" }).fill(PASTED);
    await section.getByRole("button", { name: "读取粘贴的文字" }).click();
    const preview = section.getByRole("region", { name: "计划预览" });
    await preview.waitFor();
    ledger = await downloadFrom(page, () =>
      preview.getByRole("button", { name: "生成并下载台账（.xlsx）" }).click(),
    );
    expect(ledger.fileName).toBe("某市2024年政务公开工作要点-台账.xlsx");
    const read = await readLedgerXlsx(ledger.bytes);
    expect(read.value?.rows.map((r) => r.task)).toEqual([
      "做好重大政策解读工作。",
      "规范政策文件发布。",
      "完善政府信息公开目录。",
    ]);
    const plan = await readWorkbookPlanXlsx(ledger.bytes);
    expect(plan?.departments.map((d) => d.name).sort()).toEqual(
      ["市审计局", "市发展改革委", "市财政局"].sort(),
    );
    await section.getByText(ledger.fileName, { exact: false }).waitFor();
    await expectClean("web-2-generated");
  });

  test("分发: the ledger chosen → one .zip with one copy per department", async () => {
    await page.getByRole("tab", { name: "分发" }).click();
    const section = page.getByRole("region", { name: "分发部门副本" });
    await section.getByRole("button", { name: "选择台账总表…" }).waitFor();
    expect(await page.getByRole("region", { name: "导入计划" }).isVisible()).toBe(false);
    await expectClean("web-3-distribute");
    await section.getByLabel("要分发的台账总表（.xlsx）").setInputFiles({
      name: ledger.fileName,
      mimeType: XLSX,
      buffer: Buffer.from(ledger.bytes),
    });
    const zip = await downloadFrom(page, () =>
      section.getByRole("button", { name: "生成并下载全部副本（.zip）" }).click(),
    );
    expect(zip.fileName).toBe("某市2024年政务公开工作要点-台账-部门副本.zip");
    const files = (await JSZip.loadAsync(zip.bytes)).files;
    copies = new Map();
    for (const name of Object.keys(files)) copies.set(name, await files[name].async("uint8array"));
    const plan = await readWorkbookPlanXlsx(ledger.bytes);
    const departments: (string | null)[] = [];
    for (const bytes of copies.values())
      departments.push((await readLedgerXlsx(bytes)).value!.copyDepartment);
    expect(departments.sort()).toEqual(copyRecipients(plan!).sort());
    expect(copies.size).toBe(3);
    await section.getByText("内有 3 个部门的副本", { exact: false }).waitFor();
    await expectClean("web-4-distributed");
  });

  test("合并: master + a filled-in copy → the merged ledger downloaded has the edit; the report is shown", async () => {
    const [name, copy] = [...copies].find(([file]) => file.includes("市财政局"))!;
    const { wb, ed } = await LedgerEditor.open(copy);
    ed.set(1, "progress", PROGRESS);
    const returned = Buffer.from(await save(wb));

    await page.getByRole("tab", { name: "合并" }).click();
    const section = page.getByRole("region", { name: "合并交回的副本" });
    await section.getByLabel("合并用的台账总表（.xlsx）").setInputFiles({
      name: ledger.fileName,
      mimeType: XLSX,
      buffer: Buffer.from(ledger.bytes),
    });
    await section.getByLabel("交回的部门副本（.xlsx，可多选）").setInputFiles({
      name,
      mimeType: XLSX,
      buffer: returned,
    });
    await expectClean("web-5-merge-chosen");
    const merged = await downloadFrom(page, () =>
      section.getByRole("button", { name: "合并并下载" }).click(),
    );
    expect(merged.fileName).toBe("某市2024年政务公开工作要点-台账-合并.xlsx");
    const back = (await readLedgerXlsx(merged.bytes)).value!;
    expect(back.copyDepartment).toBeNull();
    expect(back.rows.find((r) => r.no === 1)?.values.progress).toBe(PROGRESS);
    await section.getByText("已下载合并结果", { exact: false }).waitFor();
    expect(await section.getByRole("region", { name: /市财政局/ }).isVisible()).toBe(true);
    await expectClean("web-6-merged");
  });
});
