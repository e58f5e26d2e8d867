/**
 * One-cell-per-line tables in two forms found on the held-out set h9 (沙坪坝 2022, 钟楼 2022): a text column named
 * with a year before its word (2022年预期目标) and a blank line between all cells; and a table that names each
 * row's target (目标名称) and numbers the row's work standards as sub-rows (（1）…, （2）…), with a header cell
 * broken over two lines (区政府 / 分管领导) whose people are given one a line. The inputs are minimal and made
 * in the layout of those pages.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isHeaderCell } from "../../../src/core/plan/cell-columns";
import { readCellLines } from "../../../src/core/plan/cell-lines";
import { parsePlan } from "../../../src/core/plan/parse";

const form = (name: string): string =>
  readFileSync(join(__dirname, "../../fixtures/plans/forms", name), "utf8");

function read(text: string): [string, string, string[]][] {
  return parsePlan(text).value.items.map((i) => [
    i.label,
    i.text,
    i.assignments.map((a) => `${a.department}:${a.role}`),
  ]);
}

test("a column word after a year is a header cell", () => {
  expect(isHeaderCell("2022年预期目标")).toBe(true);
  expect(isHeaderCell("2023年工作任务")).toBe(true);
  expect(isHeaderCell("2023年度重点任务")).toBe(true);
  expect(isHeaderCell("目标名称")).toBe(true);
  expect(isHeaderCell("2022年")).toBe(false);
  expect(isHeaderCell("2022年区政府工作报告经济社会发展预期目标任务分解表")).toBe(false);
});

test("序号 / 2022年预期目标 / 责任单位, a blank line between cells: each row its number, cell and unit", () => {
  const text = form("cell-lines-year-column.txt");
  const lines = text.split("\n");
  const table = readCellLines(lines, lines.indexOf("序号"));
  expect(table?.rows[0]).toEqual(["序号", "2022年预期目标", "责任单位"]);
  expect(read(text)).toEqual([
    ["1", "地区生产总值增长5.5%左右", ["区发展改革委:responsible"]],
    ["2", "区级税收增长6%左右", ["区税务局:responsible"]],
    ["3", "进出口总额增长5%以上", ["区商务委:responsible"]],
  ]);
});

test("目标名称 with numbered 工作标准 sub-rows, 区政府 / 分管领导 names one a line", () => {
  const text = form("cell-lines-sub-rows.txt");
  expect(read(text)).toEqual([
    [
      "1（1）",
      "老城复兴样板区要见成效，年内完成37个老旧小区改造任务。",
      ["住建局:lead", "新闸街道:cooperate", "五星街道:cooperate", "发改局:cooperate", "财政局:cooperate"],
    ],
    [
      "1（2）",
      "高新园区要见成效，推进智能制造产业园建设。",
      ["工信局:lead", "邹区镇:cooperate", "财政局:cooperate"],
    ],
    ["2", "民生保障 年内新增城镇就业1.2万人。", ["人社局:lead", "各街道:cooperate", "财政局:cooperate"]],
  ]);
  expect(parsePlan(text).value.sections.map((s) => s.title)).toEqual(["四大功能区建设"]);
});
