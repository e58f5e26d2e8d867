/** Date functions: TODAY (the machine's local date) and NETWORKDAYS (Monday–Friday minus a holiday list). */
import type { FormulaFunction } from "./functions";
import { NUM, isError, toNumber } from "./values";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Excel's serial number of a local calendar date. */
function serialOf(date: Date): number {
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - EPOCH) / DAY);
}

function weekday(serial: number): number {
  return new Date(EPOCH + serial * DAY).getUTCDay();
}

export const dateFunctions: Record<string, FormulaFunction> = {
  TODAY: () => serialOf(new Date()),
  NETWORKDAYS: (args, ctx) => {
    const start = toNumber(ctx.scalar(args[0]));
    const end = toNumber(ctx.scalar(args[1]));
    if (isError(start)) return start;
    if (isError(end)) return end;
    if (start < 0 || end < 0) return NUM;
    const holidays = new Set<number>();
    if (args[2]) {
      for (const { value } of ctx.flatten([args[2]])) {
        if (isError(value)) return value;
        if (typeof value === "number") holidays.add(Math.floor(value));
      }
    }
    const [from, to, sign] = start <= end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let s = Math.floor(from); s <= Math.floor(to); s++) {
      const wd = weekday(s);
      if (wd !== 0 && wd !== 6 && !holidays.has(s)) count++;
    }
    return sign * count;
  },
};
