/**
 * The two lists a workbook needs to count China's working days with spreadsheet formulas alone:
 * weekday holidays (NETWORKDAYS's holiday list) and make-up working days (调休: a Saturday or Sunday that is a
 * working day, which NETWORKDAYS cannot know — formulas add COUNTIFS over this list). Also the same count in
 * TypeScript, for the command line and as the reference the formulas are tested against. Pure.
 */
import { getDayDetail } from "chinese-days";
import { isCalendarCovered, isWorkingDay } from "./workdays";

export interface CalendarDay {
  /** yyyy-mm-dd */
  date: string;
  /** 国庆节, 春节 … */
  name: string;
}

export interface CalendarLists {
  /** Monday–Friday dates that are official holidays. */
  holidays: CalendarDay[];
  /** Saturday/Sunday dates that are working days (调休上班). */
  makeupDays: CalendarDay[];
}

const DAY_MS = 86_400_000;

function dayName(iso: string): string {
  const parts = getDayDetail(iso).name.split(",");
  return parts[1] ?? parts[0] ?? "";
}

/** Holidays and make-up days of the given years that the calendar covers (others are left out). */
export function calendarLists(years: readonly number[]): CalendarLists {
  const holidays: CalendarDay[] = [];
  const makeupDays: CalendarDay[] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    if (!isCalendarCovered(year)) continue;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY_MS) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
      const working = isWorkingDay(iso);
      if (!weekend && !working) holidays.push({ date: iso, name: dayName(iso) });
      if (weekend && working) makeupDays.push({ date: iso, name: dayName(iso) });
    }
  }
  return { holidays, makeupDays };
}

/** Working days from `from` to `to`, both included (NETWORKDAYS's convention); 0 when `to` is before `from`. */
export function workingDaysInclusive(from: string, to: string): number {
  let count = 0;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += DAY_MS) {
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) count += 1;
  }
  return count;
}

export type DeadlineMark = "逾期" | "临期" | "";

/**
 * The 时限状态 of a task on `asOf`: 逾期 when its deadline has passed and it is not done; 临期 when it is due
 * within `nearDays` working days (counting `asOf` and the deadline day, as NETWORKDAYS does); else blank.
 * A task without a date deadline (长期坚持) or already done is never marked.
 */
export function deadlineMark(
  due: string | null,
  asOf: string,
  nearDays: number,
  done: boolean,
): DeadlineMark {
  if (due === null || done) return "";
  if (due < asOf) return "逾期";
  return nearDays > 0 && workingDaysInclusive(asOf, due) <= nearDays ? "临期" : "";
}
