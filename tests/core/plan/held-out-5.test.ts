/**
 * The forms the fifth held-out set (corpus h5-) taught, one minimal text each: a ministry's own units as
 * labels (牵头司局： / 参加司局：, also 股室 and 站所, in traditional characters too), and a `a | b |` table whose
 * header names its text columns otherwise (实事项目, 工作举措及实施计划), the second holding numbered steps.
 */
import { readClause } from "../../../src/core/plan/assignments";
import { parsePlan } from "../../../src/core/plan/parse";

const pairs = (clause: string): string[] =>
  readClause(clause).assignments.map((a) => `${a.department}:${a.role}`);

const items = (text: string): { text: string; pairs: string[] }[] =>
  parsePlan(text).value.items.map((i) => ({
    text: i.text,
    pairs: i.assignments.map((a) => `${a.department}:${a.role}`),
  }));

describe("labels naming a ministry's, a bureau's or a town's own units", () => {
  it("reads 牵头司局 as lead and 参加司局 as taking part", () => {
    expect(pairs("牵头司局：高教司；参加司局：社科司、研究生司")).toEqual([
      "高教司:lead",
      "社科司:cooperate",
      "研究生司:cooperate",
    ]);
  });

  it("reads label lines after each task, ASCII colons and traditional characters included", () => {
    const text = [
      "一、工作分工",
      "(一)統籌推進課程育人",
      "1.深入推動思想進教材、進課堂、進頭腦。",
      "牽頭司局:社科司、教材局",
      "參加司局:職成司、巡視辦",
      "2.完善課程設置管理。",
      "牽頭司局:高教司",
      "參加司局:體衛藝司",
    ].join("\n");
    expect(items(text)).toEqual([
      {
        text: "深入推動思想進教材、進課堂、進頭腦。",
        pairs: ["社科司:lead", "教材局:lead", "職成司:cooperate", "巡視辦:cooperate"],
      },
      { text: "完善課程設置管理。", pairs: ["高教司:lead", "體衛藝司:cooperate"] },
    ]);
  });

  it("reads 责任股室 and 配合站所 like any …单位 label", () => {
    expect(pairs("责任股室：办公室；配合站所：农技站、文化站")).toEqual([
      "办公室:responsible",
      "农技站:cooperate",
      "文化站:cooperate",
    ]);
  });
});

describe("a page's table with two text columns", () => {
  const table = [
    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |",
    "1 | 新建成公办幼儿园7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、财政局,锦城街道 |",
    "2 | 新建成婴幼儿照护驿站7家。 | 1.3月底前建成2家。 2.9月底前完成7家。 | 卫生健康局 | 民政局、妇联,各镇(街道) |",
  ].join("\n");

  it("knows the header by its column names and keeps one task per numbered row, its steps appended", () => {
    expect(items(table)).toEqual([
      {
        text: "新建成公办幼儿园7所。 1.4月底前主体完工。 2.8月底前竣工交付。",
        pairs: ["教育局:responsible", "发改局:cooperate", "财政局:cooperate", "锦城街道:cooperate"],
      },
      {
        text: "新建成婴幼儿照护驿站7家。 1.3月底前建成2家。 2.9月底前完成7家。",
        pairs: ["卫生健康局:responsible", "民政局:cooperate", "妇联:cooperate", "各镇(街道):cooperate"],
      },
    ]);
  });
});

describe("a table one cell per line, an extract of a larger one", () => {
  it("reads rows numbered 3, 68, 69 with the part headings between them, a blank line between cells", () => {
    const text = [
      "序号",
      "",
      "重点工作任务",
      "",
      "主要责任单位",
      "",
      "协同配合单位",
      "",
      "一、主要预期目标",
      "",
      "3",
      "",
      "固定资产投资增长7.5%左右。",
      "",
      "区发改委",
      "",
      "区工信局、区住建局,各乡镇人民政府、街道办事处。",
      "",
      "二、扩投资、优服务",
      "",
      "三、惠民生、增福祉",
      "",
      "68",
      "",
      "深化与海亮集团合作。",
      "",
      "区教育局",
      "",
      "区投资促进中心。",
    ].join("\n");
    expect(items(text)).toEqual([
      {
        text: "固定资产投资增长7.5%左右。",
        pairs: [
          "区发改委:responsible",
          "区工信局:cooperate",
          "区住建局:cooperate",
          "各乡镇人民政府:cooperate",
          "街道办事处:cooperate",
        ],
      },
      { text: "深化与海亮集团合作。", pairs: ["区教育局:responsible", "区投资促进中心:cooperate"] },
    ]);
  });
});

describe("a page that runs the plan into one line", () => {
  it("splits it where a part, an item or a label begins, and a leader's 牵头 in a heading names no department", () => {
    const text =
      "各镇人民政府: 《重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 " +
      "一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局、县财政局 " +
      "2.落实党政机关过紧日子的要求,严控“三公”经费和会议费、培训费。 责任单位:县财政局 " +
      "二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,发挥法律顾问作用。 责任单位:县司法局";
    expect(items(text).map((i) => [i.text.slice(0, 8), i.pairs])).toEqual([
      ["全县生产总值增长", ["县发改局:responsible", "县财政局:responsible"]],
      ["落实党政机关过紧", ["县财政局:responsible"]],
      ["坚持县政府常务会", ["县司法局:responsible"]],
    ]);
  });
});

describe("a table whose header cells the page ran together", () => {
  it("knows 实事内容工作任务责任单位进展情况 as a header and reads the row's department cell", () => {
    const text = [
      "实事内容工作任务责任单位进展情况",
      "一季度二季度三季度四季度",
      "启动学校空调、新风系统加装工程,年内完成加装。",
      "",
      "区教育局,各平台、镇街",
      "",
      "完成调查摸底工作,拟定实施方案。",
    ].join("\n");
    expect(items(text)).toEqual([
      {
        text: "启动学校空调、新风系统加装工程,年内完成加装。",
        pairs: ["区教育局:responsible", "各平台:responsible", "镇街:responsible"],
      },
    ]);
  });
});
