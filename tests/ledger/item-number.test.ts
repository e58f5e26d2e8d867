import { itemNumber } from "../../src/core/ledger/item-number";
import { itemNumber as validationItemNumber } from "../../src/core/validation/normalise";

test("序号: positive whole numbers, also typed as text with full-width digits or stray spaces", () => {
  expect(itemNumber(12)).toBe(12);
  expect(itemNumber("12")).toBe(12);
  expect(itemNumber("１２")).toBe(12);
  expect(itemNumber(" １２\u3000")).toBe(12);
  expect(itemNumber("\t7 ")).toBe(7);
});

test("序号: 0, fractions, signs, words and blanks are no 序号", () => {
  for (const v of [
    0,
    "0",
    "０",
    "00",
    -3,
    "-3",
    "+3",
    7.5,
    "7.5",
    "1e3",
    "七",
    "",
    "  ",
    null,
    undefined,
    true,
  ]) {
    expect(itemNumber(v)).toBeNull();
  }
});

test("validation reads 序号 with the same parser", () => {
  expect(validationItemNumber).toBe(itemNumber);
});
