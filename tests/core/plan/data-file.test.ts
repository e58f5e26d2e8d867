/** data/plans/cnipa-2019.json is the parser's output for the source text, byte for byte (as `taizhang parse` prints it). */
import { readFileSync } from "fs";
import { join } from "path";
import { parsePlan } from "../../../src/core/plan/parse";

const DATA = join(__dirname, "../../../data/plans");

it("data/plans/cnipa-2019.json is regenerated identically from the source text", () => {
  const source = readFileSync(join(DATA, "cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt"), "utf8");
  const committed = readFileSync(join(DATA, "cnipa-2019.json"), "utf8");
  const { value, issues } = parsePlan(source);
  expect(issues).toEqual([]);
  expect(JSON.stringify(value, null, 2) + "\n").toBe(committed);
});
