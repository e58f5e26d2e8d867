import { isFormulaLike } from "../../src/core/ledger/cells";
import { isFormulaLike as mergeIsFormulaLike } from "../../src/core/merge/values";
import { needsQuote, toInput } from "../../src/excel/apply/cells";

test("the Office writer quotes every formula-like text (the shared test) …", () => {
  for (const t of ["=1+1", "+86 010", "-减号", "@提及", "\t制表符开头", "\r回车开头"]) {
    expect(isFormulaLike(t)).toBe(true);
    expect(needsQuote(t)).toBe(true);
    expect(toInput(t)).toBe(`'${t}`);
  }
  expect(mergeIsFormulaLike).toBe(isFormulaLike);
});

test("… and also text Excel's typed-input parsing would turn into a value", () => {
  for (const t of [
    "12",
    "2019-06-30",
    ".5",
    "(3)",
    "$5",
    "¥5",
    "#N/A",
    "'引号",
    " 前导空格",
    "TRUE",
    "false",
    "Jan 5",
  ]) {
    expect(isFormulaLike(t)).toBe(false);
    expect(needsQuote(t)).toBe(true);
  }
  for (const t of ["已召开专题会议", "张三 010-12345678", "第12项进展"]) {
    expect(needsQuote(t)).toBe(false);
    expect(toInput(t)).toBe(t);
  }
});
