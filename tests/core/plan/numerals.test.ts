import { parseNumeral } from "../../../src/core/plan/numerals";

describe("parseNumeral", () => {
  it.each<[string, number]>([
    ["5", 5],
    ["５", 5],
    ["30", 30],
    ["五", 5],
    ["十", 10],
    ["十四", 14],
    ["二十", 20],
    ["二十一", 21],
    ["两", 2],
    ["一百零五", 105],
    ["二〇二〇", 2020],
    ["二零一九", 2019],
  ])("%s -> %d", (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(["", "五个", "十十", "二三十", "abc"])("%s is not a numeral", (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
