/**
 * The forms the sixth held-out set (corpus h6-) taught, one minimal text each: a notice's addressee line
 * that runs on into the notice (…，有关单位： 《…》已经省政府同意) names no one, and `X等部门(单位)` gives X and
 * the placeholder 部门(单位), as `X等有关部门` gives X and 有关部门; a table one cell per line with no 序号 column
 * (考评项目 / 具体内容 / 考评标准 / 责任科室) has a row per department cell that closes it.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { splitDepartmentList } from "../../../src/core/plan/departments";
import { parsePlan } from "../../../src/core/plan/parse";
import { hasLabel } from "../../../src/core/plan/roles";

const items = (text: string): { text: string; pairs: string[] }[] =>
  parsePlan(text).value.items.map((i) => ({
    text: i.text,
    pairs: i.assignments.map((a) => `${a.department}:${a.role}`),
  }));

describe("an addressee placeholder before a colon", () => {
  it("is not a label: 有关单位：, 市府直属各单位：, 各有关部门：", () => {
    expect(hasLabel("各市(州)人民政府,省政府各部门、各直属机构,有关单位: 《要点》已经省政府同意")).toBe(
      false,
    );
    expect(hasLabel("各镇人民政府(街道办事处),市府直属各单位:")).toBe(false);
    expect(hasLabel("各有关部门：")).toBe(false);
  });

  it("keeps role labels that hold such words: 各责任单位：, 有关配合单位：, 牵头单位：", () => {
    expect(hasLabel("各责任单位：市财政局")).toBe(true);
    expect(hasLabel("有关配合单位：市财政局")).toBe(true);
    expect(hasLabel("牵头单位：市发改委")).toBe(true);
  });

  it("gives no task to a notice whose addressee line runs on into its text", () => {
    const text = [
      "四川省人民政府办公厅关于印发2020年工作要点的通知",
      "各市(州)人民政府,省政府各部门、各直属机构,有关单位: 《2020年工作要点》已经省政府同意,现印发给你们,请认真组织实施。 四川省人民政府办公厅 2020年3月30日",
      "一、持续深化行政审批制度改革",
      "(一)完善权责清单制度。及时调整权责清单。〔省委编办牵头,省直有关部门(单位)及各市(州)人民政府按职责分工负责〕",
      "(二)精简行政许可事项。再取消下放一批事项。〔省政府办公厅牵头,各市(州)人民政府按职责分工负责〕",
    ].join("\n");
    expect(items(text)).toEqual([
      {
        text: "完善权责清单制度。及时调整权责清单。",
        pairs: ["省委编办:lead", "省直有关部门(单位):shared", "各市(州)人民政府:shared"],
      },
      {
        text: "精简行政许可事项。再取消下放一批事项。",
        pairs: ["省政府办公厅:lead", "各市(州)人民政府:shared"],
      },
    ]);
  });
});

describe("X等部门(单位)", () => {
  it("gives X and the placeholder with its bracketed alternative", () => {
    expect(splitDepartmentList("交通运输厅、省市场监管局等部门(单位)")).toEqual([
      "交通运输厅",
      "省市场监管局",
      "部门(单位)",
    ]);
    expect(splitDepartmentList("市民政局等有关部门")).toEqual(["市民政局", "有关部门"]);
  });

  it("reads a 〔〕 clause with it, the note after the full stop naming no one here", () => {
    expect(
      readClause(
        "省发展改革委(省数据局)、省市场监管局等部门(单位)和各市(州)人民政府按职责分工负责。以下均需各市(州)人民政府落实,不再列出",
      ).assignments.map((a) => `${a.department}:${a.role}`),
    ).toEqual([
      "省发展改革委(省数据局):shared",
      "省市场监管局:shared",
      "部门(单位):shared",
      "各市(州)人民政府:shared",
    ]);
  });
});

describe("责任领导 beside 牵头单位 in one bracket", () => {
  it("skips the leader (a person) and reads the lead", () => {
    expect(
      readClause("责任领导:洪金虎;牵头单位:市发改局").assignments.map((a) => `${a.department}:${a.role}`),
    ).toEqual(["市发改局:lead"]);
  });
});

describe("a table one cell per line with no 序号 column", () => {
  const table = [
    "考评项目",
    "",
    "具体内容",
    "",
    "考评标准",
    "",
    "责任科室",
    "",
    "强化组织领导",
    "",
    "(5分)",
    "",
    "1.专题研究部署清廉机关建设,2分。未研究的,扣1分。",
    "",
    "2.细化责任分工并督办落实,2分。",
    "",
    "机关纪委",
    "",
    "一、突出政治引领(25分)",
    "",
    "1.持续深化理论武装(8分)",
    "",
    "1.把党章党规党纪作为理论学习中心组的重要内容,2分。",
    "",
    "机关党委",
  ].join("\n");

  it("ends each row at the department cell that closes it, its numbered standards part of its task", () => {
    expect(items(table)).toEqual([
      {
        text: "强化组织领导 (5分) 1.专题研究部署清廉机关建设,2分。未研究的,扣1分。 2.细化责任分工并督办落实,2分。",
        pairs: ["机关纪委:responsible"],
      },
      {
        text: "持续深化理论武装(8分) 1.把党章党规党纪作为理论学习中心组的重要内容,2分。",
        pairs: ["机关党委:responsible"],
      },
    ]);
  });

  it("leaves a header with more columns after its departments (完成时限, 备注) to the other readers", () => {
    const other = ["任务", "责任单位", "完成时限", "备注", "1.加强财税支持", "市财政局", "2020年12月"].join(
      "\n",
    );
    expect(items(other).map((i) => i.pairs)).toEqual([["市财政局:responsible"]]);
  });
});
