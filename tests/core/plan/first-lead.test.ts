/**
 * A plan's own rule that the first-listed unit leads (列第一位者为牵头单位，下同; 排在第一位的部门为牵头部门;
 * 首位单位为牵头单位; 第一责任单位为牵头单位; 排名第一的为牵头部门; （以下各项工作中，列在首位的为牵头单位，下同）):
 * where the document states it, a list of units given the plain role has its first unit lead; explicit roles,
 * a single unit and documents that do not state it are left as written.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { firstLeadStatement } from "../../../src/core/plan/first-lead";
import { parsePlan } from "../../../src/core/plan/parse";

const pairs = (text: string): string[][] =>
  parsePlan(text).value.items.map((i) => i.assignments.map((a) => `${a.department}:${a.role}`));

const doubts = (text: string): string[] =>
  parsePlan(`就业工作任务分工\n${text}`).issues.map((i) => `${i.kind} ${i.text}`);

describe("the statement", () => {
  it.each([
    "列第一位者为牵头单位，下同",
    "排在第一位的部门为牵头部门，下同",
    "首位单位为牵头单位,下同",
    "第一个单位为牵头单位",
    "排名第一的为牵头部门",
    "排名第一位为牵头单位,下同",
    "第一责任单位为牵头单位,下同",
    "除标注“分别牵头”外,列第一位为牵头或汇总单位,下同",
    "列第一位者为工作牵头单位或汇总单位,下同",
    "以下各项工作中，列在首位的为牵头单位，下同",
    "列第一位者為牽頭單位，下同",
  ])("is found in %s", (text) => {
    expect(firstLeadStatement(text)).not.toBeNull();
  });

  it.each([
    "市发改委、市财政局负责",
    "把就业摆在第一位，市人社局牵头",
    "主要负责同志为第一责任人",
    "第一次会议由市发改委牵头召开",
  ])("is not found in %s", (text) => {
    expect(firstLeadStatement(text)).toBeNull();
  });

  it("says whether it holds onwards and what the others are", () => {
    expect(firstLeadStatement("列第一位者为牵头单位，下同")).toMatchObject({
      onward: true,
      others: "responsible",
    });
    expect(firstLeadStatement("列第一位的为牵头单位，其他为配合单位")).toMatchObject({
      onward: false,
      others: "cooperate",
    });
    expect(firstLeadStatement("排在首位的为牵头单位，其余单位为参与单位，下同")?.others).toBe("cooperate");
  });

  it("is a note in a phrase clause, not names and not a doubt", () => {
    expect(readClause("税务总局、财政部负责，排在第一位的部门为牵头部门，下同")).toMatchObject({
      assignments: [
        { department: "税务总局", role: "responsible" },
        { department: "财政部", role: "responsible" },
      ],
      unknown: [],
    });
    expect(readClause("市教育局,市委农办,排名第一位为牵头单位,下同").unknown).toEqual([]);
  });
});

describe("a document that states it in its first clause (下同)", () => {
  const plan = [
    "一、重点任务",
    "（一）稳就业。落实稳岗返还。（市人社局、市财政局负责。列第一位者为牵头单位，下同）",
    "（二）促创业。加大贷款贴息。（市财政局、市人社局、人行市中心支行负责）",
    "（三）保基本。落实失业保险待遇。（市人社局负责）",
    "（四）强培训。开展职业技能培训。（市人社局牵头，市教育局配合）",
    "（五）优服务。提升公共就业服务。（市人社局、市民政局按职责分工负责）",
    "（六）抓落实。逐项抓好落实。（市人社局、市财政局分别负责）",
  ].join("\n");

  it("makes the first of a plain list lead, the others responsible", () => {
    expect(pairs(plan).slice(0, 2)).toEqual([
      ["市人社局:lead", "市财政局:responsible"],
      ["市财政局:lead", "市人社局:responsible", "人行市中心支行:responsible"],
    ]);
  });

  it("leaves a single unit, explicit roles, shared and 分别负责 as written", () => {
    expect(pairs(plan).slice(2)).toEqual([
      ["市人社局:responsible"],
      ["市人社局:lead", "市教育局:cooperate"],
      ["市人社局:shared", "市民政局:shared"],
      ["市人社局:responsible", "市财政局:responsible"],
    ]);
  });

  it("reports no doubt for the statement", () => {
    expect(doubts(plan)).toEqual([]);
  });
});

describe("a document that does not state it", () => {
  it("keeps every listed unit responsible", () => {
    const plan = [
      "一、重点任务",
      "（一）稳就业。落实稳岗返还。（市人社局、市财政局负责）",
      "（二）促创业。加大贷款贴息。",
      "责任单位：市财政局、市人社局",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["市人社局:responsible", "市财政局:responsible"],
      ["市财政局:responsible", "市人社局:responsible"],
    ]);
  });
});

describe("where it holds", () => {
  it("from the clause that states it onwards, not before (下同)", () => {
    const plan = [
      "1.生产总值增长6%。",
      "责任单位:市发改委、市统计局",
      "2.固定资产投资增长10%。",
      "责任单位:市发改委、市经信局(列第一位为牵头或汇总单位,下同)",
      "3.社会消费品零售总额增长5%。",
      "责任单位:市商务局、市发改委",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["市发改委:responsible", "市统计局:responsible"],
      ["市发改委:lead", "市经信局:responsible"],
      ["市商务局:lead", "市发改委:responsible"],
    ]);
  });

  it("only in its own clause when it does not say 下同", () => {
    const plan = [
      "（一）稳就业。落实稳岗返还。（市人社局、市财政局负责，列第一位者为牵头单位）",
      "（二）促创业。加大贷款贴息。（市财政局、市人社局负责）",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["市人社局:lead", "市财政局:responsible"],
      ["市财政局:responsible", "市人社局:responsible"],
    ]);
  });

  it("over the whole document when a paragraph or a footnote states it", () => {
    const plan = [
      "2024年就业工作任务分工",
      "一、重点任务",
      "（一）稳就业。落实稳岗返还。（市人社局、市财政局负责）",
      "（二）促创业。加大贷款贴息。（市财政局、市人社局负责）",
      "注：各项任务中列第一位的单位为牵头单位，其他为配合单位。",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["市人社局:lead", "市财政局:cooperate"],
      ["市财政局:lead", "市人社局:cooperate"],
    ]);
  });

  it("from a heading's note (以下…) onwards, the heading staying a heading", () => {
    const plan = [
      "一、工作目标",
      "（一）就业目标。城镇新增就业5万人。（市人社局、市统计局负责）",
      "二、重点任务（以下各项工作中，列在首位的为牵头单位，下同）",
      "（一）稳就业。落实稳岗返还。（市人社局、市财政局负责）",
      "（二）促创业。加大贷款贴息。（市财政局、市人社局负责）",
    ].join("\n");
    expect(parsePlan(plan).value.items.map((i) => i.label)).toEqual(["一（一）", "二（一）", "二（二）"]);
    expect(pairs(plan)).toEqual([
      ["市人社局:responsible", "市统计局:responsible"],
      ["市人社局:lead", "市财政局:responsible"],
      ["市财政局:lead", "市人社局:responsible"],
    ]);
    expect(doubts(plan)).toEqual([]);
  });

  it("for each sub-unit given a heading's clause", () => {
    const plan = [
      "一、重点任务",
      "（一）稳就业（市人社局、市财政局负责，列第一位者为牵头单位）",
      "1.落实稳岗返还。",
      "2.扩大见习补贴。",
      "3.加大贷款贴息。（市财政局、市人社局负责）",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["市人社局:lead", "市财政局:responsible"],
      ["市人社局:lead", "市财政局:responsible"],
      ["市财政局:responsible", "市人社局:responsible"],
    ]);
  });

  it("in a label value whose note follows the first name (首位单位为牵头单位)", () => {
    const plan = [
      "1.全县生产总值增长7.5%左右。",
      "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局",
      "2.落实过紧日子要求。",
      "责任单位:县财政局",
    ].join("\n");
    expect(pairs(plan)).toEqual([
      ["县发改局:lead", "县财政局:responsible", "县税务局:responsible"],
      ["县财政局:responsible"],
    ]);
  });
});
