/**
 * Forms held-out set 9 showed, one minimal text each: labels in the middle of one long line, among them a
 * person's (项目责任人：) and a progress note's (实际完成情况：), which end the clause before them and name no one;
 * a label's names followed, after a space, by a table of figures the page ran on; a notice's list of its
 * attachments (附件：1. …分解表 / 2. …分解表), which names documents, not tasks.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { attachmentListLine } from "../../../src/core/plan/attachment-list";
import { parsePlan } from "../../../src/core/plan/parse";
import { labelMeaning } from "../../../src/core/plan/roles";

const pairs = (text: string) => readClause(text).assignments.map((a) => `${a.department}:${a.role}`);

test("项目责任人 and 实际完成情况 end the clause before them and name no one", () => {
  expect(labelMeaning("项目责任人")).toBe("person");
  expect(labelMeaning("实际完成情况")).toBe("note");
  const clause =
    "牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装,以及外场线路铺设等工作已完成年度目标任务的55%";
  expect(pairs(clause)).toEqual(["市公安局:responsible", "市城管局:cooperate", "市财政局:cooperate"]);
  expect(readClause(clause).unknown).toEqual([]);
});

test("names followed by a run-on table of figures: the names", () => {
  expect(
    pairs(
      "责任单位:市交通委 配合单位:市公安局、市城管局,各区政府 鄞州 海曙、江东 合计 新辟线路年度目标 2 5 1 10",
    ),
  ).toEqual(["市交通委:responsible", "市公安局:cooperate", "市城管局:cooperate", "各区政府:cooperate"]);
});

test("a notice's attachment list is no task", () => {
  expect(attachmentListLine("附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表", false)).toBe(true);
  expect(attachmentListLine("2. 2022年区政府工作报告重点工作任务分解表", true)).toBe(true);
  expect(attachmentListLine("2. 2022年区政府工作报告重点工作任务分解表", false)).toBe(false);
  expect(attachmentListLine("2.制定实施细则，明确分工。", true)).toBe(false);
  const text = [
    "某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知",
    "附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表",
    "2. 2022年区政府工作报告重点工作任务分解表",
    "某区人民政府办公室",
    "一、重点任务",
    "1.加快推进重大项目建设。(牵头单位:区发展改革委)",
    "2.深化营商环境改革。(牵头单位:区市场监管局)",
  ].join("\n");
  const { value } = parsePlan(text);
  expect(value.items.map((i) => [i.label, i.assignments.map((a) => a.department)])).toEqual([
    ["一1", ["区发展改革委"]],
    ["一2", ["区市场监管局"]],
  ]);
});
