/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LedgerError } from "../../src/excel/ledger-error";
import type { ApplyReport } from "../../src/excel/api";
import { deferred, fakeApi, sampleApply, sampleOverview } from "./fake-api";
import { excelHost, renderApp } from "./render-app";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("header", () => {
  it("shows the plan's title, overall progress and the count per status", async () => {
    renderApp(fakeApi());
    expect(await screen.findByRole("heading", { level: 1, name: sampleOverview.planTitle })).toBeTruthy();
    expect(screen.getByText("已完成 12 / 30 项")).toBeTruthy();
    const counts = screen.getByRole("list", { name: "各状态事项数" });
    const labels = within(counts)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(labels).toEqual(["未启动 6", "推进中 10", "已完成 12", "滞后 2"]);
    expect(screen.getByRole("progressbar", { name: "总体进度" }).getAttribute("aria-valuenow")).toBe("0.4");
  });

  it("says there is no ledger yet and points at 生成/更新台账", async () => {
    renderApp(fakeApi({ readOverview: async () => null }));
    const bar = await screen.findByRole("group", { name: "本工作簿还没有台账" });
    expect(bar.textContent).toContain("生成/更新台账");
    expect(screen.queryByRole("combobox")).toBeNull();
  });
});

describe("生成/更新台账", () => {
  it("is busy while it runs, then says what changed and re-reads the overview", async () => {
    const pending = deferred<ApplyReport>();
    const api = fakeApi({ createOrUpdate: () => pending.promise });
    renderApp(api);
    await screen.findByRole("heading", { level: 1, name: sampleOverview.planTitle });
    const button = screen.getByRole("button", { name: "生成/更新台账" });
    fireEvent.click(button);

    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "校验" }).getAttribute("aria-disabled")).toBe("true");
    expect(within(button).getByRole("progressbar", { name: "正在处理…" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    expect(api.validate).not.toHaveBeenCalled();

    await act(async () => pending.resolve(sampleApply));
    const message = await screen.findByRole("group", { name: "生成/更新台账" });
    expect(message.textContent).toContain(
      "已更新 30 行，保留 12 行已填内容，修复 1 处：补回部门列“商标局”。",
    );
    expect(button.getAttribute("aria-busy")).toBe("false");
    expect(button.getAttribute("aria-disabled")).toBeNull();
    expect(api.readOverview).toHaveBeenCalledTimes(2);
  });

  it("shows a LedgerError as an error MessageBar with its message and next step", async () => {
    const api = fakeApi({
      createOrUpdate: async () => {
        throw new LedgerError(
          "cell-edit-mode",
          "Excel 正在编辑单元格，无法写入台账。",
          "请按 Enter 或 Esc 结束编辑后再试。",
        );
      },
    });
    renderApp(api);
    fireEvent.click(await screen.findByRole("button", { name: "生成/更新台账" }));
    const bar = await screen.findByRole("group", { name: "Excel 正在编辑单元格" });
    expect(bar.textContent).toContain("Excel 正在编辑单元格，无法写入台账。");
    expect(bar.textContent).toContain("请按 Enter 或 Esc 结束编辑后再试。");
    expect(screen.getByRole("button", { name: "生成/更新台账" }).getAttribute("aria-disabled")).toBeNull();

    fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
    expect(screen.queryByRole("group", { name: "Excel 正在编辑单元格" })).toBeNull();
  });

  it("says something plain for an unexpected error, never a blank pane", async () => {
    renderApp(fakeApi({ createOrUpdate: async () => Promise.reject(new TypeError("x is undefined")) }));
    fireEvent.click(await screen.findByRole("button", { name: "生成/更新台账" }));
    const bar = await screen.findByRole("group", { name: "操作未完成" });
    expect(bar.textContent).toContain("发生了意外错误");
    expect(bar.textContent).not.toContain("x is undefined");
  });
});

describe("刷新汇总", () => {
  it("explains the formula summary when PivotTables are not supported", async () => {
    renderApp(fakeApi({ refreshSummary: async () => ({ mode: "formula", created: false }) }));
    fireEvent.click(await screen.findByRole("button", { name: "刷新汇总" }));
    const bar = await screen.findByRole("group", { name: "刷新汇总" });
    expect(bar.textContent).toContain(
      "此 Excel 不支持数据透视表（需要 ExcelApi 1.8）：“部门汇总”表中的公式汇总就是汇总结果，随台账自动更新，无需另建数据透视表。",
    );
  });

  it("says the PivotTable was created", async () => {
    renderApp(fakeApi());
    fireEvent.click(await screen.findByRole("button", { name: "刷新汇总" }));
    expect((await screen.findByRole("group", { name: "刷新汇总" })).textContent).toContain(
      "已新建数据透视表",
    );
  });
});

describe("department picker", () => {
  it("filters by a department and 全部部门 clears the filter", async () => {
    const api = fakeApi();
    renderApp(api);
    const picker = await screen.findByRole("combobox", { name: "按部门筛选" });
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole("option", { name: "商标局" }));
    await waitFor(() => expect(api.filterByDepartment).toHaveBeenCalledWith("商标局"));
    expect((await screen.findByRole("group", { name: "按部门筛选" })).textContent).toContain(
      "台账已筛选为“商标局”的事项",
    );
    expect(picker.textContent).toContain("商标局");

    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole("option", { name: "全部部门" }));
    await waitFor(() => expect(api.filterByDepartment).toHaveBeenLastCalledWith(null));
    await waitFor(() => expect(picker.textContent).toContain("全部部门"));
  });
});

describe("English", () => {
  it("uses English when Office's display language is en-US", async () => {
    renderApp(fakeApi(), { ...excelHost, displayLanguage: "en-US" });
    expect(await screen.findByText("12 of 30 items done")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create/update ledger" }));
    const bar = await screen.findByRole("group", { name: "Create/update ledger" });
    expect(bar.textContent).toContain(
      "Updated 30 rows, kept what was filled in on 12 rows, repaired 1: 补回部门列“商标局”.",
    );
    expect(screen.getByRole("button", { name: "Validate" })).toBeTruthy();
    expect(screen.queryByText(/生成/)).toBeNull();
  });
});

describe("outside Excel", () => {
  it("says the pane is not in Excel and how to load the add-in; offers the web page's tabs", async () => {
    renderApp(fakeApi(), { kind: "outside", reason: "other-host", host: "Word", displayLanguage: "zh-CN" });
    // The web page is its own chunk (never loaded by the pane in Excel).
    const bar = await screen.findByRole("group", { name: "请在 Excel 中打开台账加载项" });
    expect(bar.textContent).toContain("当前宿主是 Word");
    expect(bar.textContent).toContain("插入 → 加载项 → 上传我的加载项");
    expect(bar.textContent).toContain("共享文件夹");
    expect(screen.queryByRole("button", { name: "生成/更新台账" })).toBeNull();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["导入计划", "分发", "合并"]);
  });
});
