/** Recursive-descent parser producing a small AST for the formula evaluator. */
import { FormulaSyntaxError, Token, tokenize } from "./lexer";

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; sheet?: string; local: string }
  | { t: "name"; sheet?: string; name: string }
  | { t: "fn"; name: string; args: Node[] }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "neg"; a: Node }
  | { t: "pct"; a: Node }
  | { t: "missing" };

const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
  ":": 7,
};

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const t = tokens[pos++];
    if (!t) throw new FormulaSyntaxError("unexpected end of formula");
    return t;
  };

  const primary = (): Node => {
    const tok = next();
    switch (tok.kind) {
      case "num":
        return { t: "num", v: Number(tok.text) };
      case "str":
        return { t: "str", v: tok.local ?? "" };
      case "bool":
        return { t: "bool", v: tok.local === "TRUE" };
      case "err":
        return { t: "err", v: tok.local ?? "#N/A" };
      case "ref":
        return { t: "ref", sheet: tok.sheet, local: tok.local ?? "" };
      case "name":
        return { t: "name", sheet: tok.sheet, name: tok.local ?? tok.text };
      case "func": {
        const lp = next();
        if (lp.kind !== "lparen") throw new FormulaSyntaxError("expected (");
        const args: Node[] = [];
        if (peek()?.kind === "rparen") {
          next();
          return { t: "fn", name: tok.local ?? tok.text, args };
        }
        for (;;) {
          const p = peek();
          if (p?.kind === "comma" || p?.kind === "rparen") args.push({ t: "missing" });
          else args.push(expr(0));
          const sep = next();
          if (sep.kind === "rparen") break;
          if (sep.kind !== "comma") throw new FormulaSyntaxError("expected , or )");
        }
        return { t: "fn", name: tok.local ?? tok.text, args };
      }
      case "lparen": {
        const e = expr(0);
        if (next().kind !== "rparen") throw new FormulaSyntaxError("expected )");
        return e;
      }
      case "op":
        if (tok.text === "-") return { t: "neg", a: unary() };
        if (tok.text === "+") return unary();
        throw new FormulaSyntaxError(`unexpected operator ${tok.text}`);
      default:
        throw new FormulaSyntaxError(`unexpected token ${tok.text}`);
    }
  };

  const unary = (): Node => {
    let node = primary();
    while (peek()?.kind === "op" && peek()?.text === "%") {
      next();
      node = { t: "pct", a: node };
    }
    return node;
  };

  const expr = (minPrec: number): Node => {
    let left = unary();
    for (;;) {
      const tok = peek();
      if (!tok || tok.kind !== "op") break;
      const prec = PRECEDENCE[tok.text];
      if (prec === undefined || prec < minPrec) break;
      next();
      const right = expr(prec + 1);
      left = { t: "bin", op: tok.text, a: left, b: right };
    }
    return left;
  };

  if (tokens.length === 0) throw new FormulaSyntaxError("empty formula");
  const node = expr(0);
  if (pos !== tokens.length) throw new FormulaSyntaxError(`unexpected "${tokens[pos].text}"`);
  return node;
}
