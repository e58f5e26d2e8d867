/** @jest-environment jsdom */
/** 自检 in the pane: the header's quiet entry opens the dialog; the report is shown and copied (queried by role). */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import SelfCheckDialog from "../../src/taskpane/features/self-check/SelfCheckDialog";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { installHost } from "../excel/support/host";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

function renderDialog(onClose = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="zh-CN">
        <SelfCheckDialog open onClose={onClose} />
      </I18nProvider>
    </FluentProvider>,
  );
  return onClose;
}

async function runIt(): Promise<string> {
  fireEvent.click(screen.getByRole("button", { name: "开始自检" }));
  const report = await screen.findByRole("textbox", { name: "自检报告" }, { timeout: 5000 });
  return (report as HTMLTextAreaElement).value;
}

describe("自检", () => {
  it("opens from the header's 自检 button as a dialog", async () => {
    renderApp(fakeApi());
    fireEvent.click(await screen.findByRole("button", { name: "自检" }));
    const dialog = await screen.findByRole("dialog", { name: "自检" });
    expect(within(dialog).getByRole("button", { name: "开始自检" })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("on ExcelApi 1.7 shows what degrades, and copies the report", async () => {
    const host = installHost({ supportedSets: { ExcelApi: "1.7" }, platform: "PC" });
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderDialog();
    const text = await runIt();
    expect(screen.getAllByRole("status")[0].textContent).toBe("6 项通过，4 项跳过，没有失败。");
    const lines = text.split("\n");
    expect(lines[1]).toBe("Excel：Excel，平台 PC，版本 16.0.0000.0000");
    expect(lines[2]).toMatch(/^支持的 ExcelApi 要求集（最高 1\.7）：1\.1 ✓，.*1\.7 ✓，1\.8 ✗，.*1\.17 ✗$/);
    expect(lines.filter((l) => l.startsWith("跳过 ")).map((l) => l.split("：此 Excel")[0])).toEqual([
      "跳过 状态下拉列表（数据验证，来源为名称）（ExcelApi 1.8）",
      "跳过 表格：调整大小（ExcelApi 1.13）",
      "跳过 数据透视表：添加与刷新（ExcelApi 1.8）",
      "跳过 页面布局（打印设置）（ExcelApi 1.9）",
    ]);
    expect(text).toContain(
      "跳过 数据透视表：添加与刷新（ExcelApi 1.8）：此 Excel 不支持 ExcelApi 1.8。加载项的做法：不建数据透视表",
    );
    expect(text).toContain("✓ 冻结窗格（ExcelApi 1.7）");
    expect(text).not.toContain("✗ ");
    expect(host.workbook.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("已复制到剪贴板。");
    expect(writeText).toHaveBeenCalledWith(text);
  });

  it("shows a failed check with its error code, and says how to copy when the clipboard is refused", async () => {
    const host = installHost();
    const original = host.Excel.run.bind(host.Excel);
    let calls = 0;
    jest.spyOn(host.Excel, "run").mockImplementation(((...args: Parameters<typeof Excel.run>) => {
      calls += 1;
      // The third batch is the list-validation check: make Excel refuse it as a real Excel might.
      if (calls === 3)
        return Promise.reject(Object.assign(new Error("无效参数"), { code: "InvalidArgument" }));
      return (original as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run);
    document.execCommand = jest.fn(() => false);
    renderDialog();
    const text = await runIt();
    expect(text).toContain(
      "✗ 状态下拉列表（数据验证，来源为名称）（ExcelApi 1.8）：InvalidArgument — 无效参数。",
    );
    expect(text).toContain("下一步：请把本报告全文发给加载项维护人员。");
    expect(screen.getAllByRole("status")[0].textContent).toBe(
      "9 项通过，1 项失败，0 项跳过。请复制报告发给维护人员。",
    );
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("无法访问剪贴板：报告已全部选中，请按 Ctrl+C（Mac：⌘+C）复制。");
  });
});
