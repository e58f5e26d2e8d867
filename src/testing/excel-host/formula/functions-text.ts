/** Text functions: LEN, TRIM, LEFT, RIGHT, MID, CONCATENATE, UPPER, LOWER, EXACT, VALUE, N, TEXT (General only). */
import type { FormulaFunction } from "./functions";
import { VALUE, isError, isRange, toNumber, toText } from "./values";
import { NotImplementedError } from "../errors";

export const textFunctions: Record<string, FormulaFunction> = {
  LEN: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    return isError(t) ? t : t.length;
  },
  TRIM: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    return isError(t) ? t : t.replace(/ +/g, " ").trim();
  },
  LEFT: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    const n = args[1] ? toNumber(ctx.scalar(args[1])) : 1;
    return isError(t) ? t : isError(n) ? n : t.slice(0, n);
  },
  RIGHT: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    const n = args[1] ? toNumber(ctx.scalar(args[1])) : 1;
    return isError(t) ? t : isError(n) ? n : n === 0 ? "" : t.slice(-n);
  },
  MID: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    const s = toNumber(ctx.scalar(args[1]));
    const n = toNumber(ctx.scalar(args[2]));
    if (isError(t)) return t;
    if (isError(s)) return s;
    if (isError(n)) return n;
    return s < 1 ? VALUE : t.slice(s - 1, s - 1 + n);
  },
  CONCATENATE: (args, ctx) => {
    let out = "";
    for (const a of args) {
      const t = toText(ctx.scalar(a));
      if (isError(t)) return t;
      out += t;
    }
    return out;
  },
  CONCAT: (args, ctx) => {
    let out = "";
    for (const { value } of ctx.flatten(args)) {
      const t = toText(value);
      if (isError(t)) return t;
      out += t;
    }
    return out;
  },
  UPPER: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    return isError(t) ? t : t.toUpperCase();
  },
  LOWER: (args, ctx) => {
    const t = toText(ctx.scalar(args[0]));
    return isError(t) ? t : t.toLowerCase();
  },
  EXACT: (args, ctx) => {
    const a = toText(ctx.scalar(args[0]));
    const b = toText(ctx.scalar(args[1]));
    return isError(a) ? a : isError(b) ? b : a === b;
  },
  VALUE: (args, ctx) => toNumber(ctx.scalar(args[0])),
  N: (args, ctx) => {
    const v = ctx.eval(args[0]);
    const s = isRange(v) ? ctx.deref(v) : v;
    return typeof s === "number" ? s : s === true ? 1 : isError(s) ? s : 0;
  },
  TEXT: (args, ctx) => {
    const fmt = toText(ctx.scalar(args[1]));
    if (isError(fmt)) return fmt;
    if (fmt !== "" && fmt.toLowerCase() !== "general" && fmt !== "@")
      throw new NotImplementedError(`TEXT format "${fmt}"`);
    return toText(ctx.scalar(args[0]));
  },
};
