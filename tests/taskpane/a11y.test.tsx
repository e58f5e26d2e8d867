/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import axe from "axe-core";
import { fakeApi } from "./fake-api";
import { openTab, renderApp } from "./render-app";

/** axe-core in jsdom (colour contrast needs a real browser; the browser tests run axe there too). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("accessibility (axe-core)", () => {
  it("bites: a button without a name is a violation", async () => {
    document.body.innerHTML = '<main><button type="button"></button></main>';
    expect((await violations()).join()).toContain("button-name");
    document.body.innerHTML = "";
  });

  it("has no violations with validation results and the overview chart", async () => {
    renderApp(fakeApi());
    fireEvent.click(await screen.findByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验结果" });
    await screen.findByRole("combobox", { name: "按部门筛选" });
    expect(await violations()).toEqual([]);
    await openTab("汇总");
    await screen.findByRole("img", { name: /个部门按状态的事项数/ });
    expect(await violations()).toEqual([]);
  });

  it("has no violations with the overview table and an error message", async () => {
    renderApp(fakeApi({ refreshSummary: async () => Promise.reject(new Error("boom")) }));
    await openTab("汇总");
    fireEvent.click(await screen.findByRole("button", { name: "以表格显示" }));
    await openTab("台账");
    fireEvent.click(screen.getByRole("button", { name: "刷新汇总" }));
    await screen.findByRole("group", { name: "操作未完成" });
    expect(await violations()).toEqual([]);
  });

  it("has no violations with the 导入计划 preview (tasks, departments, 待确认) and an open editor", async () => {
    renderApp(fakeApi());
    await openTab("导入计划");
    fireEvent.click(await screen.findByRole("button", { name: /使用示例计划/ }));
    await screen.findByRole("region", { name: "计划预览" });
    fireEvent.click(screen.getAllByRole("button", { name: /^修改任务 / })[0]);
    fireEvent.click(screen.getAllByRole("button", { name: /^改名或合并/ })[0]);
    expect(await violations()).toEqual([]);
  });

  it("has no violations outside Excel", async () => {
    renderApp(fakeApi(), { kind: "outside", reason: "no-office", host: null, displayLanguage: "zh-CN" });
    expect(await violations()).toEqual([]); // while its chunk loads
    // The outside page is its own lazy chunk: check the page a person uses, once it is there.
    await screen.findByRole("main");
    await screen.findByRole("tabpanel");
    expect(await violations()).toEqual([]);
  });
});
