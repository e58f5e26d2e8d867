/** @jest-environment jsdom */
/**
 * Outside Office (WPS, old Office, any browser): the same page makes the ledger file — a plan pasted, corrected
 * in the preview, 生成并下载台账 hands an .xlsx to the browser; read back with the project's readers, it has the
 * tasks and departments as corrected, the plan on its hidden sheet.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { readWorkbookPlanXlsx } from "../../src/xlsx/plan-sheet";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

const PLAN_TEXT = `某市2024年政务公开工作要点

一、加强政策解读
1. 做好重大政策解读工作。（市发展改革委牵头，市财政局配合）
2. 规范政策文件发布。（市发改委负责）
3. 完善政府信息公开目录。
`;

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

let downloaded: Blob[] = [];
beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  downloaded = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      downloaded.push(blob);
      return "blob:ledger";
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("导入计划 outside Office", () => {
  it("pasted, corrected, 生成并下载台账: the downloaded .xlsx has the plan as corrected", async () => {
    renderApp(fakeApi(), { kind: "outside", reason: "no-office", host: null, displayLanguage: "zh-CN" });
    const section = await screen.findByRole("region", { name: "导入计划" });
    expect(section.textContent).toContain("不在 Excel 中也可以生成台账");
    fireEvent.change(within(section).getByRole("textbox", { name: "粘贴计划全文" }), {
      target: { value: PLAN_TEXT },
    });
    await act(async () => {
      fireEvent.click(within(section).getByRole("button", { name: "读取粘贴的文字" }));
    });
    const preview = await within(section).findByRole("region", { name: "计划预览" });
    const task3 = within(preview).getByRole("listitem", { name: "任务 一3" });
    fireEvent.click(within(task3).getByRole("button", { name: "修改任务 一3 的部门" }));
    fireEvent.change(within(task3).getByRole("textbox"), { target: { value: "市财政局（牵头）" } });
    fireEvent.click(within(task3).getByRole("button", { name: "确定" }));
    await act(async () => {
      fireEvent.click(within(preview).getByRole("button", { name: "生成并下载台账（.xlsx）" }));
    });
    expect(
      await within(section).findByText(/已生成“某市2024年政务公开工作要点-台账\.xlsx”/, undefined, {
        timeout: 20_000,
      }),
    ).toBeTruthy();
    expect(downloaded).toHaveLength(1);

    const bytes = await blobBytes(downloaded[0]);
    const plan = await readWorkbookPlanXlsx(bytes);
    expect(plan?.title).toBe("某市2024年政务公开工作要点");
    expect(plan?.items.map((i) => i.assignments.map((a) => `${a.department}/${a.role}`))).toEqual([
      ["市发展改革委/lead", "市财政局/cooperate"],
      ["市发改委/responsible"],
      ["市财政局/lead"],
    ]);
    const ledger = await readLedgerXlsx(bytes);
    expect(ledger.value?.rows.map((r) => r.no)).toEqual([1, 2, 3]);
  });
});
