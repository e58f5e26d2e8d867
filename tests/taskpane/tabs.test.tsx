/** @jest-environment jsdom */
/** The pane's tabs: one tab stop, arrow keys / Home / End move and select, the panel follows. */
import { fireEvent, screen } from "@testing-library/react";
import { fakeApi } from "./fake-api";
import { renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("the pane's tabs", () => {
  it("are a tab list of five; arrow keys, Home and End select and focus; one panel is shown", async () => {
    renderApp(fakeApi());
    const list = await screen.findByRole("tablist", { name: "台账功能" });
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["台账", "汇总", "本轮", "分发与合并", "导入计划"]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(screen.getByRole("tabpanel", { name: "台账" })).toBeTruthy();

    tabs[0].focus();
    fireEvent.keyDown(list, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "汇总" }).getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "汇总" }));
    expect(await screen.findByRole("region", { name: "各部门进度" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成/更新台账" })).toBeNull(); // its panel is hidden

    fireEvent.keyDown(list, { key: "End" });
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "导入计划" }));
    expect(await screen.findByRole("region", { name: "导入计划" })).toBeTruthy();
    fireEvent.keyDown(list, { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "台账" }));
    fireEvent.keyDown(list, { key: "ArrowLeft" });
    fireEvent.keyDown(list, { key: "Home" });
    expect(screen.getByRole("tabpanel", { name: "台账" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "生成/更新台账" })).toBeTruthy();
  });
});
