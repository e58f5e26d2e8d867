/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ValidationReport } from "../../src/core/validation/types";
import { LedgerError } from "../../src/excel/ledger-error";
import { WATCH_ERROR_INTERVAL_MS } from "../../src/taskpane/features/validation/use-validation";
import { fakeApi } from "./fake-api";
import { excelHost, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const broken = (n: number) =>
  new LedgerError(
    "general",
    `Excel 未能完成操作：第 ${n} 次`,
    "请稍后重试；如果问题持续，请保存工作簿、重新打开后再试。",
  );

/** A pane whose live check hands failures to the error callback the pane passed. */
async function watchedPane() {
  let onError: ((error: unknown) => void) | undefined;
  const api = fakeApi({
    watchLedger: async (
      _onChange: (report: ValidationReport) => void,
      handler?: (error: unknown) => void,
    ) => {
      onError = handler;
      return async () => undefined;
    },
  });
  renderApp(api, excelHost);
  await waitFor(() => expect(api.watchLedger).toHaveBeenCalledTimes(1));
  expect(onError).toBeInstanceOf(Function);
  return { fail: (error: unknown) => act(async () => onError?.(error)) };
}

const errorBars = () => screen.queryAllByText(/Excel 未能完成操作/);

describe("a failing live check", () => {
  it("is shown as a Chinese error with its next step, once while failures repeat", async () => {
    let clock = 1_000_000;
    jest.spyOn(Date, "now").mockImplementation(() => clock);
    const { fail } = await watchedPane();
    await fail(broken(1));
    const text = await screen.findByText("Excel 未能完成操作：第 1 次");
    const bar = text.closest(".fui-MessageBar") as HTMLElement;
    expect(bar).not.toBeNull();
    expect(bar.textContent).toContain("请稍后重试；如果问题持续，请保存工作簿、重新打开后再试。");

    fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(errorBars()).toHaveLength(0));
    clock += 1_000;
    await fail(broken(2));
    await fail(broken(3));
    expect(errorBars()).toHaveLength(0); // dismissed, and the repeats within the interval stay quiet
    expect(console.error).toHaveBeenCalledTimes(3); // every failure is still logged

    clock += WATCH_ERROR_INTERVAL_MS;
    await fail(broken(4));
    expect(await screen.findByText("Excel 未能完成操作：第 4 次")).toBeTruthy();
  });

  it("an unexpected failure still gets a Chinese message", async () => {
    const { fail } = await watchedPane();
    await fail(new Error("boom"));
    expect(await screen.findByText("发生了意外错误，操作没有完成。")).toBeTruthy();
  });
});
