/** Tokenizer for Excel formulas (A1 style), keeping source positions so references can be rewritten. */

export type TokenKind =
  "num" | "str" | "bool" | "err" | "ref" | "name" | "func" | "op" | "lparen" | "rparen" | "comma";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For refs and names: sheet qualifier as written (unquoted). */
  sheet?: string;
  /** For refs: the local part ("A1", "$A:$A", "B2:C9"). For names: the name. For structured refs: "Table[Col]". */
  local?: string;
  /** Start offset of the local part (after "Sheet!"). */
  localStart?: number;
}

export class FormulaSyntaxError extends Error {}

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
const CELL = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;
const COL = /^\$?[A-Za-z]{1,3}$/;
const ROWNUM = /^\$?\d{1,7}$/;
const WORD = /^[\p{L}_\\$][\p{L}\p{N}_.$]*/u;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const ROWRANGE = /^\$?\d{1,7}:\$?\d{1,7}/;

function isRefPart(word: string): boolean {
  return CELL.test(word) || COL.test(word) || ROWNUM.test(word);
}

export function tokenize(formula: string): Token[] {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  const base = formula.length - src.length;
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}): void => {
    tokens.push({ kind, text: src.slice(start, end), start: start + base, end: end + base, ...extra });
  };
  /** Reads the local part of a reference after "Sheet!" or at a word start. Returns end index or -1. */
  const readLocalRef = (at: number): number => {
    const rowRange = ROWRANGE.exec(src.slice(at));
    if (rowRange) return at + rowRange[0].length;
    const w = WORD.exec(src.slice(at)) ?? /^\$?\d+/.exec(src.slice(at));
    if (!w || !isRefPart(w[0])) return -1;
    let end = at + w[0].length;
    if (src[end] === ":") {
      const w2 = /^\$?[A-Za-z]{0,3}\$?\d{0,7}/.exec(src.slice(end + 1));
      if (w2 && w2[0] && isRefPart(w2[0])) end = end + 1 + w2[0].length;
    }
    const local = src.slice(at, end);
    if (!CELL.test(local) && !/:/.test(local)) return -1;
    return end;
  };
  while (i < src.length) {
    const ch = src[i];
    const rest = src.slice(i);
    if (ch === " " || ch === "\n" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated string");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      push("str", i, j + 1, { local: text });
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const e = ERRORS.find((x) => rest.toUpperCase().startsWith(x));
      if (!e) throw new FormulaSyntaxError(`unknown error literal at ${i}`);
      push("err", i, i + e.length, { local: e });
      i += e.length;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated sheet name");
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j++];
      }
      if (src[j + 1] !== "!") throw new FormulaSyntaxError("expected ! after quoted sheet name");
      const localStart = j + 2;
      const end = readLocalRef(localStart);
      if (end < 0) {
        const w = WORD.exec(src.slice(localStart));
        if (!w) throw new FormulaSyntaxError("bad reference after sheet name");
        const nEnd = localStart + w[0].length;
        push("name", i, nEnd, { sheet: name, local: w[0], localStart: localStart + base });
        i = nEnd;
        continue;
      }
      push("ref", i, end, { sheet: name, local: src.slice(localStart, end), localStart: localStart + base });
      i = end;
      continue;
    }
    const rowRange = ROWRANGE.exec(rest);
    if (rowRange && !NUMBER.exec(rest.slice(rowRange[0].length))) {
      push("ref", i, i + rowRange[0].length, { local: rowRange[0], localStart: i + base });
      i += rowRange[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      push("num", i, i + num[0].length);
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const w = word[0];
      const after = i + w.length;
      if (src[after] === "!") {
        const localStart = after + 1;
        const end = readLocalRef(localStart);
        if (end < 0) {
          const w2 = WORD.exec(src.slice(localStart));
          if (!w2) throw new FormulaSyntaxError("bad reference after sheet name");
          push("name", i, localStart + w2[0].length, {
            sheet: w,
            local: w2[0],
            localStart: localStart + base,
          });
          i = localStart + w2[0].length;
          continue;
        }
        push("ref", i, end, { sheet: w, local: src.slice(localStart, end), localStart: localStart + base });
        i = end;
        continue;
      }
      if (src[after] === "(") {
        push("func", i, after, { local: w.toUpperCase() });
        i = after;
        continue;
      }
      const refEnd = readLocalRef(i);
      if (refEnd > 0) {
        push("ref", i, refEnd, { local: src.slice(i, refEnd), localStart: i + base });
        i = refEnd;
        continue;
      }
      if (/^(TRUE|FALSE)$/i.test(w)) {
        push("bool", i, after, { local: w.toUpperCase() });
        i = after;
        continue;
      }
      if (src[after] === "[") {
        let depth = 0;
        let j = after;
        for (; j < src.length; j++) {
          if (src[j] === "[") depth++;
          else if (src[j] === "]" && --depth === 0) break;
        }
        if (j >= src.length) throw new FormulaSyntaxError("unterminated structured reference");
        push("name", i, j + 1, { local: src.slice(i, j + 1) });
        i = j + 1;
        continue;
      }
      push("name", i, after, { local: w });
      i = after;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      push("op", i, i + 2);
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%:".includes(ch)) {
      push("op", i, i + 1);
      i++;
      continue;
    }
    if (ch === "(") push("lparen", i, i + 1);
    else if (ch === ")") push("rparen", i, i + 1);
    else if (ch === ",") push("comma", i, i + 1);
    else throw new FormulaSyntaxError(`unexpected character "${ch}" at ${i}`);
    i++;
  }
  return tokens;
}
