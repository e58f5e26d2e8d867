/**
 * The real plan: 国家知识产权局2019年政务公开工作要点. Every item's assignments below were written by hand
 * from reading the plan, not generated from the parser's output.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parsePlan } from "../../../src/core/plan/parse";
import { Plan, Role } from "../../../src/core/plan/types";

const SOURCE = join(__dirname, "../../../data/plans/cnipa-2019-zhengwu-gongkai-gongzuo-yaodian.txt");

type Row = [department: string, role: Role, scope: string | null];

const POLICY = "政策牵头起草部门";
const PATENT = "专利受理相关事务";
const TRADEMARK = "商标受理相关事务";
const ONE_NET = "服务事项“一网通办”";

const all = (role: Role, scope: string | null, ...departments: string[]): Row[] =>
  departments.map((d) => [d, role, scope]);

/** Item number -> [section, subsection, assignments]. */
const EXPECTED: Record<number, [number, number, Row[]]> = {
  1: [
    1,
    1,
    [
      [POLICY, "responsible", null],
      ["办公室", "supervise", null],
    ],
  ],
  2: [1, 1, [["办公室", "responsible", null]]],
  3: [1, 2, all("shared", null, POLICY, "办公室", "报社")],
  4: [1, 2, all("shared", null, "办公室", POLICY)],
  5: [1, 2, all("shared", null, "办公室", "条法司", "保护司", "运用促进司", "复审和无效审理部", "商标局")],
  6: [1, 3, [[POLICY, "responsible", null]]],
  7: [2, 4, [[POLICY, "responsible", null]]],
  8: [2, 4, [[POLICY, "responsible", null]]],
  9: [2, 5, [["办公室", "lead", null]]],
  10: [2, 5, [["政策制定部门", "responsible", null]]],
  11: [3, 6, [["公共服务司", "lead", null]]],
  12: [3, 6, [["运用促进司", "responsible", null]]],
  13: [3, 6, [["公共服务司", "lead", null]]],
  14: [3, 6, [["战略规划司", "lead", null]]],
  15: [3, 7, [["战略规划司", "responsible", null]]],
  16: [4, 8, [["办公室", "responsible", null]]],
  17: [4, 8, [["办公室", "responsible", null]]],
  18: [4, 9, [["新媒体开设部门单位", "responsible", null]]],
  19: [4, 9, [["办公室", "lead", null]]],
  20: [4, 10, [["办公室", "responsible", null]]],
  21: [4, 10, [["办公室", "responsible", null]]],
  22: [4, 11, [["各有关部门单位", "shared", null]]],
  23: [
    4,
    11,
    [
      ["审业部", "lead", PATENT],
      ...all(
        "shared",
        PATENT,
        "专利局办公室",
        "初审流程部",
        "文献部",
        "自动化部",
        "复审和无效审理部",
        "检索咨询中心",
      ),
      ["商标局", "responsible", TRADEMARK],
      ["办公室", "lead", ONE_NET],
      ...all(
        "shared",
        ONE_NET,
        "公共服务司",
        "审业部",
        "初审流程部",
        "自动化部",
        "复审和无效审理部",
        "商标局",
      ),
    ],
  ],
  24: [4, 11, [["办公室", "lead", null], ...all("shared", null, "公共服务司", "商标局", "检索咨询中心")]],
  25: [5, 12, [["办公室", "responsible", null]]],
  26: [
    5,
    13,
    [["办公室", "lead", null], ...all("responsible", "新录入人员培训工作", "人事司", "人教部", "商标局")],
  ],
  27: [5, 13, [["办公室", "lead", null]]],
  28: [5, 13, [["办公室", "responsible", null]]],
  29: [5, 13, [["办公室", "responsible", null]]],
  30: [5, 14, [["办公室", "responsible", null]]],
};

describe("国家知识产权局2019年政务公开工作要点", () => {
  const { value: plan, issues }: { value: Plan; issues: unknown[] } = parsePlan(readFileSync(SOURCE, "utf8"));

  it("reads title, issuer and publication date (time dropped)", () => {
    expect(plan.title).toBe("国家知识产权局2019年政务公开工作要点");
    expect(plan.issuer).toBe("国家知识产权局");
    expect(plan.published).toBe("2019-06-12");
    expect(plan.preamble.startsWith("2019年是中华人民共和国成立70周年")).toBe(true);
    expect(plan.preamble.endsWith("发挥积极作用。")).toBe(true);
  });

  it("has no issues: the web-page footer (附件, 链接, 版权, phone, e-mail) is ignored", () => {
    expect(issues).toEqual([]);
  });

  it("has the 5 sections", () => {
    expect(plan.sections).toEqual([
      { no: 1, title: "着眼稳定预期,加强政策解读和回应关切", label: "一" },
      { no: 2, title: "强化权力监督,深入推进决策和执行公开", label: "二" },
      { no: 3, title: "聚焦政策落实,深化重点领域信息公开", label: "三" },
      { no: 4, title: "优化服务功能,加强公开平台建设", label: "四" },
      { no: 5, title: "提升工作质量,完善公开制度规范", label: "五" },
    ]);
  });

  it("has the 14 subsections, numbered across the plan, each linked to its section", () => {
    expect(plan.subsections).toEqual([
      { no: 1, section: 1, title: "深入解读重要政策措施", label: "（一）" },
      { no: 2, section: 1, title: "积极回应社会关切", label: "（二）" },
      { no: 3, section: 1, title: "增强解读回应效果", label: "（三）" },
      { no: 4, section: 2, title: "推进重要决策公开", label: "（四）" },
      { no: 5, section: 2, title: "推进重要部署执行公开", label: "（五）" },
      { no: 6, section: 3, title: "深化“放管服”改革信息公开", label: "（六）" },
      { no: 7, section: 3, title: "细化财政信息公开", label: "（七）" },
      { no: 8, section: 4, title: "推进政府网站优质规范发展", label: "（八）" },
      { no: 9, section: 4, title: "推进政务新媒体健康有序发展", label: "（九）" },
      { no: 10, section: 4, title: "推进政府公报创新发展", label: "（十）" },
      { no: 11, section: 4, title: "加快办事大厅线上线下融合发展", label: "（十一）" },
      { no: 12, section: 5, title: "强化组织领导", label: "（十二）" },
      { no: 13, section: 5, title: "抓好新修订政府信息公开条例的贯彻落实", label: "（十三）" },
      { no: 14, section: 5, title: "加强相关基础工作", label: "（十四）" },
    ]);
  });

  it("has the 30 items, numbered 1..30", () => {
    expect(plan.items.map((i) => i.no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it.each(Object.entries(EXPECTED))("item %s: section, subsection and every assignment", (no, expected) => {
    const [section, subsection, rows] = expected;
    const item = plan.items.find((i) => i.no === Number(no));
    expect(item).toBeDefined();
    expect(item?.section).toBe(section);
    expect(item?.subsection).toBe(subsection);
    expect(item?.assignments.map((a): Row => [a.department, a.role, a.scope])).toEqual(rows);
  });

  it("item text drops the number and the role clause; clause drops its parentheses", () => {
    const first = plan.items[0];
    expect(first.text.startsWith("按照“谁起草谁解读”原则")).toBe(true);
    expect(first.text.endsWith("同步部署。")).toBe(true);
    expect(first.clause).toBe("政策牵头起草部门负责,办公室督促落实");
    expect(plan.items[14].text).toBe("做好财政预决算公开。");
    expect(plan.items[14].clause).toBe("战略规划司负责");
  });

  it("item 22: an earlier parenthesised document number stays in the text; only the last group is the clause", () => {
    const item = plan.items[21];
    expect(item.text).toContain("(国知办发办字〔2017〕42号)要求");
    expect(item.text.endsWith("的工作目标。")).toBe(true);
    expect(item.clause).toBe("各有关部门单位按职责分工负责");
  });

  it("item 23 and item 26: clauses are kept as printed", () => {
    expect(plan.items[22].clause).toBe(
      "专利受理相关事务由审业部牵头负责,专利局办公室、初审流程部、文献部、自动化部、复审和无效审理部、检索咨询中心按职责分工负责;商标受理相关事务由商标局负责;服务事项“一网通办”由办公室牵头负责,公共服务司、审业部、初审流程部、自动化部、复审和无效审理部、商标局按职责分工负责",
    );
    expect(plan.items[25].clause).toBe("办公室牵头负责,人事司、人教部和商标局负责新录入人员培训工作");
  });

  it("lists departments: units in order of first appearance, then placeholders", () => {
    expect(plan.departments).toEqual([
      ...[
        "办公室",
        "报社",
        "条法司",
        "保护司",
        "运用促进司",
        "复审和无效审理部",
        "商标局",
        "公共服务司",
        "战略规划司",
        "审业部",
        "专利局办公室",
        "初审流程部",
        "文献部",
        "自动化部",
        "检索咨询中心",
        "人事司",
        "人教部",
      ].map((name) => ({ name, kind: "unit" })),
      ...[POLICY, "政策制定部门", "新媒体开设部门单位", "各有关部门单位"].map((name) => ({
        name,
        kind: "placeholder",
      })),
    ]);
  });

  it("reads the three requirements of the closing paragraph with their deadlines", () => {
    expect(plan.requirements).toEqual([
      {
        id: "contacts",
        text: "各部门单位要高度重视政务公开工作,本工作要点印发之日起5个工作日内向办公室报送各项具体工作的联系人。",
        who: ["各部门单位"],
        reportTo: "办公室",
        deadline: { kind: "workdays", days: 5, from: "published", date: "2019-06-19" },
      },
      {
        id: "annual-summary",
        text: "各项工作的牵头部门和责任部门应于2020年1月5日前对照本要点书面报送政务公开工作年度总结",
        who: ["牵头部门", "责任部门"],
        reportTo: null,
        deadline: { kind: "date", date: "2020-01-05" },
      },
      {
        id: "progress-briefing",
        text: "办公室负责通报工作要点落实情况。",
        who: ["办公室"],
        reportTo: null,
        deadline: null,
      },
    ]);
  });
});
