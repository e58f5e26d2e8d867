/** Lazy formula evaluator over a FormulaEnv (the workbook model provides cell values and names). */
import { MAX_COLS, MAX_ROWS, Rect, tryParseLocal } from "../address";
import { NotImplementedError } from "../errors";
import { FUNCTIONS } from "./functions";
import { Node, parseFormula } from "./parser";
import {
  CellError,
  DIV0,
  NAME,
  RangeRef,
  REF,
  ScalarOrError,
  VALUE,
  Val,
  compare,
  isError,
  isRange,
  toNumber,
  toText,
} from "./values";

export interface TableInfo {
  sheetId: string;
  rect: Rect;
  columns: string[];
  showHeaders: boolean;
  showTotals: boolean;
}

export interface FormulaEnv {
  sheetIdByName(name: string): string | null;
  cellValue(sheetId: string, row: number, col: number): ScalarOrError;
  /** Number of rows/cols that may hold data on any sheet (bounds whole-column references). */
  usedLimit(): { rows: number; cols: number };
  definedName(name: string, sheetId: string): { formula: string; sheetId: string } | null;
  table(name: string): TableInfo | null;
}

export class EvalContext {
  private depth = 0;
  constructor(
    readonly env: FormulaEnv,
    readonly sheetId: string,
    readonly row: number,
    readonly col: number,
  ) {}

  eval(node: Node): Val {
    switch (node.t) {
      case "num":
        return node.v;
      case "str":
        return node.v;
      case "bool":
        return node.v;
      case "err":
        return new CellError(node.v);
      case "missing":
        return null;
      case "ref":
        return this.ref(node.sheet, node.local);
      case "name":
        return this.name(node.sheet, node.name);
      case "fn": {
        const fn = FUNCTIONS[node.name.replace(/^_xlfn\./, "")];
        if (!fn) throw new NotImplementedError(`function ${node.name}`);
        return fn(node.args, this);
      }
      case "neg": {
        const n = toNumber(this.scalar(node.a));
        return isError(n) ? n : -n;
      }
      case "pct": {
        const n = toNumber(this.scalar(node.a));
        return isError(n) ? n : n / 100;
      }
      case "bin":
        return this.binary(node.op, node.a, node.b);
    }
  }

  /** Evaluates to a single value, applying implicit intersection to single-cell ranges. */
  scalar(node: Node): ScalarOrError {
    return this.deref(this.eval(node));
  }

  deref(v: Val): ScalarOrError {
    if (!isRange(v)) return v;
    if (v.rect.rows === 1 && v.rect.cols === 1) return this.env.cellValue(v.sheetId, v.rect.row, v.rect.col);
    if (
      v.rect.cols === 1 &&
      this.sheetId === v.sheetId &&
      this.row >= v.rect.row &&
      this.row < v.rect.row + v.rect.rows
    ) {
      return this.env.cellValue(v.sheetId, this.row, v.rect.col);
    }
    if (
      v.rect.rows === 1 &&
      this.sheetId === v.sheetId &&
      this.col >= v.rect.col &&
      this.col < v.rect.col + v.rect.cols
    ) {
      return this.env.cellValue(v.sheetId, v.rect.row, this.col);
    }
    return VALUE;
  }

  /** Clamps whole-column/row references to the area that can hold data. */
  clamp(rect: Rect): Rect {
    const limit = this.env.usedLimit();
    const rows = Math.max(0, Math.min(rect.rows, limit.rows - rect.row));
    const cols = Math.max(0, Math.min(rect.cols, limit.cols - rect.col));
    return { row: rect.row, col: rect.col, rows, cols };
  }

  /** Values of a range (clamped) row by row; scalars become a 1x1 grid. */
  grid(v: Val): ScalarOrError[][] {
    if (!isRange(v)) return [[v]];
    const r = this.clamp(v.rect);
    const out: ScalarOrError[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: ScalarOrError[] = [];
      for (let j = 0; j < r.cols; j++) row.push(this.env.cellValue(v.sheetId, r.row + i, r.col + j));
      out.push(row);
    }
    return out;
  }

  /** Flattened values of all arguments (ranges expanded). */
  flatten(args: Node[]): { value: ScalarOrError; fromRange: boolean }[] {
    const out: { value: ScalarOrError; fromRange: boolean }[] = [];
    for (const a of args) {
      const v = this.eval(a);
      if (isRange(v))
        for (const row of this.grid(v)) for (const x of row) out.push({ value: x, fromRange: true });
      else out.push({ value: v, fromRange: false });
    }
    return out;
  }

  private ref(sheet: string | undefined, local: string): Val {
    const sheetId = sheet === undefined ? this.sheetId : this.env.sheetIdByName(sheet);
    if (!sheetId) return REF;
    const parsed = tryParseLocal(local);
    if (!parsed) return REF;
    return { kind: "range", sheetId, rect: parsed.rect };
  }

  private name(sheet: string | undefined, name: string): Val {
    const bracket = name.indexOf("[");
    if (bracket > 0) return this.structured(name.slice(0, bracket), name.slice(bracket));
    const def = this.env.definedName(
      name,
      sheet ? (this.env.sheetIdByName(sheet) ?? this.sheetId) : this.sheetId,
    );
    if (!def) return NAME;
    if (this.depth > 50) return REF;
    this.depth++;
    try {
      const inner = new EvalContext(this.env, def.sheetId, this.row, this.col);
      return inner.eval(parseFormula(def.formula));
    } finally {
      this.depth--;
    }
  }

  private structured(tableName: string, spec: string): Val {
    const t = this.env.table(tableName);
    if (!t) return REF;
    const parts = [...spec.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1].trim());
    const headerRows = t.showHeaders ? 1 : 0;
    const totalRows = t.showTotals ? 1 : 0;
    let row = t.rect.row + headerRows;
    let rows = t.rect.rows - headerRows - totalRows;
    let col = t.rect.col;
    let cols = t.rect.cols;
    for (const p of parts) {
      const low = p.toLowerCase();
      if (low === "#all") {
        row = t.rect.row;
        rows = t.rect.rows;
      } else if (low === "#headers") {
        row = t.rect.row;
        rows = 1;
      } else if (low === "#data") continue;
      else if (low === "#totals") {
        row = t.rect.row + t.rect.rows - 1;
        rows = 1;
      } else if (p !== "") {
        const i = t.columns.findIndex((c) => c.toLowerCase() === p.replace(/'(.)/g, "$1").toLowerCase());
        if (i < 0) return REF;
        col = t.rect.col + i;
        cols = 1;
      }
    }
    return { kind: "range", sheetId: t.sheetId, rect: { row, col, rows, cols } };
  }

  private binary(op: string, a: Node, b: Node): Val {
    if (op === ":") {
      const x = this.eval(a);
      const y = this.eval(b);
      if (!isRange(x) || !isRange(y) || x.sheetId !== y.sheetId) return REF;
      return union(x, y);
    }
    const x = this.scalar(a);
    if (isError(x)) return x;
    const y = this.scalar(b);
    if (isError(y)) return y;
    switch (op) {
      case "&": {
        const s = toText(x);
        const t = toText(y);
        return isError(s) ? s : isError(t) ? t : s + t;
      }
      case "=":
        return compare(x, y) === 0;
      case "<>":
        return compare(x, y) !== 0;
      case "<":
        return compare(x, y) < 0;
      case ">":
        return compare(x, y) > 0;
      case "<=":
        return compare(x, y) <= 0;
      case ">=":
        return compare(x, y) >= 0;
    }
    const n = toNumber(x);
    if (isError(n)) return n;
    const m = toNumber(y);
    if (isError(m)) return m;
    switch (op) {
      case "+":
        return n + m;
      case "-":
        return n - m;
      case "*":
        return n * m;
      case "/":
        return m === 0 ? DIV0 : n / m;
      case "^":
        return Math.pow(n, m);
    }
    throw new NotImplementedError(`operator ${op}`);
  }
}

function union(x: RangeRef, y: RangeRef): RangeRef {
  const row = Math.min(x.rect.row, y.rect.row);
  const col = Math.min(x.rect.col, y.rect.col);
  const r2 = Math.max(x.rect.row + x.rect.rows, y.rect.row + y.rect.rows);
  const c2 = Math.max(x.rect.col + x.rect.cols, y.rect.col + y.rect.cols);
  return {
    kind: "range",
    sheetId: x.sheetId,
    rect: { row, col, rows: Math.min(r2, MAX_ROWS) - row, cols: Math.min(c2, MAX_COLS) - col },
  };
}

/** Evaluates a cell formula; multi-cell results (spills) are not modelled. */
export function evaluateFormula(
  env: FormulaEnv,
  formula: string,
  sheetId: string,
  row: number,
  col: number,
): ScalarOrError {
  const ctx = new EvalContext(env, sheetId, row, col);
  const v = ctx.eval(parseFormula(formula));
  if (!isRange(v)) return v === null ? 0 : v;
  if (v.rect.rows === 1 && v.rect.cols === 1) {
    const x = env.cellValue(v.sheetId, v.rect.row, v.rect.col);
    return x === null ? 0 : x;
  }
  throw new NotImplementedError(`dynamic array spill of "${formula}"`);
}
