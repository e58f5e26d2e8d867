/** Working days against China's official calendar, with real holidays and make-up days (调休). */
import { addWorkdays, isCalendarCovered, isWorkingDay } from "../../../src/core/time/workdays";

describe("addWorkdays", () => {
  it("does not count the issue day: 2019-06-12 (Wed) + 5 -> 2019-06-19 (Wed)", () => {
    expect(addWorkdays("2019-06-12", 5)).toBe("2019-06-19");
  });

  it("skips weekends", () => {
    expect(addWorkdays("2019-06-14", 1)).toBe("2019-06-17"); // Friday -> Monday
  });

  it("returns the date itself for 0 days", () => {
    expect(addWorkdays("2019-06-15", 0)).toBe("2019-06-15");
  });

  it("国庆 2019: counts make-up Sunday 09-29, skips 10-01..10-07", () => {
    // 09-27 Fri (1), 09-28 Sat off, 09-29 Sun make-up (2), 09-30 (3), holiday, 10-08 (4), 10-09 (5).
    expect(addWorkdays("2019-09-26", 5)).toBe("2019-10-09");
    expect(addWorkdays("2019-09-27", 1)).toBe("2019-09-29");
    expect(addWorkdays("2019-09-30", 1)).toBe("2019-10-08");
  });

  it("国庆 2019: counts make-up Saturday 10-12", () => {
    expect(addWorkdays("2019-10-10", 2)).toBe("2019-10-12");
    expect(addWorkdays("2019-10-11", 1)).toBe("2019-10-12");
  });

  it("春节 2020: counts make-up Sunday 01-19, skips 01-24..02-02 (holiday extended to 02-02)", () => {
    expect(addWorkdays("2020-01-17", 1)).toBe("2020-01-19");
    // 01-23 (1), 01-24..02-02 off, 02-03 (2), 02-04 (3).
    expect(addWorkdays("2020-01-22", 3)).toBe("2020-02-04");
  });

  it("rejects malformed dates and negative counts", () => {
    expect(() => addWorkdays("2019-6-12", 1)).toThrow(RangeError);
    expect(() => addWorkdays("2019-02-30", 1)).toThrow(RangeError);
    expect(() => addWorkdays("2019-06-12", -1)).toThrow(RangeError);
    expect(() => addWorkdays("2019-06-12", 1.5)).toThrow(RangeError);
  });

  it("refuses to count beyond the holiday calendar rather than silently ignoring holidays", () => {
    expect(() => addWorkdays("2099-06-12", 5)).toThrow(RangeError);
    expect(() => addWorkdays("2026-12-30", 5)).toThrow(/2027/);
  });
});

describe("calendar coverage", () => {
  it("covers every year 2019-2026", () => {
    for (let year = 2019; year <= 2026; year++) expect(isCalendarCovered(year)).toBe(true);
  });

  it("knows 2026's 国庆 holiday and its make-up Saturday", () => {
    expect(isWorkingDay("2026-10-01")).toBe(false);
    expect(isWorkingDay("2026-10-07")).toBe(false);
    expect(isWorkingDay("2026-10-10")).toBe(true);
    expect(isWorkingDay("2026-10-11")).toBe(false);
  });

  it("says so for years it does not know", () => {
    expect(isCalendarCovered(2003)).toBe(false);
    expect(isCalendarCovered(2099)).toBe(false);
  });
});
