/**
 * The forms of the genre named in issue 9, one small text each (the corpus has them in real documents), and a
 * property: a plan written in any of the three house styles (clause in brackets, labels on lines of their
 * own, a task table) reads back to the same tasks and (department, role) pairs.
 */
import fc from "fast-check";
import { abbreviates } from "../../../src/core/plan/aliases";
import { parsePlan } from "../../../src/core/plan/parse";
import { Role } from "../../../src/core/plan/types";

const pairs = (text: string): string[][] =>
  parsePlan(text).value.items.map((i) => i.assignments.map((a) => `${a.department}:${a.role}`));

describe("the genre's forms", () => {
  it.each([
    [
      "label clause in brackets",
      "一、任务\n1.做好公开。（牵头单位：市发展改革委；配合单位：市委组织部、市财政局）",
      [["市发展改革委:lead", "市委组织部:cooperate", "市财政局:cooperate"]],
    ],
    [
      "labels on lines of their own",
      "一、任务\n（一）做好公开。\n牵头单位：区发改局\n责任单位：各镇（街道）",
      [["区发改局:lead", "各镇（街道）:responsible"]],
    ],
    [
      "several tasks in one paragraph",
      "一、任务\n（一）做好甲。（市财政局负责）做好乙。（市审计局负责）",
      [["市财政局:responsible"], ["市审计局:responsible"]],
    ],
    [
      "roles 负责落实 / 分别牵头落实 / 参与 / 督促落实",
      "1.做好甲。（市商务局负责落实，市工商联参与，市政府办公室督促落实）\n2.做好乙。（市发改委、市财政局分别牵头落实）",
      [
        ["市商务局:responsible", "市工商联:cooperate", "市政府办公室:supervise"],
        ["市发改委:lead", "市财政局:lead"],
      ],
    ],
    [
      "names the old test rejected",
      "1.做好甲。（各县（市、区）人民政府、人民银行某某市中心支行、各专班、某某经济开发区按职责分工负责）",
      [
        [
          "各县（市、区）人民政府:shared",
          "人民银行某某市中心支行:shared",
          "各专班:shared",
          "某某经济开发区:shared",
        ],
      ],
    ],
    [
      "X等有关部门",
      "1.做好甲。（区司法局等有关部门负责）",
      [["区司法局:responsible", "有关部门:responsible"]],
    ],
    [
      "names holding role words or 和",
      "1.做好甲。（政策文件牵头起草部门、价格监督检查和反不正当竞争处负责）",
      [["政策文件牵头起草部门:responsible", "价格监督检查和反不正当竞争处:responsible"]],
    ],
    [
      "〔〕 and 【】 clauses",
      "1.做好甲。〔责任单位：市统计局〕\n2.做好乙。【牵头单位：市民政局】",
      [["市统计局:responsible"], ["市民政局:lead"]],
    ],
    [
      "traditional characters",
      "1.做好甲。（市財政局牽頭負責，市稅務局配合）",
      [["市財政局:lead", "市稅務局:cooperate"]],
    ],
    [
      "item text starting with a number",
      "1.2023年底前完成甲。（市财政局负责）\n2.121人才项目。（市人社局负责）",
      [["市财政局:responsible"], ["市人社局:responsible"]],
    ],
    [
      "a goal without a clause is still a task",
      "一、任务\n1.做好甲。（市财政局负责）\n2.努力实现增长。",
      [["市财政局:responsible"], []],
    ],
  ])("%s", (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it("reads a deadline inside a clause, with the document's year", () => {
    const { value } = parsePlan(
      "某市2021年工作要点\n1.做好甲。（市商务局牵头，6月底前完成）\n2.做好乙。（市财政局负责，长期坚持）",
    );
    expect(value.items.map((i) => i.deadline)).toEqual([
      { text: "6月底前完成", date: "2021-06-30" },
      { text: "长期坚持", date: null },
    ]);
  });

  it("keeps the document's own label beside a running 序号, numbering restarting per section", () => {
    const { value } = parsePlan("一、甲\n1.做好甲。（办公室负责）\n二、乙\n1.做好乙。（办公室负责）");
    expect(value.items.map((i) => [i.no, i.label])).toEqual([
      [1, "一1"],
      [2, "二1"],
    ]);
  });

  it("takes the issuer from the signature when the title's prefix is not an organisation", () => {
    const { value } = parsePlan(
      "深化“放管服”改革优化营商环境2021年工作要点\n某某市人民政府办公室\n2021年6月7日\n1.做好甲。（办公室负责）",
    );
    expect([value.issuer, value.published]).toEqual(["某某市人民政府办公室", "2021-06-07"]);
  });

  it("reports probable aliases, never merging them", () => {
    const { value, issues } = parsePlan("1.做好甲。（市发展改革委负责）\n2.做好乙。（市发改委负责）");
    expect(value.departments.map((d) => d.name)).toEqual(["市发展改革委", "市发改委"]);
    expect(issues.filter((i) => i.kind === "department").map((i) => i.text)).toEqual([
      "市发改委 / 市发展改革委",
    ]);
    expect(abbreviates("办公室", "办公厅")).toBe(false);
  });
});

const UNITS = [
  "市发展改革委",
  "市财政局",
  "市教育局",
  "市民政局",
  "市统计局",
  "各县（市、区）人民政府",
  "市政府办公室",
];
const ROLE_WORDS: Record<"lead" | "responsible" | "cooperate", { phrase: string; label: string }> = {
  lead: { phrase: "牵头", label: "牵头单位" },
  responsible: { phrase: "负责", label: "责任单位" },
  cooperate: { phrase: "配合", label: "配合单位" },
};

const task = fc.record({
  text: fc.constantFrom("做好政策解读", "加强网站建设", "推进数据开放", "完善公开目录", "强化舆情回应"),
  roles: fc.uniqueArray(
    fc.constantFrom<"lead" | "responsible" | "cooperate">("lead", "responsible", "cooperate"),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  names: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 3, maxLength: 6 }),
});

type Task = { text: string; roles: ("lead" | "responsible" | "cooperate")[]; names: string[] };

function groups(t: Task): [Role, string[]][] {
  const per = Math.max(1, Math.floor(t.names.length / t.roles.length));
  return t.roles.map((r, i) => [
    r,
    t.names.slice(i * per, i === t.roles.length - 1 ? undefined : (i + 1) * per),
  ]);
}

function write(style: number, tasks: Task[]): string {
  const lines = ["某市2024年政务公开工作要点", "一、重点任务"];
  tasks.forEach((t, k) => {
    const g = groups(t).filter(([, names]) => names.length > 0);
    if (style === 0)
      lines.push(
        `${k + 1}.${t.text}第${k + 1}项。（${g.map(([r, n]) => `${n.join("、")}${ROLE_WORDS[r as "lead"].phrase}`).join("，")}）`,
      );
    else if (style === 1) {
      lines.push(`${k + 1}.${t.text}第${k + 1}项。`);
      for (const [r, n] of g) lines.push(`${ROLE_WORDS[r as "lead"].label}：${n.join("、")}`);
    }
  });
  if (style === 2) {
    lines.push(`序号 | 工作任务 | 牵头单位 | 责任单位 | 配合单位 |`);
    tasks.forEach((t, k) => {
      const by = new Map(groups(t));
      const cell = (r: Role): string => (by.get(r) ?? []).join("、");
      lines.push(
        `${k + 1} | ${t.text}第${k + 1}项 | ${cell("lead")} | ${cell("responsible")} | ${cell("cooperate")} |`,
      );
    });
  }
  return lines.join("\n");
}

it("reads every task and pair back, whichever house style the plan is written in", () => {
  fc.assert(
    fc.property(
      fc.array(task, { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 2 }),
      (tasks, style) => {
        const { value } = parsePlan(write(style, tasks));
        expect(value.items.map((i) => i.text.replace(/。$/, ""))).toEqual(
          tasks.map((t, k) => `${t.text}第${k + 1}项`),
        );
        expect(value.items.map((i) => i.assignments.map((a) => [a.department, a.role]).sort())).toEqual(
          tasks.map((t) =>
            groups(t)
              .flatMap(([r, names]) => names.map((n) => [n, r]))
              .sort(),
          ),
        );
      },
    ),
    { numRuns: 200 },
  );
});

it("reads 负总责, 会同, 参加 and names such as 市科协, 共青团中央, 新疆生产建设兵团", () => {
  expect(
    pairs(
      "1.做好甲。（市政府办公室负总责，市发改委会同市财政局负责，市科协、共青团中央、新疆生产建设兵团参加）",
    ),
  ).toEqual([
    [
      "市政府办公室:lead",
      "市发改委:responsible",
      "市财政局:responsible",
      "市科协:cooperate",
      "共青团中央:cooperate",
      "新疆生产建设兵团:cooperate",
    ],
  ]);
});
