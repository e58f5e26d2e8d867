/** 设置's holiday and 调休 lists cover every year a ledger is used in, not only the plan's. */
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SETTINGS_LAYOUT, SHEETS } from "../../src/core/ledger/constants";
import { planYears } from "../../src/core/ledger/settings-calendar";
import { calendarLists } from "../../src/core/time/calendar-lists";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "./plan-2019";

const plan = plan2019();
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test("the plan's years through the year after the ledger is written, only years the calendar knows", () => {
  // published 2019, one deadline in 2019 and one in 2020
  const small = {
    ...plan,
    published: "2019-02-01",
    items: [
      { ...plan.items[0], deadline: { text: "2019年底前", date: "2019-12-31" } },
      { ...plan.items[1], deadline: { text: "2020年6月底前", date: "2020-06-30" } },
      { ...plan.items[2], deadline: { text: "长期坚持", date: null } },
    ],
  };
  expect(planYears(small, null)).toEqual([2019, 2020, 2021]);
  expect(planYears(small, "2019-03-01T08:00:00.000Z")).toEqual([2019, 2020, 2021]);
  // written in 2023: 统计日期 = TODAY() may be any day of 2023 or 2024
  expect(planYears(small, "2023-05-10T08:00:00.000Z")).toEqual(span(2019, 2024));
  // the calendar knows 2004–2026: 2027 is left for a person to add
  expect(planYears(small, "2026-12-03T06:00:00.000Z")).toEqual(span(2019, 2026));
  expect(planYears({ ...plan, published: "2003-01-01", items: [] }, "2005-01-01")).toEqual(span(2004, 2006));
  expect(planYears({ ...plan, published: null, items: [] }, "2024-01-02")).toEqual([2024, 2025]);
  expect(planYears({ ...plan, published: null, items: [] }, null)).toEqual([]);
  // the add-in's update keeps 生成时间 (2019) but is written in 2023; a 统计日期 fixed to 2025
  expect(planYears(small, "2019-03-01T08:00:00.000Z", "2023-05-10T08:00:00.000Z")).toEqual(span(2019, 2024));
  expect(planYears(small, "2019-03-01T08:00:00.000Z", undefined, "2025-01-31")).toEqual(span(2019, 2026));
});

test("an update written later than 生成时间 lists the later year's holidays", () => {
  const years = (writtenAt?: string) => {
    const spec = buildLedgerSpec(plan, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: "2019-07-01T02:00:00.000Z",
      ...(writtenAt ? { writtenAt } : {}),
    });
    const settings = spec.sheets.find((s) => s.name === SHEETS.settings)!;
    const holidays = settings.blocks.find((b) => b.col === SETTINGS_LAYOUT.holidayCol)!.values;
    const listed = holidays
      .map((r) => r[0])
      .filter((v): v is { date: string } => typeof v === "object" && v !== null && "date" in v);
    return [...new Set(listed.map((d) => Number(d.date.slice(0, 4))))];
  };
  // the plan: published 2019, item 22 due 2020年底前; 2021 the year after
  expect(years()).toEqual([2019, 2020, 2021]);
  expect(years("2024-03-01T02:00:00.000Z")).toEqual(span(2019, 2025));
});

test("a ledger written in 2024 for the 2019 plan lists 2024's and 2025's holidays, within the named window", () => {
  const spec = buildLedgerSpec(plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: "2024-11-20T02:00:00.000Z",
  });
  const settings = spec.sheets.find((s) => s.name === SHEETS.settings)!;
  const holidays = settings.blocks.find((b) => b.col === SETTINGS_LAYOUT.holidayCol)!.values;
  const makeups = settings.blocks.find((b) => b.col === SETTINGS_LAYOUT.makeupCol)!.values;
  expect(holidays).toContainEqual([{ date: "2019-10-01" }, "国庆节"]);
  expect(holidays).toContainEqual([{ date: "2024-10-01" }, "国庆节"]);
  expect(holidays).toContainEqual([{ date: "2025-01-28" }, "春节"]);
  expect(makeups).toContainEqual([{ date: "2025-01-26" }, "春节"]);
  // every known year at once still fits the rows the names cover
  const all = calendarLists(span(2004, 2026));
  expect(Math.max(all.holidays.length, all.makeupDays.length)).toBeLessThanOrEqual(
    SETTINGS_LAYOUT.calendarRows,
  );
});
