/**
 * The forms the third held-out set (corpus h3-) taught, one minimal text each: a table with one cell per line
 * and no separators, a text column named 目标与任务, a 由…会同… sentence, a clause line after a unit whose
 * clause sits mid-text, a label line broken by the page, a label value whose names hold a role word, and the
 * web-page lines that name no one (详见…, a PDF page number, an addressee line).
 */
import { readCellLines } from "../../../src/core/plan/cell-lines";
import { conveneClause } from "../../../src/core/plan/convene";
import { parsePlan } from "../../../src/core/plan/parse";

const items = (text: string): { text: string; pairs: string[]; deadline: string | null }[] =>
  parsePlan(text).value.items.map((i) => ({
    text: i.text.split("\n")[0],
    pairs: i.assignments.map((a) => `${a.department}:${a.role}`),
    deadline: i.deadline?.text ?? null,
  }));

describe("a table with one cell per line and no separators", () => {
  const table = [
    "序号",
    "",
    "民生实事",
    "责任单位",
    "完成时限",
    "1",
    "新建人行天桥。",
    "县住建局",
    "县代建中心",
    "12月底前",
    "2",
    "开工建设养护楼。",
    "县民政局",
    "5月底前动工",
    "开工建设老年大学。",
    "12月底前",
    "分享到:",
  ];

  it("rebuilds the rows: several departments, a time cell, a row merged with the one above", () => {
    expect(readCellLines(table, 0)?.rows).toEqual([
      ["序号", "民生实事", "责任单位", "完成时限"],
      ["1", "新建人行天桥。", "县住建局、县代建中心", "12月底前"],
      ["2", "开工建设养护楼。", "县民政局", "5月底前动工"],
      ["", "开工建设老年大学。", "县民政局", "12月底前"],
    ]);
  });

  it("gives every row a task with its departments and its time", () => {
    expect(items(table.join("\n"))).toEqual([
      {
        text: "新建人行天桥。",
        pairs: ["县住建局:responsible", "县代建中心:responsible"],
        deadline: "12月底前",
      },
      { text: "开工建设养护楼。", pairs: ["县民政局:responsible"], deadline: "5月底前动工" },
      { text: "开工建设老年大学。", pairs: ["县民政局:responsible"], deadline: "12月底前" },
    ]);
  });

  it("is not taken for a table without a department column or a row 1", () => {
    expect(readCellLines(["序号", "工作任务", "完成时限", "1", "做好甲。", "年底前"], 0)).toBeNull();
    expect(readCellLines(["序号", "工作任务", "责任单位", "做好甲。"], 0)).toBeNull();
  });
});

it("reads a `cell |` table whose text column is named 目标与任务 and whose leader column names people", () => {
  const text = [
    "序号 |",
    "目标与任务 |",
    "分 管 县领导 |",
    "牵头责任单位 |",
    "责任单位 |",
    "80 |",
    "做好托育服务。 |",
    "张 三 |",
    "县教育局 |",
    "县各有关单位 |",
  ].join("\n");
  expect(items(text)).toEqual([
    { text: "做好托育服务。", pairs: ["县教育局:lead", "县各有关单位:responsible"], deadline: null },
  ]);
});

describe("由A会同B… as the task's last sentence", () => {
  it("makes A the lead and B (with the placeholder after 等) cooperate", () => {
    expect(items("一、工作分工\n（一）关于“严守红线”的问题，由国土资源部会同农业部等部门负责落实。")).toEqual(
      [
        {
          text: "关于“严守红线”的问题",
          pairs: ["国土资源部:lead", "农业部:cooperate", "部门:cooperate"],
          deadline: null,
        },
      ],
    );
  });

  it("reads traditional characters and keeps the names as written", () => {
    expect(
      conveneClause("關於糧食的問題,由發展改革委會同農業部、財政部研究提出落實意見。")?.reading.assignments,
    ).toEqual([
      { department: "發展改革委", role: "lead", scope: null },
      { department: "農業部", role: "cooperate", scope: null },
      { department: "財政部", role: "cooperate", scope: null },
    ]);
  });

  it("is no clause without 会同, or when what follows 由 is not a unit", () => {
    expect(conveneClause("5年内由市财政给予一次性资助。")).toBeNull();
    expect(conveneClause("由市场主体会同行业协会开展自律。")).toBeNull();
  });
});

it("gives a clause line to the sentence after a unit's mid-text clause, not to the heading above", () => {
  const text =
    "一、任务\n（一）做好甲。(牵头单位:县发改局)做好乙。\n(牵头单位:县财政局)\n（二）做好丙。(牵头单位:县建设局)";
  expect(items(text).map((i) => [i.text, i.pairs])).toEqual([
    ["做好甲。", ["县发改局:lead"]],
    ["做好乙。", ["县财政局:lead"]],
    ["做好丙。", ["县建设局:lead"]],
  ]);
});

it("joins a label line broken by the page to its next line, and skips a PDF page number", () => {
  const text =
    "一、任务\n1.做好甲。\n牵头单位:区委组织部\n协办单位:区委编办、园区党工\n委、各街道党工委\n— — — 3 —\n2.做好乙。\n牵头单位:区民政局";
  expect(items(text).map((i) => i.pairs)).toEqual([
    ["区委组织部:lead", "区委编办:cooperate", "园区党工委:cooperate", "各街道党工委:cooperate"],
    ["区民政局:lead"],
  ]);
});

it("reads a label value whose names hold a role word as names (各项目牵头单位)", () => {
  expect(
    items("1.加强组织领导。（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）")[0].pairs,
  ).toEqual(["市委组织部:lead", "各项目牵头单位:cooperate", "各区:cooperate", "县级市:cooperate"]);
});

it("reads no department from a 详见… line or from a notice's addressee line", () => {
  const text =
    "高新区管委会,各镇人民政府(街道办),县府直属各单位:\n现将要点印发给你们。\n1、做好甲。(省农业厅等负责)\n\n详见三秦网";
  expect(items(text)).toEqual([{ text: "做好甲。", pairs: ["省农业厅:responsible"], deadline: null }]);
});
