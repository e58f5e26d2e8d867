/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LAST_COMMAND_ERROR_KEY } from "../../src/commands/refresh-summary";
import { invalidStatusMessage } from "../../src/core/validation/messages";
import type { ValidationReport } from "../../src/core/validation/types";
import { LedgerError } from "../../src/excel/ledger-error";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  localStorage.clear();
});
afterEach(() => jest.restoreAllMocks());

const clean: ValidationReport = { findings: [], normalisations: [] };

function storeFailure(): void {
  localStorage.setItem(
    LAST_COMMAND_ERROR_KEY,
    JSON.stringify({
      command: "refreshSummary",
      message: "尚未生成台账。",
      nextStep: "请先点击“生成/更新台账”。",
      at: "2019-05-01T08:00:00.000Z",
    }),
  );
}

describe("a failure of the ribbon's 刷新汇总", () => {
  it("is shown as a warning when the pane opens; dismissing it forgets it", async () => {
    storeFailure();
    renderApp(fakeApi());
    const bar = await screen.findByRole("group", { name: "功能区命令未完成" });
    expect(bar.textContent).toContain(
      "上次从功能区刷新汇总失败：尚未生成台账。下一步：请先点击“生成/更新台账”。",
    );
    fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
    expect(screen.queryByRole("group", { name: "功能区命令未完成" })).toBeNull();
    expect(localStorage.getItem(LAST_COMMAND_ERROR_KEY)).toBeNull();
  });

  it("does not repeat the command's own prefix and adds the full stop a message lacks", async () => {
    localStorage.setItem(
      LAST_COMMAND_ERROR_KEY,
      JSON.stringify({ message: "刷新汇总失败：网络中断", nextStep: "请打开台账任务窗格后再试。" }),
    );
    renderApp(fakeApi());
    const bar = await screen.findByRole("group", { name: "功能区命令未完成" });
    expect(bar.textContent).toContain(
      "上次从功能区刷新汇总失败：网络中断。下一步：请打开台账任务窗格后再试。",
    );
  });

  it("is ignored when what is stored is not a failure", async () => {
    localStorage.setItem(LAST_COMMAND_ERROR_KEY, "{not json");
    renderApp(fakeApi());
    await screen.findByRole("button", { name: "生成/更新台账" });
    expect(screen.queryByRole("group", { name: "功能区命令未完成" })).toBeNull();
  });

  it("goes away when 刷新汇总 from the pane succeeds", async () => {
    storeFailure();
    renderApp(fakeApi());
    await screen.findByRole("group", { name: "功能区命令未完成" });
    fireEvent.click(screen.getByRole("button", { name: "刷新汇总" }));
    await screen.findByRole("group", { name: "刷新汇总" });
    await waitFor(() => expect(screen.queryByRole("group", { name: "功能区命令未完成" })).toBeNull());
    expect(localStorage.getItem(LAST_COMMAND_ERROR_KEY)).toBeNull();
  });

  it("appears while the pane is open when the ribbon command fails meanwhile", async () => {
    renderApp(fakeApi());
    await screen.findByRole("button", { name: "生成/更新台账" });
    storeFailure();
    await act(async () => {
      window.dispatchEvent(new StorageEvent("storage", { key: LAST_COMMAND_ERROR_KEY }));
    });
    expect(await screen.findByRole("group", { name: "功能区命令未完成" })).toBeTruthy();
  });
});

describe("刷新汇总 on an Excel without PivotTables (ExcelApi below 1.8)", () => {
  it("says plainly that there is no PivotTable support and the formula summary is the summary", async () => {
    const api = fakeApi({ refreshSummary: async () => ({ mode: "formula", created: false }) });
    renderApp(api);
    fireEvent.click(await screen.findByRole("button", { name: "刷新汇总" }));
    const bar = await screen.findByRole("group", { name: "刷新汇总" });
    expect(bar.textContent).toContain("此 Excel 不支持数据透视表（需要 ExcelApi 1.8）");
    expect(bar.textContent).toContain("“部门汇总”表中的公式汇总就是汇总结果");
    expect(bar.textContent).not.toContain("已新建数据透视表");
    expect(api.refreshSummary).toHaveBeenCalledTimes(1);
  });
});

describe("a clean 校验", () => {
  it("says 校验通过 once: in the result message, and in the panel after the message is dismissed", async () => {
    renderApp(fakeApi({ validate: async () => clean }));
    fireEvent.click(await screen.findByRole("button", { name: "校验" }));
    const bar = await screen.findByRole("group", { name: "校验" });
    expect(bar.textContent).toContain("校验通过，没有发现问题。");
    expect(screen.getAllByText(/校验通过/)).toHaveLength(1);
    expect(screen.queryByRole("region", { name: "校验结果" })).toBeNull();

    fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
    const panel = await screen.findByRole("region", { name: "校验结果" });
    expect(within(panel).getByText("校验通过，没有发现问题。")).toBeTruthy();
    expect(screen.getAllByText(/校验通过/)).toHaveLength(1);
  });

  it("drops the 校验 message once an edit brings a newer report (the panel shows that one)", async () => {
    let onChange: ((report: ValidationReport) => void) | null = null;
    const api = fakeApi({
      validate: async () => clean,
      watchLedger: async (callback) => {
        onChange = callback;
        return async () => undefined;
      },
    });
    renderApp(api);
    fireEvent.click(await screen.findByRole("button", { name: "校验" }));
    await screen.findByRole("group", { name: "校验" });
    await waitFor(() => expect(onChange).not.toBeNull());
    const finding = {
      address: "台账!Q7",
      item: 5,
      kind: "invalid-status" as const,
      message: "第 5 项（台账!Q7）的状态“搁置”不在状态列表中。",
      value: "搁置",
    };
    await act(async () => onChange?.({ findings: [finding], normalisations: [] }));
    expect(screen.queryByRole("group", { name: "校验" })).toBeNull();
    const panel = await screen.findByRole("region", { name: "校验结果" });
    expect(within(panel).getByRole("heading", { name: "状态不在列表中（1）" })).toBeTruthy();
  });
});

describe("words that point at each other match", () => {
  it("an invalid status's message names the pane's 规范化建议 section", async () => {
    const message = invalidStatusMessage(5, "台账!Q7", "完成", ["未启动", "已完成"], "已完成");
    renderApp(
      fakeApi({
        validate: async () => ({
          findings: [{ address: "台账!Q7", item: 5, kind: "invalid-status", message, value: "完成" }],
          normalisations: [{ address: "台账!Q7", item: 5, from: "完成", to: "已完成", field: "status" }],
        }),
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "校验" }));
    const panel = await screen.findByRole("region", { name: "校验结果" });
    // The section with the proposals (the one holding the confirm button).
    const proposals = within(panel)
      .getByRole("button", { name: "确认规范这 1 处" })
      .closest("section") as HTMLElement;
    const heading = within(proposals).getByRole("heading", { level: 3 });
    const section = heading.textContent?.replace(/（\d+）$/, "");
    expect(section).toBe("规范化建议");
    expect(message).toContain(`见“${section}”`);
  });
});

describe("a workbook whose ledger belongs to another plan", () => {
  it("says so instead of showing this plan's progress", async () => {
    const api = fakeApi({
      readOverview: async () => {
        throw new LedgerError(
          "other-plan",
          "本工作簿的台账属于另一计划（“某局2020年要点”，计划标识 plan-2020-1234abcd），无法按本计划校验。",
          "请打开按本计划生成的台账工作簿。",
        );
      },
    });
    renderApp(api);
    const bar = await screen.findByRole("group", { name: "台账属于另一计划" });
    expect(bar.textContent).toContain("本工作簿的台账属于另一计划（“某局2020年要点”");
    expect(bar.textContent).toContain("请打开按本计划生成的台账工作簿。");
    expect(screen.queryByRole("region", { name: "各部门进度" })).toBeNull();
    expect(api.watchLedger).not.toHaveBeenCalled();
  });
});
