/** @jest-environment jsdom */
/**
 * Bug 8 of issue 11: on a slow network Office.onReady can take longer than a few seconds. The pane keeps
 * waiting, says how long it has waited and what to do, and never says "not in Excel" while Office is loading.
 */
import { act, screen } from "@testing-library/react";
import { start } from "../../src/taskpane/start";
import type { HostScope } from "../../src/taskpane/host";
import { fakeApi, sampleOverview } from "./fake-api";

beforeEach(() => {
  jest.useFakeTimers();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  document.body.innerHTML = "";
});

test("Office ready after 40 s: progress meanwhile, never “not in Excel”, then the pane", async () => {
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
  const div = document.createElement("div");
  document.body.appendChild(div);
  let started!: Promise<void>;
  await act(async () => {
    started = start(div, scope, createApi);
  });
  expect(screen.getByText("正在连接 Excel…")).toBeTruthy();

  // 5 s, 12 s and 40 s after the start: still waiting
  for (const step of [5_000, 7_000, 28_000]) {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(step);
    });
    expect(document.body.textContent).not.toContain("请在 Excel 中打开");
    expect(document.body.textContent).not.toContain("超时");
    expect(createApi).not.toHaveBeenCalled();
  }
  const status = screen.getByRole("status");
  expect(status.textContent).toContain("已等待 40 秒");
  expect(status.textContent).toContain("关闭任务窗格后重新打开");

  await act(async () => {
    ready({ host: "Excel", platform: "OfficeOnline" });
    await started;
  });
  expect(createApi).toHaveBeenCalledTimes(1);
  jest.useRealTimers();
  expect(await screen.findByRole("heading", { level: 1, name: sampleOverview.planTitle })).toBeTruthy();
});
