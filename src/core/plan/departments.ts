/** What a department name looks like, whether it names a unit or a placeholder, and how lists of them split. */
import { OPENERS, CLOSERS, splitOutside } from "./brackets";
import { simplify } from "./traditional";
import { Department, DepartmentKind } from "./types";

/** Endings of organisations and groups of them (司, 局, 人民政府, 各区, 专班, 支行, 功能区 …). */
const ORG_ENDING =
  /(?:室|司|局|部|处|厅|中心|社|会|所|院|组|委|办|科|队|站|馆|校|公司|集团|署|部门|单位|府|街道|镇|乡|区|县|市|省|州|旗|盟|行|联|班|处室|机构|企业|法院|海关|党委|党组|团委|系统|股|场|厂|台|报|网|军分区|武警|支队|大队|中队|办事处|园|片区|新区|协|中央|兵团|村|镇街)$/;
/** Words that end phrases of prose, never a name (社会, 城市 …). */
const NOT_AN_ORG_ENDING =
  /(?:社会|机会|城市|地区的|都市|工作会|全部|内部|外部|局部|大部|开会|学会|体会|领会|意见办)$/;
/** Words that belong to role clauses, never at the end of a department's name. */
const ROLE_WORD_AT_END = /(?:牵头|负责|配合|督促|落实|分工|参与|参加|协助|指导|督导|协办|承办|主责)$/;
const NOT_IN_NAME = /[,，;；:：。!！?？\s]/;
const MAX_NAME = 40;

/** The name with a trailing bracketed group removed (各镇（街道） → 各镇), for the ending test. */
function withoutTrailingGroup(name: string): string {
  if (!CLOSERS.includes(name[name.length - 1] ?? "")) return name;
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    if (CLOSERS.includes(name[i])) depth += 1;
    else if (OPENERS.includes(name[i])) {
      depth -= 1;
      if (depth === 0) return name.slice(0, i);
    }
  }
  return name;
}

/** Whether `name` can be read as an organisation or a group of them (政策牵头起草部门 yes, 复审 or 政策 no). */
export function looksLikeDepartment(name: string): boolean {
  const core = simplify(withoutTrailingGroup(name));
  // 各地, 各区, 各县: a group of units, however short.
  if (/^各[^各由]{1,2}$/.test(core) && !ROLE_WORD_AT_END.test(core) && !NOT_IN_NAME.test(core)) return true;
  return (
    [...core].length >= 2 &&
    [...name].length <= MAX_NAME &&
    !NOT_IN_NAME.test(name) &&
    !ROLE_WORD_AT_END.test(core) &&
    !core.includes("由") &&
    ORG_ENDING.test(core) &&
    !NOT_AN_ORG_ENDING.test(core)
  );
}

/** A role rather than a unit: 各有关部门单位, 政策牵头起草部门, 各区, 县级市, 市直各单位 … */
export function departmentKind(name: string): DepartmentKind {
  return /^(?:各|有关|相关|其他|其它|县级市)/.test(name) ||
    /(?:部门|单位)$/.test(name) ||
    /(?:有关|相关|各)(?:部门|单位|处室|科室)/.test(name)
    ? "placeholder"
    : "unit";
}

const LIST_SEPARATORS = "、，,/／";
const JOINS = /以及|会同|和|及|与/g;
const LEADING = /^(?:由|请|会同|联合|协调)/;
/**
 * 区司法局等有关部门 → 区司法局 + 有关部门; 市民政局等 → 市民政局; 省市场监管局等部门(单位) → 省市场监管局 +
 * 部门(单位) (the placeholder may name its alternative in brackets).
 */
const ET_CETERA = /^(.+?)等(?:其他)?(\S*?(?:部门|单位|处室|科室)(?:[(（](?:部门|单位|处室|科室)[)）])?)?$/;
/** A note in brackets after a name ((列第一位者为牵头单位,下同)): not part of the name. */
const NOTE = /[(（][^()（）]*(?:下同|为|者|负责|牵头|以下)[^()（）]*[)）]$/;

export interface ListOptions {
  /**
   * A label (牵头单位：…) says these are names: every part is taken, whether or not it looks like one
   * (the reader still reports the odd ones). Without a label, a part that does not look like a name makes
   * the whole list unreadable.
   */
  labelled?: boolean;
}

/** A generic word alone (单位 in 有关部门和单位, 中央 in 中央和国家机关工委) names no one: no split beside it. */
const GENERIC_ALONE = /^(?:单位|部门|处室|科室|机构|企业|组织|中央|地方)$/;

function splitJoin(part: string): string[] {
  const joins = [...part.matchAll(JOINS)].reverse();
  for (const m of joins) {
    const at = m.index ?? 0;
    // 商务部等和各有关省级人民政府: an 等 closing the left list before 和 ends it.
    const left = part.slice(0, at).replace(/等$/, "");
    const right = part.slice(at + m[0].length);
    if (GENERIC_ALONE.test(simplify(right)) || GENERIC_ALONE.test(simplify(left))) continue;
    if (looksLikeDepartment(left) && looksLikeDepartment(right)) return [...splitJoin(left), right];
  }
  return [part];
}

function expandEtCetera(part: string): string[] {
  // Matched on the simplified twin (農業部等部門 too), cut from the text as written.
  const m = ET_CETERA.exec(simplify(part));
  if (!m || !looksLikeDepartment(m[1])) return [part];
  const first = part.slice(0, m[1].length);
  return m[2] ? [first, part.slice(part.length - m[2].length)] : [first];
}

/**
 * Splits a list of departments written as 甲、乙和丙 (or 甲，乙 after a label). A 和/及/与 splits only where
 * both sides read as names, so 复审和无效审理部 and 价格监督检查和反不正当竞争处 stay whole. Returns null when
 * a part does not read as a name (unless the list is labelled).
 */
/** 各县、市、区政府: levels listed before one 政府 are one name, not three. */
const LEVELS_OF_GOVERNMENT =
  /(?:各)?[省市县区州旗乡镇](?:、[省市县区州旗乡镇])+(?:人民)?(?:政府|党委|管委会)/g;
/** A stand-in for a 、 that must not split (a private-use character, never in a plan). */
const KEEP = "\ue000";

export function splitDepartmentList(text: string, options: ListOptions = {}): string[] | null {
  const separators = options.labelled ? LIST_SEPARATORS + "；;" : "、";
  const names: string[] = [];
  const protectedText = text.replace(LEVELS_OF_GOVERNMENT, (m) => m.split("、").join(KEEP));
  for (const kept of splitOutside(protectedText, separators)) {
    const raw = kept.split(KEEP).join("、");
    const part = raw
      .trim()
      .replace(NOTE, "")
      .replace(/[。.]+$/, "")
      .replace(LEADING, "")
      .trim();
    if (part === "") {
      if (options.labelled) continue;
      return null;
    }
    for (const joined of splitJoin(part)) names.push(...expandEtCetera(joined));
  }
  if (names.length === 0) return null;
  if (options.labelled)
    return names.every((n) => [...n].length <= MAX_NAME && !/[。!！?？]/.test(n)) ? names : null;
  return names.every(looksLikeDepartment) ? names : null;
}

/** Units first in order of first appearance, then placeholders in order of first appearance. */
export function orderDepartments(namesInOrder: readonly string[]): Department[] {
  const seen = new Set<string>();
  const all: Department[] = [];
  for (const name of namesInOrder) {
    if (seen.has(name)) continue;
    seen.add(name);
    all.push({ name, kind: departmentKind(name) });
  }
  return [...all.filter((d) => d.kind === "unit"), ...all.filter((d) => d.kind === "placeholder")];
}
