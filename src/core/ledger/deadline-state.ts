/**
 * 时限状态: the ledger column that says 逾期 or 临期, as a formula against 统计日期 and 临期截止日期 on 设置, so
 * the marks stay right in Excel, WPS and LibreOffice without the add-in.
 *
 * Working days: NETWORKDAYS(统计日期, d, TZ_Holidays) counts Monday–Friday minus the weekday holidays; the
 * make-up working days (调休, a working Saturday or Sunday) are added by COUNTIFS over TZ_MakeupDays in the
 * same span. NETWORKDAYS.INTL/WORKDAY.INTL cannot express 调休 (their weekend is a fixed weekly pattern),
 * hence the second list. The count is made once, on 设置 (the 临期测算 block: 统计日期 + 0, 1, … days and
 * their counts); 临期截止日期 is the last day whose count is within 临期天数, and each ledger row only compares
 * its 完成时限 with it — a short formula, written once per item.
 */
import { columnLetter } from "./a1";
import { DEADLINE_MARKS, NAMES, YES } from "./constants";
import { CellValue, ConditionalFormatSpec, RangeRef } from "./types";

/** Working days from 统计日期 to the date in `day`, both included, 调休 counted. */
export function workingDaysFormula(day: string): string {
  const asOf = NAMES.asOf;
  return (
    `NETWORKDAYS(${asOf},${day},${NAMES.holidays})` +
    `+COUNTIFS(${NAMES.makeupDays},">="&${asOf},${NAMES.makeupDays},"<="&${day})`
  );
}

/**
 * 临期截止日期 from the 临期测算 counts (non-decreasing, so the days within 临期天数 come first): 统计日期 plus
 * their number, less one; the day before 统计日期 (nothing 临期) when 临期天数 is 0.
 */
export function nearEndFormula(counts: string): string {
  return `IF(${NAMES.nearDays}>0,${NAMES.asOf}+COUNTIF(${counts},"<="&${NAMES.nearDays})-1,${NAMES.asOf}-1)`;
}

/**
 * The 时限状态 formula of one ledger row. A blank 统计日期 reads as 0: nothing is 逾期 and 临期截止日期 is
 * before every deadline, so no marks.
 */
export function deadlineStateFormula(row: number, statusCol: number, dueCol: number): CellValue {
  const due = `${columnLetter(dueCol)}${row}`;
  const status = `${columnLetter(statusCol)}${row}`;
  const done = `COUNTIFS(${NAMES.statusNames},${status},${NAMES.statusDone},"${YES}")`;
  return {
    formula:
      `IF(OR(NOT(ISNUMBER(${due})),${done}),"",IF(${due}<${NAMES.asOf},"${DEADLINE_MARKS.overdue}",` +
      `IF(${due}<=${NAMES.nearEnd},"${DEADLINE_MARKS.near}","")))`,
  };
}

export const DEADLINE_COLOURS = {
  overdue: { fill: "#FFC7CE", font: "#9C0006" },
  near: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

/**
 * Colours of the marks: the 时限状态 cell and the 完成时限 beside it, red for 逾期 and amber for 临期.
 * One rule per mark per range (rules grow with marks, not rows).
 */
export function deadlineFormats(stateRange: RangeRef, dueRange: RangeRef): ConditionalFormatSpec[] {
  const state = `$${columnLetter(stateRange.col)}${stateRange.row}`;
  return [stateRange, dueRange].flatMap((target) => [
    {
      range: target,
      formula: `${state}="${DEADLINE_MARKS.overdue}"`,
      fill: DEADLINE_COLOURS.overdue.fill,
      font: { color: DEADLINE_COLOURS.overdue.font, bold: true },
    },
    {
      range: target,
      formula: `${state}="${DEADLINE_MARKS.near}"`,
      fill: DEADLINE_COLOURS.near.fill,
      font: { color: DEADLINE_COLOURS.near.font },
    },
  ]);
}
