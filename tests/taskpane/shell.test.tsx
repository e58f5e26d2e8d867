/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Overview } from "../../src/core/overview/types";
import { LedgerError } from "../../src/excel/ledger-error";
import { start } from "../../src/taskpane/start";
import type { HostScope } from "../../src/taskpane/host";
import { fakeApi, sampleOverview } from "./fake-api";
import { excelHost, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  document.body.innerHTML = "";
});

function themeCss(): string {
  // FluentProvider writes the theme's CSS variables with insertRule, so read the rules, not the text.
  return Array.from(document.querySelectorAll("style"))
    .flatMap((style) => Array.from(style.sheet?.cssRules ?? [], (rule) => rule.cssText))
    .join("\n");
}

describe("theme", () => {
  it("uses the dark theme when Office's body background is dark", async () => {
    renderApp(fakeApi(), { ...excelHost, bodyBackgroundColor: "#262626" });
    await screen.findByRole("heading", { level: 1 });
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(themeCss()).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });

  it("uses the light theme otherwise", async () => {
    renderApp(fakeApi());
    await screen.findByRole("heading", { level: 1 });
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(themeCss()).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });
});

describe("error boundary", () => {
  it("shows a message with the next step instead of a blank pane when rendering fails", async () => {
    const broken = { ...sampleOverview, byStatus: null } as unknown as Overview;
    renderApp(fakeApi({ readOverview: async () => broken }));
    const bar = await screen.findByRole("group", { name: "任务窗格出错了" });
    expect(bar.textContent).toContain("工作簿中的内容不受影响");
    expect(screen.getByRole("button", { name: "重新加载" })).toBeTruthy();
  });

  it("lets the person reload the pane", async () => {
    let calls = 0;
    const api = fakeApi({
      readOverview: async () =>
        ++calls === 1 ? ({ ...sampleOverview, byStatus: null } as unknown as Overview) : sampleOverview,
    });
    renderApp(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新加载" }));
    expect(await screen.findByRole("heading", { level: 1, name: sampleOverview.planTitle })).toBeTruthy();
  });
});

describe("start", () => {
  function container(): HTMLElement {
    const div = document.createElement("div");
    document.body.appendChild(div);
    return div;
  }

  it("shows a spinner until Office is ready, then the pane with the adapter's LedgerApi", async () => {
    let ready!: (info: { host: string; platform: string }) => void;
    const scope: HostScope = {
      language: "zh-CN",
      Office: {
        onReady: (() => new Promise((resolve) => (ready = resolve))) as unknown as typeof Office.onReady,
        context: { displayLanguage: "zh-CN" } as Office.Context,
      },
    };
    const api = fakeApi();
    const createApi = jest.fn(() => api);
    let started!: Promise<void>;
    await act(async () => {
      started = start(container(), scope, createApi);
    });
    expect(screen.getByText("正在连接 Excel…")).toBeTruthy();
    expect(createApi).not.toHaveBeenCalled();

    await act(async () => {
      ready({ host: "Excel", platform: "OfficeOnline" });
      await started;
    });
    expect(createApi).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("heading", { level: 1, name: sampleOverview.planTitle })).toBeTruthy();
    await waitFor(() => expect(api.readOverview).toHaveBeenCalled());
  });

  it("explains how to load the add-in when office.js is missing, without creating an API", async () => {
    const createApi = jest.fn(() => fakeApi());
    await act(async () => start(container(), { language: "en-US" }, createApi));
    expect(await screen.findByRole("group", { name: "Open the Taizhang add-in in Excel" })).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in/)).toBeTruthy();
    expect(createApi).not.toHaveBeenCalled();
  });
});

describe("start without a working adapter", () => {
  it("opens the pane and says why it cannot reach the workbook", async () => {
    const div = document.createElement("div");
    document.body.appendChild(div);
    const scope: HostScope = {
      language: "zh-CN",
      Office: {
        onReady: (async () => ({ host: "Excel", platform: "PC" })) as unknown as typeof Office.onReady,
        context: { displayLanguage: "zh-CN" } as Office.Context,
      },
    };
    const createApi = (): never => {
      throw new LedgerError("unsupported", "缺少与 Excel 的连接模块。", "请联系办公室获取完整版本。");
    };
    await act(async () => start(div, scope, createApi));
    const bar = await screen.findByRole("group", { name: "此版本 Excel 不支持该功能" });
    expect(bar.textContent).toContain("缺少与 Excel 的连接模块。");
    expect(bar.textContent).toContain("请联系办公室获取完整版本。");
    expect(screen.getByRole("button", { name: "生成/更新台账" })).toBeTruthy();
  });
});
