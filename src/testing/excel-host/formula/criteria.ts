/** COUNTIF/COUNTIFS/SUMIFS criteria ("<>", ">0", "已完成", 5, "a*"). */
import { CellError, Scalar, ScalarOrError, compare, isError, toNumber } from "./values";

export type Criterion = (v: ScalarOrError) => boolean;

function wildcard(text: string): RegExp | null {
  if (!/[*?]/.test(text)) return null;
  const body = text
    .split("")
    .map((ch, i, all) => {
      if (all[i - 1] === "~") return "";
      if (ch === "~") return (all[i + 1] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (ch === "*") return ".*";
      if (ch === "?") return ".";
      return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${body}$`, "is");
}

export function parseCriterion(c: ScalarOrError): Criterion {
  if (isError(c)) {
    const code = c.code;
    return (v) => isError(v) && v.code === code;
  }
  if (c === null) c = "";
  if (typeof c === "number" || typeof c === "boolean") {
    const want = c;
    return (v) => !isError(v) && v !== null && v !== "" && compareLoose(v, want) === 0;
  }
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c);
  const op = m?.[1] ?? "";
  const operand = m?.[2] ?? "";
  const num = operand.trim() !== "" && !Number.isNaN(Number(operand)) ? Number(operand) : null;
  const bool = /^(TRUE|FALSE)$/i.test(operand) ? operand.toUpperCase() === "TRUE" : null;
  const target: Scalar = num ?? bool ?? operand;
  if (op === "" || op === "=") {
    if (operand === "") return (v) => v === null || v === "";
    const re = typeof target === "string" ? wildcard(target) : null;
    if (re) return (v) => typeof v === "string" && re.test(v);
    return (v) => !isError(v) && v !== null && compareLoose(v, target) === 0;
  }
  if (op === "<>") {
    if (operand === "") return (v) => v !== null && v !== "";
    const re = typeof target === "string" ? wildcard(target) : null;
    if (re) return (v) => !(typeof v === "string" && re.test(v));
    return (v) => isError(v) || v === null || compareLoose(v, target) !== 0;
  }
  return (v) => {
    if (isError(v) || v === null || v === "") return false;
    if (typeof target === "number" && typeof v !== "number") return false;
    if (typeof target === "string" && typeof v !== "string") return false;
    const r = compare(v, target);
    return op === "<" ? r < 0 : op === ">" ? r > 0 : op === "<=" ? r <= 0 : r >= 0;
  };
}

/** Numbers also match numeric text ("5" matches 5), as COUNTIF does. */
function compareLoose(v: Exclude<ScalarOrError, CellError | null>, target: Scalar): number {
  if (typeof target === "number" && typeof v === "string") {
    const n = toNumber(v);
    return isError(n) ? 1 : compare(n, target);
  }
  return compare(v, target);
}
