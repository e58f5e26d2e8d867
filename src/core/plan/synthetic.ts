/**
 * synthesizePlan: a deterministic, realistic plan of any size (for benches and scale tests): sections of
 * subsections of items, 1–4 assignments per item drawn from ~20 departments, some scoped.
 */
import { chineseNumeral } from "./numerals";
import { Assignment, Department, Item, Plan, Role, Section, Subsection } from "./types";

const UNITS = [
  "办公室",
  "条法司",
  "战略规划司",
  "保护司",
  "运用促进司",
  "公共服务司",
  "人事司",
  "国际合作司",
  "机关党委",
  "商标局",
  "审业部",
  "初审流程部",
  "文献部",
  "自动化部",
  "复审和无效审理部",
  "检索咨询中心",
  "人教部",
  "报社",
];
const PLACEHOLDERS = ["政策牵头起草部门", "各有关部门单位"];

const VERBS = ["加强", "完善", "推进", "深化", "落实", "健全", "规范", "优化", "强化", "做好"];
const OBJECTS = [
  "政策解读",
  "政务舆情回应",
  "决策预公开",
  "执行公开",
  "信息公开目录",
  "政府网站集约化",
  "政务新媒体管理",
  "政府公报发行",
  "办事大厅一站式服务",
  "咨询服务热线",
  "依申请公开办理",
  "统计信息发布",
  "财政预决算公开",
  "行政复议和应诉",
  "专利代理监管",
  "证明事项清理",
  "公开工作培训",
  "年度报告编制",
];
const TAILS = [
  "，做到及时准确、规范有序",
  "，切实增强群众获得感",
  "，提升公开质量和实效",
  "，确保公开的政府信息底数清晰",
  "，推动解决实际问题",
  "，形成工作闭环",
  "，并将相关情况向社会公开",
];
const SCOPES = ["专利相关事务", "商标相关事务", "新录用人员培训工作", "服务事项“一网通办”", "数据开放工作"];

export function synthesizePlan(n: number, seed = 1): Plan {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const sections: Section[] = [];
  const subsections: Subsection[] = [];
  const items: Item[] = [];
  let itemNo = 0;
  while (itemNo < n) {
    const section = sections.length + 1;
    sections.push({
      no: section,
      title: `${pick(VERBS)}${pick(OBJECTS)}，${pick(VERBS)}${pick(OBJECTS)}`,
      label: chineseNumeral(section),
    });
    const subCount = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < subCount && itemNo < n; s++) {
      const sub = subsections.length + 1;
      subsections.push({
        no: sub,
        section,
        title: `${pick(VERBS)}${pick(OBJECTS)}`,
        label: `（${chineseNumeral(sub)}）`,
      });
      const count = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < count && itemNo < n; k++) {
        itemNo++;
        items.push(makeItem(itemNo, section, sub, rand, pick));
      }
    }
  }
  const named = new Set(items.flatMap((i) => i.assignments.map((a) => a.department)));
  const departments: Department[] = [
    ...UNITS.filter((d) => named.has(d)).map((name) => ({ name, kind: "unit" as const })),
    ...PLACEHOLDERS.filter((d) => named.has(d)).map((name) => ({ name, kind: "placeholder" as const })),
  ];
  return {
    title: `合成测试${n}项工作要点`,
    issuer: "合成测试局",
    published: "2019-06-12",
    preamble: "（合成计划，用于性能与规模测试。）",
    sections,
    subsections,
    items,
    departments,
    requirements: [
      {
        id: "contacts",
        text: "各部门单位本工作要点印发之日起5个工作日内向办公室报送各项具体工作的联系人。",
        who: ["各部门单位"],
        reportTo: "办公室",
        deadline: { kind: "workdays", days: 5, from: "published", date: "2019-06-19" },
      },
      {
        id: "annual-summary",
        text: "各项工作的牵头部门和责任部门应于2020年1月5日前书面报送年度总结",
        who: ["牵头部门", "责任部门"],
        reportTo: null,
        deadline: { kind: "date", date: "2020-01-05" },
      },
    ],
  };
}

function makeItem(
  no: number,
  section: number,
  subsection: number,
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
): Item {
  const sentences = 1 + Math.floor(rand() * 4);
  const text = Array.from({ length: sentences }, () => `${pick(VERBS)}${pick(OBJECTS)}${pick(TAILS)}。`).join(
    "",
  );
  const count = 1 + Math.floor(rand() * 4);
  const pool = [...UNITS, ...PLACEHOLDERS];
  const chosen: string[] = [];
  while (chosen.length < count) {
    const d = pick(pool);
    if (!chosen.includes(d)) chosen.push(d);
  }
  const assignments: Assignment[] = chosen.map((department, i) => {
    const role: Role =
      i === 0 ? (rand() < 0.5 ? "lead" : "responsible") : rand() < 0.15 ? "supervise" : "shared";
    return { department, role, scope: rand() < 0.12 ? pick(SCOPES) : null };
  });
  if (count >= 3 && rand() < 0.1) {
    assignments.push({ department: chosen[1], role: "cooperate", scope: pick(SCOPES) });
  }
  return {
    no,
    section,
    subsection,
    text,
    clause: clauseText(assignments),
    assignments,
    label: String(no),
    deadline: null,
  };
}

const CLAUSE_WORDS: Record<Role, string> = {
  lead: "牵头负责",
  responsible: "负责",
  shared: "按职责分工负责",
  supervise: "督促落实",
  cooperate: "配合",
};

function clauseText(assignments: Assignment[]): string {
  return assignments
    .map((a) => `${a.scope ? `${a.scope}由` : ""}${a.department}${CLAUSE_WORDS[a.role]}`)
    .join("，");
}

/** Small fast deterministic PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
