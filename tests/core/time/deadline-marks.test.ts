/**
 * The deadline arithmetic the workbook formulas use — NETWORKDAYS over weekday holidays plus COUNTIFS over
 * make-up days — equals counting China's working days day by day, across 2019–2026 holidays and 调休 days.
 */
import { calendarLists, deadlineMark, workingDaysInclusive } from "../../../src/core/time/calendar-lists";
import { isWorkingDay } from "../../../src/core/time/workdays";

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const lists = calendarLists([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
const holidays = new Set(lists.holidays.map((d) => d.date));
const makeups = new Set(lists.makeupDays.map((d) => d.date));

/** What the formula computes: Monday–Friday not in the holiday list, plus make-up days in the span. */
function formulaCount(from: string, to: string): number {
  let n = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidays.has(iso(t))) n++;
    if (makeups.has(iso(t))) n++;
  }
  return n;
}

describe("calendar lists", () => {
  test("every year 2019–2026 has weekday holidays and make-up days; weekends never listed as holidays", () => {
    for (let y = 2019; y <= 2026; y++) {
      expect(lists.holidays.filter((d) => d.date.startsWith(`${y}-`)).length).toBeGreaterThan(10);
      expect(lists.makeupDays.filter((d) => d.date.startsWith(`${y}-`)).length).toBeGreaterThan(0);
    }
    for (const d of lists.holidays) expect([0, 6]).not.toContain(new Date(d.date).getUTCDay());
    for (const d of lists.makeupDays) expect([0, 6]).toContain(new Date(d.date).getUTCDay());
  });

  test("names: 国庆节 2019-10-01, make-up Sunday 2019-09-29", () => {
    expect(lists.holidays).toContainEqual({ date: "2019-10-01", name: "国庆节" });
    expect(lists.makeupDays).toContainEqual({ date: "2019-09-29", name: "国庆节" });
    expect(lists.makeupDays).toContainEqual({ date: "2019-10-12", name: "国庆节" });
  });

  test("a year outside the calendar is left out", () => {
    expect(calendarLists([1990]).holidays).toEqual([]);
  });

  test("the formula's count equals the day-by-day count on every 30-day span starting each week, 2019–2026", () => {
    for (let t = Date.parse("2019-01-01T00:00:00Z"); t < Date.parse("2026-12-01T00:00:00Z"); t += 7 * DAY) {
      for (const len of [0, 3, 9, 30]) {
        const from = iso(t);
        const to = iso(t + len * DAY);
        expect([from, to, formulaCount(from, to)]).toEqual([from, to, workingDaysInclusive(from, to)]);
      }
    }
  });
});

describe("deadlineMark", () => {
  test("逾期 when past and not done; never when done or without a date", () => {
    expect(deadlineMark("2019-09-25", "2019-09-26", 5, false)).toBe("逾期");
    expect(deadlineMark("2019-09-25", "2019-09-26", 5, true)).toBe("");
    expect(deadlineMark(null, "2019-09-26", 5, false)).toBe("");
  });

  test("临期 counts 统计日期 and the due day; National Day 2019 and its make-up days", () => {
    // 09-27 Fri, 09-28 Sat off, 09-29 Sun make-up, 09-30 Mon, 10-01..07 off, 10-08 Tue.
    expect(workingDaysInclusive("2019-09-27", "2019-10-08")).toBe(4);
    expect(deadlineMark("2019-10-08", "2019-09-27", 4, false)).toBe("临期");
    expect(deadlineMark("2019-10-09", "2019-09-27", 4, false)).toBe("");
    expect(isWorkingDay("2019-10-12")).toBe(true);
    expect(workingDaysInclusive("2019-10-11", "2019-10-14")).toBe(3); // Fri, make-up Sat, Mon
    expect(deadlineMark("2019-10-14", "2019-10-11", 3, false)).toBe("临期");
    expect(deadlineMark("2019-10-14", "2019-10-11", 2, false)).toBe("");
  });

  test("due today is 临期; 临期天数 0 marks nothing near", () => {
    expect(deadlineMark("2019-09-26", "2019-09-26", 1, false)).toBe("临期");
    expect(deadlineMark("2019-09-26", "2019-09-26", 0, false)).toBe("");
  });
});
