/** Worksheet functions supported by the test host's evaluator. Anything else fails loudly. */
import type { EvalContext } from "./evaluator";
import { lookupFunctions } from "./functions-lookup";
import { textFunctions } from "./functions-text";
import { dateFunctions } from "./functions-date";
import type { Node } from "./parser";
import { CellError, DIV0, NA, ScalarOrError, VALUE, Val, isError, isRange, toBool, toNumber } from "./values";
import { parseCriterion } from "./criteria";

export type FormulaFunction = (args: Node[], ctx: EvalContext) => Val;

function numbersOf(args: Node[], ctx: EvalContext): number[] | CellError {
  const out: number[] = [];
  for (const { value, fromRange } of ctx.flatten(args)) {
    if (isError(value)) return value;
    if (fromRange) {
      if (typeof value === "number") out.push(value);
      continue;
    }
    const n = toNumber(value);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function conditionsMatch(args: Node[], ctx: EvalContext, start: number): boolean[] | CellError {
  let mask: boolean[] | null = null;
  let shape = "";
  for (let i = start; i + 1 < args.length; i += 2) {
    const range = ctx.eval(args[i]);
    const grid = ctx.grid(range);
    const crit = parseCriterion(ctx.scalar(args[i + 1]));
    const s = `${grid.length}x${grid[0]?.length ?? 0}`;
    if (mask && s !== shape) return VALUE;
    shape = s;
    const flat = grid.flat();
    const next: boolean[] = flat.map((v, k) => (mask ? mask[k] : true) && crit(v));
    mask = next;
  }
  return mask ?? VALUE;
}

function logical(args: Node[], ctx: EvalContext, all: boolean): Val {
  let seen = false;
  for (const { value, fromRange } of ctx.flatten(args)) {
    if (isError(value)) return value;
    if (fromRange && (typeof value === "string" || value === null)) continue;
    const b = toBool(value);
    if (isError(b)) return b;
    seen = true;
    if (all && !b) return false;
    if (!all && b) return true;
  }
  return seen ? all : VALUE;
}

function round(x: number, digits: number, mode: "round" | "up" | "down"): number {
  const f = Math.pow(10, digits);
  const scaled = Math.abs(x) * f;
  const eps = 1e-9;
  const r =
    mode === "round"
      ? Math.floor(scaled + 0.5 + eps)
      : mode === "up"
        ? Math.ceil(scaled - eps)
        : Math.floor(scaled + eps);
  return (Math.sign(x) * r) / f;
}

function num(ctx: EvalContext, node: Node | undefined, fallback?: number): number | CellError {
  if (!node || node.t === "missing") return fallback ?? VALUE;
  return toNumber(ctx.scalar(node));
}

export const FUNCTIONS: Record<string, FormulaFunction> = {
  IF: (args, ctx) => {
    const c = toBool(ctx.scalar(args[0]));
    if (isError(c)) return c;
    const branch = c ? args[1] : args[2];
    if (!branch) return c ? 0 : false;
    return branch.t === "missing" ? 0 : ctx.eval(branch);
  },
  IFERROR: (args, ctx) => {
    const v = ctx.scalar(args[0]);
    return isError(v) ? ctx.eval(args[1]) : v;
  },
  IFNA: (args, ctx) => {
    const v = ctx.scalar(args[0]);
    return isError(v) && v.code === "#N/A" ? ctx.eval(args[1]) : v;
  },
  AND: (args, ctx) => logical(args, ctx, true),
  OR: (args, ctx) => logical(args, ctx, false),
  NOT: (args, ctx) => {
    const b = toBool(ctx.scalar(args[0]));
    return isError(b) ? b : !b;
  },
  SUM: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return isError(ns) ? ns : ns.reduce((a, b) => a + b, 0);
  },
  MIN: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return isError(ns) ? ns : ns.length ? Math.min(...ns) : 0;
  },
  MAX: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return isError(ns) ? ns : ns.length ? Math.max(...ns) : 0;
  },
  AVERAGE: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    if (isError(ns)) return ns;
    return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : DIV0;
  },
  COUNT: (args, ctx) => ctx.flatten(args).filter((x) => typeof x.value === "number").length,
  COUNTA: (args, ctx) => ctx.flatten(args).filter((x) => x.value !== null).length,
  COUNTBLANK: (args, ctx) => ctx.flatten(args).filter((x) => x.value === null || x.value === "").length,
  COUNTIF: (args, ctx) => {
    const m = conditionsMatch(args, ctx, 0);
    return isError(m) ? m : m.filter(Boolean).length;
  },
  COUNTIFS: (args, ctx) => {
    const m = conditionsMatch(args, ctx, 0);
    return isError(m) ? m : m.filter(Boolean).length;
  },
  SUMIF: (args, ctx) => {
    const m = conditionsMatch(args.slice(0, 2), ctx, 0);
    if (isError(m)) return m;
    const sum = ctx.grid(ctx.eval(args[2] ?? args[0])).flat();
    return m.reduce((acc, ok, i) => acc + (ok && typeof sum[i] === "number" ? (sum[i] as number) : 0), 0);
  },
  SUMIFS: (args, ctx) => {
    const m = conditionsMatch(args, ctx, 1);
    if (isError(m)) return m;
    const sum = ctx.grid(ctx.eval(args[0])).flat();
    if (sum.length !== m.length) return VALUE;
    return m.reduce((acc, ok, i) => acc + (ok && typeof sum[i] === "number" ? (sum[i] as number) : 0), 0);
  },
  ROUND: (args, ctx) => {
    const x = num(ctx, args[0]);
    const d = num(ctx, args[1], 0);
    return isError(x) ? x : isError(d) ? d : round(x, Math.trunc(d), "round");
  },
  ROUNDUP: (args, ctx) => {
    const x = num(ctx, args[0]);
    const d = num(ctx, args[1], 0);
    return isError(x) ? x : isError(d) ? d : round(x, Math.trunc(d), "up");
  },
  ROUNDDOWN: (args, ctx) => {
    const x = num(ctx, args[0]);
    const d = num(ctx, args[1], 0);
    return isError(x) ? x : isError(d) ? d : round(x, Math.trunc(d), "down");
  },
  ABS: (args, ctx) => {
    const x = num(ctx, args[0]);
    return isError(x) ? x : Math.abs(x);
  },
  INT: (args, ctx) => {
    const x = num(ctx, args[0]);
    return isError(x) ? x : Math.floor(x);
  },
  MOD: (args, ctx) => {
    const x = num(ctx, args[0]);
    const y = num(ctx, args[1]);
    if (isError(x)) return x;
    if (isError(y)) return y;
    return y === 0 ? DIV0 : x - y * Math.floor(x / y);
  },
  ISBLANK: (args, ctx) => ctx.scalar(args[0]) === null,
  ISNUMBER: (args, ctx) => typeof ctx.scalar(args[0]) === "number",
  ISTEXT: (args, ctx) => typeof ctx.scalar(args[0]) === "string",
  ISERROR: (args, ctx) => isError(ctx.scalar(args[0])),
  ISNA: (args, ctx) => {
    const v = ctx.scalar(args[0]);
    return isError(v) && v.code === "#N/A";
  },
  NA: () => NA,
  ROW: (args, ctx) => {
    if (!args.length) return ctx.row + 1;
    const v = ctx.eval(args[0]);
    return isRange(v) ? v.rect.row + 1 : VALUE;
  },
  COLUMN: (args, ctx) => {
    if (!args.length) return ctx.col + 1;
    const v = ctx.eval(args[0]);
    return isRange(v) ? v.rect.col + 1 : VALUE;
  },
  ROWS: (args, ctx) => {
    const v = ctx.eval(args[0]);
    return isRange(v) ? v.rect.rows : 1;
  },
  COLUMNS: (args, ctx) => {
    const v = ctx.eval(args[0]);
    return isRange(v) ? v.rect.cols : 1;
  },
  ...lookupFunctions,
  ...textFunctions,
  ...dateFunctions,
};

export function firstError(values: ScalarOrError[]): CellError | null {
  for (const v of values) if (isError(v)) return v;
  return null;
}
