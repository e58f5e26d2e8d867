/**
 * The forms the fourth held-out set (corpus h4-) taught, one minimal text each: a phrase clause with a note
 * after its full stop, X会同Y负责, a list closed by 等 before 和, generic words beside 和 (有关部门和单位,
 * 中央和…), names ending in 工作部, 按职责分工分别负责 in a label value, a mid-text bracket of 指导, and a note
 * 以下均需X落实 that gives X to every later task of its part.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { splitDepartmentList } from "../../../src/core/plan/departments";
import { parsePlan } from "../../../src/core/plan/parse";

const pairs = (clause: string): string[] =>
  readClause(clause).assignments.map((a) => `${a.department}:${a.role}`);

const items = (text: string): { text: string; pairs: string[] }[] =>
  parsePlan(text).value.items.map((i) => ({
    text: i.text.split("\n")[0],
    pairs: i.assignments.map((a) => `${a.department}:${a.role}`),
  }));

describe("a phrase clause", () => {
  it("reads the names before a full stop; the sentence after it is a note", () => {
    expect(pairs("市人社局、市财政局负责。列第一位者为牵头单位，下同")).toEqual([
      "市人社局:responsible",
      "市财政局:responsible",
    ]);
  });

  it("reads X会同Y负责 as X leading and Y taking part", () => {
    expect(pairs("市发改委会同有关部门负责")).toEqual(["市发改委:lead", "有关部门:cooperate"]);
    expect(pairs("市发改委、市财政局会同有关部门负责")).toEqual([
      "市发改委:lead",
      "市财政局:lead",
      "有关部门:cooperate",
    ]);
  });

  it("reads 按职责分工分别负责 as shared, also as a label's value", () => {
    expect(pairs("责任单位：县政府办公室、县司法局，乡镇人民政府按职责分工分别负责。")).toEqual([
      "县政府办公室:shared",
      "县司法局:shared",
      "乡镇人民政府:shared",
    ]);
  });
});

describe("lists of names", () => {
  it("ends a list at 等 before 和: 市商务局等和各县人民政府", () => {
    expect(splitDepartmentList("市商务局、市农业农村局等和各有关县人民政府")).toEqual([
      "市商务局",
      "市农业农村局",
      "各有关县人民政府",
    ]);
  });

  it("does not split beside a generic word: 有关部门和单位, 中央和国家机关工委", () => {
    expect(splitDepartmentList("市人社局等有关部门和单位")).toEqual(["市人社局", "有关部门和单位"]);
    expect(splitDepartmentList("中央和国家机关工委、教育部")).toEqual(["中央和国家机关工委", "教育部"]);
  });

  it("takes a unit ending in 工作部 for a name", () => {
    expect(splitDepartmentList("招商工作部、政治工作部")).toEqual(["招商工作部", "政治工作部"]);
  });
});

describe("clauses inside a paragraph", () => {
  it("splits a paragraph at a mid-text bracket of 指导", () => {
    const plan = [
      "一、主要任务",
      "（一）强化顶层设计。建立指标体系。（市生态环境局牵头，市统计局参与）",
      "开展绿色设计。推行绿色设计。（市工信局、市商务局指导）推广先进技术装备。（市发改委指导）",
    ].join("\n");
    expect(items(plan)).toEqual([
      { text: "强化顶层设计。建立指标体系。", pairs: ["市生态环境局:lead", "市统计局:cooperate"] },
      { text: "开展绿色设计。推行绿色设计。", pairs: ["市工信局:supervise", "市商务局:supervise"] },
      { text: "推广先进技术装备。", pairs: ["市发改委:supervise"] },
    ]);
  });
});

describe("a note 以下均需X落实，不再列出", () => {
  const plan = [
    "一、主要任务",
    "（一）健全机制。明确职责边界。（市生态环境局指导，各县区政府负责落实。以下均需各县区政府落实，不再列出）",
    "（二）推行绿色生产。推广清洁生产。（市工信局指导）",
    "（三）践行绿色生活。减少一次性用品。（市商务局指导）",
    "二、保障措施",
    "（一）加强组织领导。建立协调机制。（市政府办公室负责）",
  ].join("\n");

  it("gives X to every later task of the same part, not to the next part", () => {
    expect(items(plan).map((i) => i.pairs)).toEqual([
      ["市生态环境局:supervise", "各县区政府:responsible"],
      ["市工信局:supervise", "各县区政府:responsible"],
      ["市商务局:supervise", "各县区政府:responsible"],
      ["市政府办公室:responsible"],
    ]);
  });
});
