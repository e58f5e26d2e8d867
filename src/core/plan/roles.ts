/**
 * The role words of the genre, in one place: the phrases a clause ends in (牵头负责, 按职责分工负责, 配合 …)
 * and the labels a clause starts with (牵头单位：, 配合单位：, 完成时限：).
 */
import { Role } from "./types";

export interface RolePhrase {
  phrase: string;
  role: Role;
  /** Whether a matter may follow the phrase (负责新录入人员培训工作). */
  matter: boolean;
}

/** Longest first, so that 牵头负责 wins over 牵头 and 按职责分工负责 over 负责. */
export const ROLE_PHRASES: readonly RolePhrase[] = (
  [
    ["按照职责分工负责", "shared", true],
    ["按职责分工负责", "shared", true],
    ["按照职责分工分别负责", "shared", true],
    ["按职责分工分别负责", "shared", true],
    ["按照职责分工落实", "shared", false],
    ["按职责分工落实", "shared", false],
    ["按职责分工抓好落实", "shared", false],
    ["按照职责分工抓好落实", "shared", false],
    ["按职责做好", "shared", true],
    ["根据职责分工负责", "shared", true],
    ["负总责", "lead", false],
    ["主责", "lead", false],
    ["主抓", "lead", false],
    ["参加", "cooperate", false],
    ["承办", "responsible", false],
    ["分别落实", "responsible", false],
    ["共同落实", "responsible", false],
    ["共同推进", "responsible", false],
    ["根据职责分别负责", "shared", false],
    ["按职能分工负责", "shared", true],
    ["按职责分别负责", "shared", true],
    ["按职责负责", "shared", true],
    ["依职责负责", "shared", true],
    ["分工负责", "shared", true],
    ["各负其责", "shared", false],
    ["分别牵头落实", "lead", false],
    ["分别牵头负责", "lead", true],
    ["分别牵头", "lead", false],
    ["牵头落实", "lead", false],
    ["牵头负责", "lead", true],
    ["牵头推进", "lead", false],
    ["牵头抓总", "lead", false],
    ["共同牵头", "lead", false],
    ["牵头", "lead", false],
    ["督促落实", "supervise", false],
    ["督促指导", "supervise", false],
    ["督导", "supervise", false],
    ["督促", "supervise", false],
    ["指导", "supervise", false],
    ["配合做好", "cooperate", true],
    ["配合落实", "cooperate", false],
    ["配合推进", "cooperate", false],
    ["共同配合", "cooperate", false],
    ["参与", "cooperate", false],
    ["协助", "cooperate", false],
    ["协办", "cooperate", false],
    ["配合", "cooperate", false],
    ["负责落实", "responsible", false],
    ["分别负责", "responsible", true],
    ["具体负责", "responsible", true],
    ["共同负责", "responsible", true],
    ["抓好落实", "responsible", false],
    ["负责", "responsible", true],
    ["落实", "responsible", false],
  ] as const
)
  .map(([phrase, role, matter]) => ({ phrase, role, matter }))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** A matter must not itself hold a role word (that would mean we split at the wrong place). */
export const ROLE_WORD = /负责|负总责|牵头|配合|督促|分工|参与|参加|协助|主责|承办/;

/**
 * person: a leader or official named by name (责任领导：张三, 责任人：李四), never a department; note: what a
 * progress report adds (实际完成情况：…), no one's role either.
 */
export type LabelMeaning = Role | "deadline" | "person" | "note";

/** A label whose value names no department: a person (责任领导：张三) or a note on progress (实际完成情况：…). */
export const namesNoOne = (meaning: LabelMeaning | null | undefined): meaning is "person" | "note" =>
  meaning === "person" || meaning === "note";

/** Labels of the label style (牵头单位：A；配合单位：B；完成时限：2021年底前). */
export const LABELS: readonly { label: string; meaning: LabelMeaning }[] = (
  [
    ["牵头单位", "lead"],
    ["牵头部门", "lead"],
    ["牵头处室", "lead"],
    ["牵头科室", "lead"],
    ["牵头司局", "lead"],
    ["主责单位", "lead"],
    ["主责部门", "lead"],
    ["主办单位", "lead"],
    ["责任单位", "responsible"],
    ["责任部门", "responsible"],
    ["责任处室", "responsible"],
    ["责任科室", "responsible"],
    ["责任司局", "responsible"],
    ["责任主体", "responsible"],
    ["落实单位", "responsible"],
    ["落实部门", "responsible"],
    ["承办单位", "responsible"],
    ["实施单位", "responsible"],
    ["完成单位", "responsible"],
    ["配合单位", "cooperate"],
    ["配合部门", "cooperate"],
    ["配合处室", "cooperate"],
    ["协办单位", "cooperate"],
    ["协助单位", "cooperate"],
    ["参与单位", "cooperate"],
    ["参加单位", "cooperate"],
    ["参加司局", "cooperate"],
    ["配合司局", "cooperate"],
    ["督办单位", "supervise"],
    ["指导单位", "supervise"],
    ["完成时限", "deadline"],
    ["完成时间", "deadline"],
    ["时间节点", "deadline"],
    ["时限要求", "deadline"],
    ["办结时限", "deadline"],
    ["责任时限", "deadline"],
    ["完成期限", "deadline"],
    ["办理时限", "deadline"],
    ["截止时间", "deadline"],
    ["进度安排", "deadline"],
    ["部门分工", "responsible"],
    ["责任分工", "responsible"],
    ["职责分工", "responsible"],
    ["责任领导", "person"],
    ["牵头领导", "person"],
    ["分管领导", "person"],
    ["分管省领导", "person"],
    ["分管市领导", "person"],
    ["分管区领导", "person"],
    ["分管县领导", "person"],
    ["联系领导", "person"],
    ["牵头市领导", "person"],
    ["责任人", "person"],
    ["具体责任人", "person"],
    ["联系人", "person"],
    ["经办人", "person"],
    ["实际完成情况", "note"],
    ["完成情况", "note"],
    ["进展情况", "note"],
    ["工作进展", "note"],
    ["推进情况", "note"],
    ["负责人", "person"],
  ] as const
).map(([label, meaning]) => ({ label, meaning }));

/**
 * Any other "…单位：" / "…部门：" (数据提供单位：, 牵头负责部门：) is a label too; labelMeaning reads it. A
 * ministry names its own units 司局 (牵头司局：, 参加司局：), a county bureau its 股室, a town its 站所.
 */
const GENERIC_LABEL =
  "(?!发文|发布|印发|制发|成文|来源|网站|信息来源)[\\u4e00-\\u9fa5]{1,6}?(?:单位|部门|处室|科室|司局|股室|站所)";
/** 项目责任人：, 具体负责人： — a person, named with what they answer for. */
const GENERIC_PERSON = "(?:项目|具体|工作|主要)(?:责任人|负责人|联系人)";
const LABEL_ALTERNATION = [...LABELS.map((l) => l.label), GENERIC_PERSON, GENERIC_LABEL].join("|");
/** A label followed by its colon, e.g. 牵头单位： (on simplified text). */
export const LABEL_RE = new RegExp(`(${LABEL_ALTERNATION})\\s*[:：]`, "g");

/** Words of a placeholder that addresses units (各有关单位, 省直有关部门, 直属各单位): no role in them. */
const ADDRESSEE = /各|有关|相关|直属|所属|其他/;
const ROLE_IN_LABEL = /牵头|责任|配合|协办|协助|参与|参加|落实|承办|主办|主责|提供|协同|支持|督办|指导|完成/;

/**
 * Whether the label matched at `at` is an addressee (…，省政府各部门、各直属机构，有关单位： 《…》已经省政府同意): the
 * whole word before the colon is a placeholder naming the units a notice is sent to, not a role.
 */
function isAddressee(plain: string, at: number, label: string): boolean {
  if (LABELS.some((l) => l.label === label)) return false;
  let from = at;
  while (from > 0 && /[\u4e00-\u9fa5]/.test(plain[from - 1])) from -= 1;
  const word = plain.slice(from, at + label.length);
  return ADDRESSEE.test(word) && !ROLE_IN_LABEL.test(word);
}

/** The labels of `plain` (simplified text) that start a clause: LABEL_RE's matches but addressees. */
export function labelMatches(plain: string): RegExpExecArray[] {
  return ([...plain.matchAll(LABEL_RE)] as RegExpExecArray[]).filter(
    (m) => !isAddressee(plain, m.index ?? 0, m[1]),
  );
}

/** Whether `plain` (simplified text) holds a label (an addressee is none). */
export function hasLabel(plain: string): boolean {
  return labelMatches(plain).length > 0;
}

/** The meaning of a table header or label (牵头单位 → lead, 完成时限 → deadline), or null. */
export function labelMeaning(text: string): LabelMeaning | null {
  const t = text.replace(/[\s\u3000:：]/g, "");
  const exact = LABELS.find((l) => l.label === t);
  if (exact) return exact.meaning;
  if (/领导|责任人|联系人|负责人|经办人/.test(t)) return "person";
  if (/牵头|主责|主办/.test(t)) return "lead";
  if (/配合|协办|协助|参与|参加|提供|支持|协同/.test(t)) return "cooperate";
  if (/督办|督导|督促|指导/.test(t)) return "supervise";
  if (/时限|时间|进度/.test(t)) return "deadline";
  if (/责任|落实单位|承办|主体|单位|部门|处室|科室|司局|股室|站所/.test(t)) return "responsible";
  return null;
}
