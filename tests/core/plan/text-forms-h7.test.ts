/**
 * Forms an unseen city 政务公开工作要点 (2022) showed, one minimal text each: a part heading run into its first
 * sub-unit on one line (`一、… (一)…`); a naming note among a label's names (`以下统称各县(区)政府`); a
 * `责任时限:` label opening the clause. And a deadline the task's own text states (`2019年6月底前，…`,
 * `…确保2020年底前实现…`) prefilled where the clause gives none.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { deadlineInText } from "../../../src/core/plan/deadline";
import { parsePlan } from "../../../src/core/plan/parse";
import { splitRunInHeading } from "../../../src/core/plan/run-in-heading";

const CITY = [
  "某市2022年政务公开工作要点",
  "一、聚焦重点领域,提升政务公开质量 (一)标准财政资金领域信息公开。强化财政预算管理和绩效管理。(责任时限:2022 年底前,牵头单位:市财政局、市能源局,责任单位:各县(区)政府、经开区管委会,以下统称各县(区)政府,市政府各部门)",
  "(二)细化卫生健康领域信息公开。继续做好常态化疫情防控信息公开。(牵头单位:市卫生健康委)",
].join("\n");

test("a part heading run into its first sub-unit is split before the sub-unit's number", () => {
  expect(splitRunInHeading("一、聚焦重点领域,提升政务公开质量 (一)标准财政资金领域信息公开。")).toEqual([
    "一、聚焦重点领域,提升政务公开质量",
    "(一)标准财政资金领域信息公开。",
  ]);
  // a sentence is not a heading; a lone heading stays whole
  expect(splitRunInHeading("一、全面推进公开。各地要做好(一)项")).toHaveLength(1);
  expect(splitRunInHeading("一、聚焦重点领域")).toEqual(["一、聚焦重点领域"]);
  const { value, issues } = parsePlan(CITY);
  expect(value.sections.map((s) => s.title)).toEqual(["聚焦重点领域,提升政务公开质量"]);
  expect(value.items.map((i) => [i.label, i.text])).toEqual([
    ["一（一）", "标准财政资金领域信息公开。强化财政预算管理和绩效管理。"],
    ["一（二）", "细化卫生健康领域信息公开。继续做好常态化疫情防控信息公开。"],
  ]);
  expect(issues.filter((i) => i.kind !== "no-title")).toEqual([]);
});

test("a naming note is no department; 责任时限 is the deadline", () => {
  const r = readClause(
    "责任时限:2022 年底前,牵头单位:市财政局、市能源局,责任单位:各县(区)政府、经开区管委会,以下统称各县(区)政府,市政府各部门",
  );
  expect(r.assignments.map((a) => `${a.department}:${a.role}`)).toEqual([
    "市财政局:lead",
    "市能源局:lead",
    "各县(区)政府:responsible",
    "经开区管委会:responsible",
    "市政府各部门:responsible",
  ]);
  expect(r.unknown).toEqual([]);
  expect(r.deadline).toBe("2022 年底前");
  expect(readClause("牵头单位:市发展和改革委员会(以下简称市发改委)").assignments).toHaveLength(1);
});

test("the deadline a task's text states", () => {
  expect(deadlineInText("2019年6月底前，研究建立政务服务“好差评”制度。")).toBe("2019年6月底前");
  expect(deadlineInText("年底前，完成目录梳理。")).toBe("年底前");
  expect(deadlineInText("建立指标体系，发挥导向作用。2019年6月底前，研究建立核心指标。")).toBe(
    "2019年6月底前",
  );
  expect(deadlineInText("积极推进各项工作落实,确保2020年底前实现深度融合。")).toBe("2020年底前");
  expect(deadlineInText("9月底前出台实施方案，12月底前全面完成改造。")).toBe("12月底前");
  expect(deadlineInText("加强政策解读，提升公开质量。")).toBeNull();
  expect(deadlineInText("落实2019年政府工作报告提出的任务。")).toBeNull();
  const plan = parsePlan(
    "某局2019年工作要点\n一、重点任务\n1.2019年6月底前，研究建立评价制度。（办公室牵头）\n2.完善目录。（法规处负责，2019年9月底前完成）",
  ).value;
  expect(plan.items.map((i) => i.deadline)).toEqual([
    { text: "2019年6月底前", date: "2019-06-30" },
    { text: "2019年9月底前完成", date: "2019-09-30" },
  ]);
});
