/**
 * The calendar block of 设置: weekday holidays (L:M) and make-up working days (O:P) of the ledger's years, written
 * from the chinese-days calendar, under the names TZ_Holidays and TZ_MakeupDays that the 时限状态 formulas use
 * (see deadline-state.ts). The names cover SETTINGS_LAYOUT.calendarRows rows, so a date a person adds below a
 * list (a year the calendar did not know yet) counts too. Beside them, the 临期测算 block behind 临期截止日期.
 */
import { CalendarDay, calendarLists, isYearCovered } from "../time/calendar-lists";
import { Plan } from "../plan/types";
import { cellAddress, range, sheetRef } from "./a1";
import { nearEndFormula, workingDaysFormula } from "./deadline-state";
import { text } from "./cells";
import { NAMES, SETTINGS_LAYOUT, SHEETS } from "./constants";
import { FONT_BODY, HEADER_STYLE, THIN } from "./look";
import { CellBlock, CellValue, NamedRangeSpec, StyleRun } from "./types";

export const CALENDAR_HEADERS = {
  holiday: "节假日",
  makeup: "调休上班日",
  name: "名称",
  nearDay: "临期测算：日期",
  nearCount: "工作日数",
} as const;

export interface CalendarBlock {
  blocks: CellBlock[];
  styles: StyleRun[];
  names: NamedRangeSpec[];
  /** The formula of 临期截止日期 (over the 临期测算 block). */
  nearEnd: string;
  /** Column widths, by column. */
  widths: { col: number; width: number }[];
}

/**
 * The years whose holidays a ledger needs: from the earliest of the plan's publication year, the years its
 * deadlines name, the year it is written (`generatedAt`, or `writtenAt` when an update keeps 生成时间) and a fixed
 * 统计日期, through the year after the last of them — the
 * plan's deadlines and a ledger's life after it is written (统计日期 defaults to =TODAY(), so a ledger used the
 * year after it was written counts that year's holidays). Only years the calendar knows (2004–2026 in
 * calendar-data.ts): a year it does not know would give empty lists, and a person may add its dates below.
 */
export function planYears(plan: Plan, ...written: (string | null | undefined)[]): number[] {
  const yearOf = (d: string | null | undefined) => (d && /^\d{4}-/.test(d) ? [Number(d.slice(0, 4))] : []);
  const years = [plan.published, ...plan.items.map((i) => i.deadline?.date ?? null), ...written].flatMap(
    yearOf,
  );
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).filter(isYearCovered);
}

/**
 * The 临期测算 block (自动计算): 统计日期 + i days and the working days from 统计日期 to it; TZ_NearEnd's
 * formula counts them (see deadline-state.ts). Its count column as a sheet reference.
 */
function nearBlock(): { block: CellBlock; counts: string; styles: StyleRun[] } {
  const T = SETTINGS_LAYOUT;
  const first = T.firstStatusRow;
  const values: CellValue[][] = Array.from({ length: T.nearRows }, (_, i) => {
    const day = cellAddress(first + i, T.nearCol);
    return [{ formula: `${NAMES.asOf}+${i}` }, { formula: workingDaysFormula(day) }];
  });
  return {
    block: {
      row: T.headerRow,
      col: T.nearCol,
      values: [[CALENDAR_HEADERS.nearDay, CALENDAR_HEADERS.nearCount], ...values],
    },
    counts: sheetRef(SHEETS.settings, range(first, T.nearCol + 1, T.nearRows, 1)),
    styles: [
      { range: range(T.headerRow, T.nearCol, 1, 2), style: HEADER_STYLE },
      {
        range: range(first, T.nearCol, T.nearRows, 2),
        style: { font: { name: FONT_BODY, size: 9, color: "#7F7F7F" }, border: THIN },
      },
      { range: range(first, T.nearCol, T.nearRows, 1), style: { numberFormat: "yyyy-mm-dd" } },
    ],
  };
}

export function calendarBlock(years: readonly number[]): CalendarBlock {
  const T = SETTINGS_LAYOUT;
  const near = nearBlock();
  const lists = calendarLists(years);
  const list = (col: number, header: string, days: readonly CalendarDay[]) => ({
    row: T.headerRow,
    col,
    values: [
      [header, CALENDAR_HEADERS.name],
      ...days.map((d): CellValue[] => [{ date: d.date }, text(d.name)]),
    ],
  });
  const styles = (col: number, count: number): StyleRun[] => [
    { range: range(T.headerRow, col, 1, 2), style: HEADER_STYLE },
    {
      range: range(T.firstStatusRow, col, Math.max(1, count), 2),
      style: { font: { name: FONT_BODY, size: 10 }, border: THIN, alignment: { vertical: "middle" } },
    },
    { range: range(T.firstStatusRow, col, T.calendarRows, 1), style: { numberFormat: "yyyy-mm-dd" } },
  ];
  const window = (col: number) => sheetRef(SHEETS.settings, range(T.firstStatusRow, col, T.calendarRows, 1));
  return {
    blocks: [
      list(T.holidayCol, CALENDAR_HEADERS.holiday, lists.holidays),
      list(T.makeupCol, CALENDAR_HEADERS.makeup, lists.makeupDays),
      near.block,
    ],
    styles: [
      ...styles(T.holidayCol, lists.holidays.length),
      ...styles(T.makeupCol, lists.makeupDays.length),
      ...near.styles,
    ],
    nearEnd: nearEndFormula(near.counts),
    names: [
      {
        name: NAMES.holidays,
        formula: window(T.holidayCol),
        comment: "节假日（工作日放假），供 NETWORKDAYS 使用",
      },
      { name: NAMES.makeupDays, formula: window(T.makeupCol), comment: "调休上班的周末，计入工作日" },
    ],
    widths: [
      { col: T.holidayCol - 1, width: 3 },
      { col: T.holidayCol, width: 12 },
      { col: T.holidayCol + 1, width: 10 },
      { col: T.makeupCol - 1, width: 3 },
      { col: T.makeupCol, width: 12 },
      { col: T.makeupCol + 1, width: 10 },
      { col: T.nearCol - 1, width: 3 },
      { col: T.nearCol, width: 14 },
      { col: T.nearCol + 1, width: 8 },
    ],
  };
}
