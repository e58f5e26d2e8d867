/** INDEX, MATCH, VLOOKUP, OFFSET. */
import type { EvalContext } from "./evaluator";
import type { FormulaFunction } from "./functions";
import { NA, REF, VALUE, Val, compare, isError, isRange, toNumber } from "./values";
import { parseCriterion } from "./criteria";

export const lookupFunctions: Record<string, FormulaFunction> = {
  INDEX: (args, ctx) => {
    const ref = ctx.eval(args[0]);
    if (isError(ref)) return ref;
    if (!isRange(ref)) return args.length > 1 ? VALUE : ref;
    const a = toNumber(ctx.scalar(args[1]));
    const b = args[2] && args[2].t !== "missing" ? toNumber(ctx.scalar(args[2])) : null;
    if (isError(a)) return a;
    if (b !== null && isError(b)) return b;
    let row: number;
    let col: number;
    if (b === null) {
      if (ref.rect.rows === 1 && ref.rect.cols > 1) {
        row = 1;
        col = a;
      } else {
        row = a;
        col = ref.rect.cols === 1 ? 1 : 0;
      }
    } else {
      row = a;
      col = b;
    }
    row = Math.trunc(row);
    col = Math.trunc(col);
    if (row < 0 || col < 0 || row > ref.rect.rows || col > ref.rect.cols) return REF;
    return {
      kind: "range",
      sheetId: ref.sheetId,
      rect: {
        row: row === 0 ? ref.rect.row : ref.rect.row + row - 1,
        col: col === 0 ? ref.rect.col : ref.rect.col + col - 1,
        rows: row === 0 ? ref.rect.rows : 1,
        cols: col === 0 ? ref.rect.cols : 1,
      },
    };
  },
  MATCH: (args, ctx) => {
    const want = ctx.scalar(args[0]);
    if (isError(want)) return want;
    const type = args[2] && args[2].t !== "missing" ? toNumber(ctx.scalar(args[2])) : 1;
    if (isError(type)) return type;
    const list = ctx.grid(ctx.eval(args[1]));
    const flat = list.length === 1 ? list[0] : list.map((r) => r[0]);
    if (list.length > 1 && list[0].length > 1) return NA;
    if (type === 0) {
      const crit = typeof want === "string" ? parseCriterion(want.replace(/^([<>=])/, "=$1")) : null;
      for (let i = 0; i < flat.length; i++) {
        const v = flat[i];
        if (isError(v) || v === null) continue;
        if (crit ? typeof v === "string" && crit(v) : compare(v, want) === 0) return i + 1;
      }
      return NA;
    }
    let best = -1;
    for (let i = 0; i < flat.length; i++) {
      const v = flat[i];
      if (isError(v) || v === null) continue;
      const c = compare(v, want);
      if (type > 0 ? c <= 0 : c >= 0) best = i;
      else break;
    }
    return best < 0 ? NA : best + 1;
  },
  VLOOKUP: (args, ctx) => {
    const want = ctx.scalar(args[0]);
    if (isError(want)) return want;
    const table = ctx.grid(ctx.eval(args[1]));
    const col = toNumber(ctx.scalar(args[2]));
    if (isError(col)) return col;
    const approx = args[3] && args[3].t !== "missing" ? ctx.scalar(args[3]) : true;
    if (col < 1 || col > (table[0]?.length ?? 0)) return REF;
    const exact = approx === false || approx === 0;
    let hit = -1;
    for (let i = 0; i < table.length; i++) {
      const v = table[i][0];
      if (isError(v) || v === null) continue;
      const c = compare(v, want);
      if (exact ? c === 0 : c <= 0) hit = i;
      if (exact && hit >= 0) break;
      if (!exact && c > 0) break;
    }
    return hit < 0 ? NA : table[hit][col - 1];
  },
  OFFSET: (args, ctx): Val => {
    const ref = ctx.eval(args[0]);
    if (!isRange(ref)) return VALUE;
    const r = toNumber(ctx.scalar(args[1]));
    const c = toNumber(ctx.scalar(args[2]));
    if (isError(r)) return r;
    if (isError(c)) return c;
    const h = args[3] && args[3].t !== "missing" ? toNumber(ctx.scalar(args[3])) : ref.rect.rows;
    const w = args[4] && args[4].t !== "missing" ? toNumber(ctx.scalar(args[4])) : ref.rect.cols;
    if (isError(h)) return h;
    if (isError(w)) return w;
    const rect = {
      row: ref.rect.row + Math.trunc(r),
      col: ref.rect.col + Math.trunc(c),
      rows: Math.trunc(h),
      cols: Math.trunc(w),
    };
    if (rect.row < 0 || rect.col < 0 || rect.rows < 1 || rect.cols < 1) return REF;
    return { kind: "range", sheetId: ref.sheetId, rect };
  },
};

export type { EvalContext };
