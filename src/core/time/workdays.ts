/**
 * Working days in mainland China: weekends and official holidays are off, make-up working days (调休)
 * are on. The calendar comes from the `chinese-days` package (State Council notices, 2004 onwards).
 * Pure: no I/O, no clock.
 */
import { getHolidaysInRange, isWorkday } from "chinese-days";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(isoDate: string): Date {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`日期格式应为 yyyy-mm-dd：“${isoDate}”`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== isoDate) throw new RangeError(`无效日期：“${isoDate}”`);
  return date;
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const coveredYears = new Map<number, boolean>();

/** Whether the holiday calendar knows the official holidays of `year` (otherwise only weekends would count). */
export function isCalendarCovered(year: number): boolean {
  let known = coveredYears.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    coveredYears.set(year, known);
  }
  return known;
}

/** Whether `isoDate` is a working day (a make-up Saturday/Sunday counts; a holiday weekday does not). */
export function isWorkingDay(isoDate: string): boolean {
  return isWorkday(toIso(toUtcDate(isoDate)));
}

/**
 * The date `n` working days after `isoDate`: the start day itself does not count ("within 5 working days of
 * issue" = the 5th working day after the issue day). n = 0 returns the date unchanged.
 * Throws RangeError for a malformed date, a negative n, or a span the holiday calendar does not cover.
 */
export function addWorkdays(isoDate: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日天数应为非负整数：${n}`);
  const day = toUtcDate(isoDate);
  let left = n;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (!isCalendarCovered(day.getUTCFullYear())) {
      throw new RangeError(`节假日日历不包含 ${day.getUTCFullYear()} 年，无法计算工作日`);
    }
    if (isWorkday(toIso(day))) left -= 1;
  }
  return toIso(day);
}
