/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ValidationReport } from "../../src/core/validation/types";
import { deferred, fakeApi, sampleReport } from "./fake-api";
import { excelHost, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

async function validate(api = fakeApi()): Promise<HTMLElement> {
  renderApp(api);
  fireEvent.click(await screen.findByRole("button", { name: "校验" }));
  return screen.findByRole("region", { name: "校验结果" });
}

describe("校验", () => {
  it("lists findings grouped by kind with Chinese headings and counts", async () => {
    const panel = await validate();
    const headings = within(panel)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "规范化建议（1）",
      "缺少事项（1）",
      "状态不在列表中（2）",
      "已完成但未填进展情况（1）",
    ]);
    const invalid = within(panel).getByRole("region", { name: "状态不在列表中（2）" });
    expect(
      within(invalid)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([sampleReport.findings[0].message, sampleReport.findings[2].message]);
    expect((await screen.findByRole("group", { name: "校验" })).textContent).toContain(
      "发现 4 个问题，另有 1 处可自动规范的填写",
    );
  });

  it("selects a finding's cell in Excel when it is clicked or activated with Enter", async () => {
    const api = fakeApi();
    const panel = await validate(api);
    fireEvent.click(within(panel).getByRole("button", { name: sampleReport.findings[2].message }));
    expect(api.selectAddress).toHaveBeenCalledWith("台账!Q12");

    // A native <button> in the tab order: the browser turns Enter/Space into this click (browser tests check keys).
    const row = within(panel).getByRole("button", { name: sampleReport.findings[1].message });
    expect(row.tagName).toBe("BUTTON");
    expect(row.tabIndex).toBe(0);
    fireEvent.click(row);
    expect(api.selectAddress).toHaveBeenLastCalledWith("台账!R9");
  });

  it("shows a finding without a cell as plain text", async () => {
    const panel = await validate();
    const missing = within(panel).getByRole("region", { name: "缺少事项（1）" });
    expect(within(missing).queryByRole("button")).toBeNull();
    expect(missing.textContent).toContain("第 30 项在台账中没有对应的行");
  });

  it("shows normalisations first and applies them only when confirmed, then re-validates", async () => {
    const api = fakeApi();
    const panel = await validate(api);
    const proposals = within(panel).getByRole("region", { name: "规范化建议（1）" });
    expect(proposals.textContent).toContain("将“完成”改为“已完成”（第 5 项，台账!Q7）");
    expect(api.applyNormalisations).not.toHaveBeenCalled();

    const cleaned: ValidationReport = { findings: [], normalisations: [] };
    api.validate.mockResolvedValueOnce(cleaned);
    fireEvent.click(within(proposals).getByRole("button", { name: "确认规范这 1 处" }));
    await waitFor(() => expect(api.applyNormalisations).toHaveBeenCalledWith(sampleReport.normalisations));
    expect((await screen.findByRole("group", { name: "规范填写" })).textContent).toContain(
      "已规范 1 处填写。",
    );
    await waitFor(() => expect(within(panel).getByText("校验通过，没有发现问题。")).toBeTruthy());
    expect(within(panel).queryByRole("region", { name: /规范化建议/ })).toBeNull();
  });
});

describe("watching the sheet", () => {
  it("subscribes while mounted, refreshes the list on a change, and unsubscribes on unmount", async () => {
    const unsubscribe = jest.fn(async () => undefined);
    let onChange: ((report: ValidationReport) => void) | null = null;
    const api = fakeApi({
      watchLedger: async (callback) => {
        onChange = callback;
        return unsubscribe;
      },
    });
    const { unmount } = renderApp(api, excelHost);
    await waitFor(() => expect(api.watchLedger).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("region", { name: "校验结果" })).toBeNull();

    await act(async () => onChange?.(sampleReport));
    const panel = await screen.findByRole("region", { name: "校验结果" });
    expect(within(panel).getByRole("heading", { name: "状态不在列表中（2）" })).toBeTruthy();
    expect(api.readOverview).toHaveBeenCalledTimes(2);

    await act(async () => onChange?.({ findings: [sampleReport.findings[1]], normalisations: [] }));
    await waitFor(() =>
      expect(within(panel).queryByRole("heading", { name: "状态不在列表中（2）" })).toBeNull(),
    );
    expect(within(panel).getByRole("heading", { name: "已完成但未填进展情况（1）" })).toBeTruthy();

    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("unsubscribes even when the pane closes before subscribing finished", async () => {
    const unsubscribe = jest.fn(async () => undefined);
    const subscribed = deferred<() => Promise<void>>();
    const api = fakeApi({ watchLedger: () => subscribed.promise });
    const { unmount } = renderApp(api);
    await waitFor(() => expect(api.watchLedger).toHaveBeenCalled());
    unmount();
    await act(async () => subscribed.resolve(unsubscribe));
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("does not watch before there is a ledger", async () => {
    const api = fakeApi({ readOverview: async () => null });
    renderApp(api);
    await screen.findByRole("group", { name: "本工作簿还没有台账" });
    expect(api.watchLedger).not.toHaveBeenCalled();
  });
});
