/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { departmentBars } from "../../src/taskpane/features/overview/bars";
import { fakeApi, sampleOverview } from "./fake-api";
import { openTab, renderApp } from "./render-app";

describe("departmentBars", () => {
  it("makes one bar per department with segments in status order adding up to its total", () => {
    const [office, trademarks] = departmentBars(sampleOverview);
    expect(office.segments.map((s) => [s.status, s.count, s.fill])).toEqual([
      ["未启动", 2, "#EDEDED"],
      ["推进中", 6, "#DDEBF7"],
      ["已完成", 10, "#E2EFDA"],
      ["滞后", 2, "#FCE4D6"],
    ]);
    expect(office.segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
    // 完成 is not in the status list: gathered into a trailing segment without a status colour.
    expect(trademarks.segments.map((s) => [s.status, s.count, s.fill])).toEqual([
      ["推进中", 2, "#DDEBF7"],
      ["已完成", 1, "#E2EFDA"],
      ["", 1, null],
    ]);
    expect(trademarks.segments.map((s) => s.share)).toEqual([0.5, 0.25, 0.25]);
  });

  it("gives an empty bar to a department without items", () => {
    const overview = {
      ...sampleOverview,
      departments: [
        {
          name: "报社",
          kind: "unit" as const,
          total: 0,
          done: 0,
          lead: 0,
          rate: 0,
          byStatus: {},
          overdue: 0,
        },
      ],
    };
    expect(departmentBars(overview)).toEqual([
      { name: "报社", total: 0, done: 0, rate: 0, overdue: 0, segments: [] },
    ]);
  });
});

describe("per-department overview", () => {
  it("shows a chart with the status colours and a table alternative", async () => {
    renderApp(fakeApi());
    await openTab("汇总");
    const section = await screen.findByRole("region", { name: "各部门进度" });
    const chart = within(section).getByRole("img", { name: /2 个部门按状态的事项数/ });
    expect(chart.textContent).toContain("办公室");
    expect(chart.textContent).toContain("10/20 · 完成率 50% · 逾期 3");
    const segments = Array.from(chart.querySelectorAll<HTMLElement>("span[title]"));
    expect(segments.map((s) => [s.title, s.style.width])).toEqual([
      ["未启动 2", "10%"],
      ["推进中 6", "30%"],
      ["已完成 10", "50%"],
      ["滞后 2", "10%"],
      ["推进中 2", "50%"],
      ["已完成 1", "25%"],
      ["状态无效/未填 1", "25%"],
    ]);
    expect(segments[0].style.backgroundColor).toBe("rgb(237, 237, 237)");

    const toggle = within(section).getByRole("button", { name: "以表格显示" });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const table = within(section).getByRole("table", {
      name: "各部门事项数、各状态事项数、逾期事项数和完成率",
    });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
    expect(rows).toEqual([
      ["部门", "事项", "未启动", "推进中", "已完成", "滞后", "状态无效/未填", "逾期", "完成率"],
      ["办公室", "20", "2", "6", "10", "2", "0", "3", "50%"],
      ["商标局", "4", "0", "2", "1", "0", "1", "0", "25%"],
    ]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["办公室", "商标局"]);
    expect(within(section).queryByRole("img")).toBeNull();
  });
});
