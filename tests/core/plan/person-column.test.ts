/**
 * People are not departments: a table one cell per line whose last column is 责任人 (序号 / 目标任务 / 牵头单位 /
 * 责任单位 / 责任人), its part headings naming their leaders (一、…（牵头领导:张三、李四）). The fixture keeps the
 * layout of a district's 2023 责任分解表 (yunyang.shiyan.gov.cn, 郧政发〔2023〕5号: its header and first heading as
 * published, the rows after them made in the same form).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readClause } from "../../../src/core/plan/assignments";
import { parsePlan } from "../../../src/core/plan/parse";
import { labelMeaning } from "../../../src/core/plan/roles";

const text = readFileSync(join(__dirname, "../../fixtures/plans/forms/person-column-cells.txt"), "utf8");

test("责任人, 联系人, 负责人 are people, as 责任领导 is", () => {
  for (const label of ["责任人", "具体责任人", "联系人", "负责人", "经办人", "牵头领导"])
    expect(labelMeaning(label)).toBe("person");
  expect(labelMeaning("责任单位")).toBe("responsible");
  expect(readClause("牵头单位：区发改局；责任人：张明").assignments).toEqual([
    { department: "区发改局", role: "lead", scope: null },
  ]);
});

test("a 责任人 column: its names neither join the next task nor become departments", () => {
  const { value, issues } = parsePlan(text);
  expect(
    value.items.map((i) => [i.label, i.text, i.assignments.map((a) => `${a.department}:${a.role}`)]),
  ).toEqual([
    ["一1", "★地区生产总值增长15%。", ["区发改局:lead", "区统计局:responsible", "各乡镇:responsible"]],
    ["一2", "★规模以上工业增加值增长18%。", ["区经信局:lead", "各乡镇:responsible"]],
    ["一3", "★固定资产投资增长20%。", ["区发改局:lead", "区住建局:responsible", "区交通运输局:responsible"]],
    ["二4", "粮食播种面积稳定在40万亩以上。", ["区农业农村局:lead", "各乡镇:responsible"]],
    [
      "二5",
      "完成高标准农田建设2万亩。",
      ["区农业农村局:lead", "区财政局:responsible", "区自然资源和规划局:responsible"],
    ],
  ]);
  expect(value.departments.map((d) => d.name)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/张明|李华|王刚|成坤/)]),
  );
  expect(issues).toEqual([]);
});

test("a heading that names only its leaders is a part of the plan, titled without them, not a task", () => {
  const { value } = parsePlan(text);
  expect(value.sections.map((s) => s.title)).toEqual([
    "主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标",
    "农业农村工作目标",
  ]);
});
