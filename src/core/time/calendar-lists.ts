/**
 * The two lists a workbook needs to count China's working days with spreadsheet formulas alone:
 * weekday holidays (NETWORKDAYS's holiday list) and make-up working days (调休: a Saturday or Sunday that is a
 * working day, which NETWORKDAYS cannot know — formulas add COUNTIFS over this list). Also the same count in
 * TypeScript, for the command line and as the reference the formulas are tested against. Pure. The days come
 * from calendar-data.ts (generated from chinese-days and checked against it day by day), so the pane that
 * writes these lists does not load the whole package on first load.
 */
import { CALENDAR_DATA } from "./calendar-data";

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

interface YearDays {
  holidays: Map<string, string>;
  makeup: Map<string, string>;
}

const years = new Map<number, YearDays>();

function parseDays(list: string, year: number): Map<string, string> {
  const days = new Map<string, string>();
  for (const entry of list === "" ? [] : list.split("|")) {
    const [monthDay, name] = entry.split(" ");
    days.set(`${year}-${monthDay}`, name ?? "");
  }
  return days;
}

function yearDays(year: number): YearDays | null {
  const raw = CALENDAR_DATA[year];
  if (!raw) return null;
  let days = years.get(year);
  if (!days) {
    days = { holidays: parseDays(raw.holidays, year), makeup: parseDays(raw.makeup, year) };
    years.set(year, days);
  }
  return days;
}

/** Whether the calendar knows `year`'s holidays. */
export function isYearCovered(year: number): boolean {
  return yearDays(year) !== null;
}

/** Whether `iso` is a working day: a weekday that is no holiday, or a make-up Saturday/Sunday. */
export function isWorkingDayOf(iso: string): boolean {
  const days = yearDays(Number(iso.slice(0, 4)));
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (days?.makeup.has(iso)) return true;
  return weekday !== 0 && weekday !== 6 && !days?.holidays.has(iso);
}

/** Holidays and make-up days of the given years that the calendar covers (others are left out). */
export function calendarLists(wanted: readonly number[]): CalendarLists {
  const holidays: CalendarDay[] = [];
  const makeupDays: CalendarDay[] = [];
  for (const year of [...new Set(wanted)].sort((a, b) => a - b)) {
    const days = yearDays(year);
    if (!days) continue;
    for (const [date, name] of days.holidays) holidays.push({ date, name });
    for (const [date, name] of days.makeup) makeupDays.push({ date, name });
  }
  return { holidays, makeupDays };
}

/** Working days from `from` to `to`, both included (NETWORKDAYS's convention); 0 when `to` is before `from`. */
export function workingDaysInclusive(from: string, to: string): number {
  let count = 0;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += DAY_MS) {
    if (isWorkingDayOf(new Date(t).toISOString().slice(0, 10))) count += 1;
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
