/**
 * A table whose cells a page ran together (a Word table as a document-sharing site shows its text): header
 * words glued (序号工作任务责任领导牵头单位配合单位), then each row glued to the next, the site's chunk numbers
 * (`2、`) starting lines and breaking a name (高新 / 2、区). The fixture keeps the form of a district's 2021
 * 重大民生实事项目 table as such a site shows it (h9-zhonglou-minsheng-2021), with rows made in the same form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "../../../src/core/plan/parse";
import { readRunTogetherTable } from "../../../src/core/plan/run-together-table";

const text = readFileSync(join(__dirname, "../../fixtures/plans/forms/run-together-table.txt"), "utf8");

test("rows split at their numbers, a sub-row at its own leader, departments by their endings", () => {
  const { value, issues } = parsePlan(text);
  expect(value.items.map((i) => [i.text, i.assignments.map((a) => `${a.department}:${a.role}`)])).toEqual([
    ["新建公园5个,改造绿道12公里。", ["城管局:lead", "住建局:cooperate", "各镇:cooperate"]],
    ["新增停车位2000个。", ["公安局:lead", "交通局:cooperate", "高新区:cooperate"]],
    ["提升养老服务新建养老中心2个。", ["民政局:lead", "卫健委:cooperate"]],
    ["改造老旧小区30个。", ["住建局:lead", "各街道:cooperate"]],
  ]);
  expect(value.items.slice(0, 3).map((i) => i.label)).toEqual(["1", "2", "3"]);
  expect(value.departments.map((d) => d.name)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/张伟|李明|王芳/)]),
  );
  expect(issues).toEqual([]);
});

test("the rows as a table under the header, the title before it", () => {
  const lines = text.split("\n");
  const read = readRunTogetherTable(lines, 1, (k) => k + 1);
  expect(read?.next).toBe(3);
  expect(read?.blocks).toEqual([
    { kind: "paragraph", text: "某区2022年民生实事项目责任分解表", line: 2 },
    {
      kind: "table",
      line: 2,
      rows: [
        ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"],
        ["1", "新建公园5个,改造绿道12公里。", "张伟", "城管局", "住建局、各镇"],
        ["2", "新增停车位2000个。", "李明", "公安局", "交通局、高新区"],
        ["3", "提升养老服务新建养老中心2个。", "张伟", "民政局", "卫健委"],
        ["", "改造老旧小区30个。", "王芳", "住建局", "各街道"],
      ],
    },
  ]);
});

test("nothing else: a spaced header, a header not followed by row 1, a 序号 in prose", () => {
  for (const line of [
    "序号 工作任务 牵头单位 配合单位",
    "序号工作任务责任领导牵头单位配合单位",
    "序号工作任务牵头单位配合单位一、新建公园。城管局",
    "按序号排列的工作任务由牵头单位1年内完成。",
    "序号工作任务完成时限牵头单位1新建公园。城管局",
  ])
    expect(readRunTogetherTable([line], 0, () => 1)).toBeNull();
});

test("a line numbered 2、 joins the table only when the site numbered the header's chunk", () => {
  const read = readRunTogetherTable(
    ["序号工作任务责任领导牵头单位配合单位1新建公园5个。张伟城管局住建局", "2、健全工作机制。"],
    0,
    (k) => k + 1,
  );
  expect(read?.next).toBe(1);
  expect(read?.blocks).toEqual([
    {
      kind: "table",
      line: 1,
      rows: [
        ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"],
        ["1", "新建公园5个。", "张伟", "城管局", "住建局"],
      ],
    },
  ]);
});
