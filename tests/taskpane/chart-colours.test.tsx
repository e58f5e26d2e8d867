/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { tokens } from "@fluentui/react-components";
import type { Overview } from "../../src/core/overview/types";
import { chartLegend, departmentBars } from "../../src/taskpane/features/overview/bars";
import { darkShade, segmentPaint } from "../../src/taskpane/features/overview/paint";
import { fakeApi, sampleOverview } from "./fake-api";
import { excelHost, openTab, renderApp } from "./render-app";

const darkHost = { ...excelHost, bodyBackgroundColor: "#262626" };

/** 报社 at 0/1 with a status not in the list: the screenshot that showed a full dark bar. */
const withInvalid: Overview = {
  ...sampleOverview,
  departments: [
    ...sampleOverview.departments,
    { name: "报社", kind: "unit", total: 1, done: 0, lead: 1, rate: 0, byStatus: { "": 1 }, overdue: 0 },
  ],
};

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

describe("segment tones and legend", () => {
  it("marks done statuses, open ones and the invalid/blank rest", () => {
    const bars = departmentBars(withInvalid);
    expect(bars[0].segments.map((s) => [s.status, s.tone])).toEqual([
      ["未启动", "open"],
      ["推进中", "open"],
      ["已完成", "done"],
      ["滞后", "open"],
    ]);
    expect(bars[2].segments).toEqual([{ status: "", count: 1, share: 1, tone: "invalid", fill: null }]);
    expect(chartLegend(withInvalid, bars).map((e) => [e.status, e.tone])).toEqual([
      ["未启动", "open"],
      ["推进中", "open"],
      ["已完成", "done"],
      ["滞后", "open"],
      ["", "invalid"],
    ]);
    // No invalid segment anywhere: no legend entry for it.
    const clean = { ...sampleOverview, departments: [sampleOverview.departments[0]] };
    expect(chartLegend(clean, departmentBars(clean)).map((e) => e.tone)).not.toContain("invalid");
  });

  it("paints done in the theme's green in both themes, open statuses pale (light) or dark (dark)", () => {
    for (const dark of [false, true]) {
      expect(segmentPaint("done", "#E2EFDA", dark).backgroundColor).toBe(tokens.colorPaletteGreenBackground3);
    }
    expect(segmentPaint("open", "#EDEDED", false).backgroundColor).toBe("#EDEDED");
    expect(segmentPaint("open", "#EDEDED", true).backgroundColor).toBe(darkShade("#EDEDED"));
    const invalid = segmentPaint("invalid", null, true);
    expect(String(invalid.backgroundImage)).toMatch(/^repeating-linear-gradient\(/);
    expect(String(invalid.backgroundImage)).toContain(tokens.colorStatusDangerForeground1);
  });

  it("darkShade keeps the hue and makes pale fills dark (no bright bars on a dark pane)", () => {
    const grey = rgb(darkShade("#EDEDED"));
    expect(new Set(grey).size).toBe(1);
    expect(grey[0]).toBeLessThan(90);
    const [r, g, b] = rgb(darkShade("#DDEBF7"));
    expect(Math.max(r, g, b)).toBeLessThan(130);
    expect(b).toBeGreaterThan(r);
    const [or, og, ob] = rgb(darkShade("#FCE4D6"));
    expect(or).toBeGreaterThan(og);
    expect(og).toBeGreaterThan(ob);
    expect(darkShade("not a colour")).toBe("not a colour");
  });
});

describe("the chart as drawn", () => {
  async function chart(host = excelHost): Promise<HTMLElement> {
    renderApp(fakeApi({ readOverview: async () => withInvalid }), host);
    await openTab(host.displayLanguage === "en-US" ? "Summary" : "汇总");
    const section = await screen.findByRole("region", { name: "各部门进度" });
    return section;
  }

  it("draws 报社's invalid status hatched and names it in the legend", async () => {
    const section = await chart();
    const legend = within(section).getByRole("list", { name: "图例" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["未启动", "推进中", "已完成", "滞后", "状态无效/未填"]);
    const segments = Array.from(section.querySelectorAll<HTMLElement>("figure span[title]"));
    const invalid = segments.filter((s) => s.dataset.tone === "invalid");
    expect(invalid.map((s) => s.title)).toEqual(["状态无效/未填 1", "状态无效/未填 1"]);
    expect(invalid[1].style.width).toBe("100%");
    expect(invalid[1].style.backgroundImage).toContain("repeating-linear-gradient");
  });

  it("in the dark theme, open statuses are dark shades, never the workbook's pale fills", async () => {
    const section = await chart(darkHost);
    const open = Array.from(section.querySelectorAll<HTMLElement>('figure span[data-tone="open"]'));
    expect(open.length).toBeGreaterThan(0);
    const pale = new Set(sampleOverview.byStatus.map((s) => s.fill.toLowerCase()));
    for (const segment of open) {
      const [r, g, b] = (segment.style.backgroundColor.match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r, g, b)).toBeLessThan(130);
      expect(pale.has(segment.style.backgroundColor)).toBe(false);
    }
    const unstarted = open.find((s) => s.title.startsWith("未启动"));
    const [r, g, b] = rgb(darkShade("#EDEDED"));
    expect(unstarted?.style.backgroundColor).toBe(`rgb(${r}, ${g}, ${b})`);
  });

  it("in the light theme, open statuses keep the workbook's fill", async () => {
    const section = await chart();
    const unstarted = section.querySelector<HTMLElement>('figure span[title^="未启动"]');
    expect(unstarted?.style.backgroundColor).toBe("rgb(237, 237, 237)");
  });
});
