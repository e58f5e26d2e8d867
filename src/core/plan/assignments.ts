/**
 * Reading a responsibility clause into assignments: the phrase style (办公室牵头负责,公共服务司、商标局按职责
 * 分工负责; 专利受理相关事务由审业部牵头负责), the label style (牵头单位：市发展改革委；配合单位：市财政局；
 * 完成时限：2021年底前) and a lone list (市发改委、市财政局). Anything not understood is returned as text, for
 * the caller to report: never guessed, never dropped.
 */
import { isOutside, splitOutside } from "./brackets";
import { isDeadlinePart } from "./deadline";
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { isFirstLeadNote } from "./first-lead";
import { LABELS, labelMatches, labelMeaning, namesNoOne, ROLE_PHRASES, ROLE_WORD } from "./roles";
import { simplify } from "./traditional";
import { Assignment, Role } from "./types";

export interface ClauseReading {
  assignments: Assignment[];
  /** Parts of the clause that could not be read, as printed. */
  unknown: string[];
  /** The deadline the clause states, as written (2021年6月底前完成, 长期坚持), else null. */
  deadline: string | null;
  /** Units a note gives every later task (以下均需试点城市政府落实，不再列出): responsible there. */
  carried?: Assignment[];
}

interface PartReading {
  departments: string[];
  role: Role;
  /** Scope introduced by "X由…", or the matter after the role phrase. */
  scope: string | null;
  /** Whether the scope was introduced by 由 (and so extends to the rest of the segment). */
  spansSegment: boolean;
  /** A list without a role word (its role comes from the next part, else 负责). */
  bare?: boolean;
  /** The units after 会同 (A会同B负责: A leads, B cooperates). */
  convened?: string[];
}

/** `original` and its simplified twin (same length): phrases are found in the twin, names cut from the original. */
interface Text {
  original: string;
  plain: string;
}

function text(original: string): Text {
  return { original, plain: simplify(original) };
}

function slice(t: Text, from: number, to?: number): Text {
  return { original: t.original.slice(from, to), plain: t.plain.slice(from, to) };
}

function readDepartmentsAndRole(t: Text, lenient: boolean): Omit<PartReading, "spansSegment"> | null {
  for (let i = 1; i < t.plain.length; i++) {
    const rest = t.plain.slice(i);
    for (const { phrase, role, matter } of ROLE_PHRASES) {
      if (!rest.startsWith(phrase)) continue;
      const after = t.original.slice(i + phrase.length).trim();
      const afterPlain = t.plain.slice(i + phrase.length).trim();
      const okAfter = after === "" || isDeadlinePart(after) || (matter && !ROLE_WORD.test(afterPlain));
      if (!okAfter) continue;
      const scope = after === "" || isDeadlinePart(after) ? null : after;
      const convened = role === "responsible" ? convenedNames(t.original.slice(0, i), lenient) : null;
      if (convened) return { departments: convened.leads, role: "lead", scope, convened: convened.others };
      const departments = splitDepartmentList(t.original.slice(0, i), { labelled: lenient });
      if (departments) return { departments, role, scope };
    }
  }
  return null;
}

/** 国家发展改革委会同有关部门(负责): the units before 会同 convene (lead), those after take part. */
function convenedNames(names: string, lenient: boolean): { leads: string[]; others: string[] } | null {
  const at = simplify(names).indexOf("会同");
  if (at <= 0 || !isOutside(names, at)) return null;
  const leads = splitDepartmentList(names.slice(0, at), { labelled: lenient });
  const others = splitDepartmentList(names.slice(at + 2), { labelled: lenient });
  return leads && others ? { leads, others } : null;
}

function readPart(part: Text, lenient: boolean): PartReading | null {
  const you = part.plain.indexOf("由");
  if (you >= 0) {
    const scope = part.original.slice(0, you).trim();
    const reading = ROLE_WORD.test(part.plain.slice(0, you))
      ? null
      : readDepartmentsAndRole(slice(part, you + 1), lenient);
    if (reading)
      return {
        ...reading,
        scope: scope === "" ? reading.scope : scope,
        spansSegment: scope !== "",
      };
  }
  const reading = readDepartmentsAndRole(part, lenient);
  if (reading) return { ...reading, spansSegment: false };
  // A lone list (市发改委、市财政局): the departments responsible.
  const lone = ROLE_WORD.test(part.plain) ? null : splitDepartmentList(part.original);
  return lone
    ? { departments: lone, role: "responsible", scope: null, spansSegment: false, bare: true }
    : null;
}

class Collector {
  readonly assignments: Assignment[] = [];
  readonly unknown: string[] = [];
  deadline: string | null = null;
  /** Sentences after the names (以下…不再单独列出): kept out of the names, not read. */
  readonly notes: string[] = [];
  private readonly seen = new Set<string>();

  add(department: string, role: Role, scope: string | null): void {
    const key = JSON.stringify([department, role, scope]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.assignments.push({ department, role, scope });
  }

  setDeadline(value: string): void {
    const v = value.trim().replace(/[。;；,，]+$/, "");
    if (v !== "") this.deadline ??= v;
  }

  result(): ClauseReading {
    const carried = this.notes.flatMap(carriedByNote);
    const reading = { assignments: this.assignments, unknown: this.unknown, deadline: this.deadline };
    return carried.length > 0 ? { ...reading, carried } : reading;
  }
}

/** A note 以下（各项）均需X（负责）落实，不再（单独）列出: X is responsible for every task after it. */
const CARRIED = /^以下[^，,。；;]{0,12}?均(?:需|由|要)(.+?)(?:负责|抓好|牵头)?落实(?:[，,]|$)/;

function carriedByNote(note: string): Assignment[] {
  const m = CARRIED.exec(simplify(note.trim()));
  if (!m) return [];
  const at = simplify(note.trim()).indexOf(m[1]);
  const names = splitDepartmentList(note.trim().slice(at, at + m[1].length));
  return (names ?? []).map((department) => ({ department, role: "responsible" as const, scope: null }));
}

function readPhrases(clause: Text, out: Collector, lenient = false): void {
  let offset = 0;
  for (const segmentText of splitOutside(clause.original, ";；")) {
    const segment = slice(clause, offset, offset + segmentText.length);
    offset += segmentText.length + 1;
    let partOffset = 0;
    const parts: Text[] = [];
    for (const partText of splitOutside(segment.original, ",，")) {
      const raw = slice(segment, partOffset, partOffset + partText.length);
      partOffset += partText.length + 1;
      const trimmedStart = raw.original.length - raw.original.trimStart().length;
      const body = raw.original.trim().replace(/[。.]+$/, "");
      if (body !== "") parts.push(slice(raw, trimmedStart, trimmedStart + body.length));
    }
    // The document's rule (…负责，排在第一位的部门为牵头部门，下同): a note to the end of the segment, not names.
    const rule = parts.findIndex((p) => isFirstLeadNote(p.original));
    if (rule >= 0) out.notes.push(...parts.splice(rule).map((p) => p.original));
    const readings = parts.map((part) => ({
      part,
      reading: isDeadlinePart(part.original) ? null : readPart(part, lenient),
    }));
    const segmentScope = readings.find((r) => r.reading?.spansSegment)?.reading?.scope ?? null;
    // A bare list before a phrased part shares its role: 区财政局、区交运局等部门，区国投公司配合 → all 配合.
    for (let k = readings.length - 2; k >= 0; k--) {
      const here = readings[k].reading;
      const next = readings[k + 1].reading;
      if (here?.bare && next) readings[k].reading = { ...here, role: next.role, bare: next.bare };
    }
    const otherLead = readings.some((r) => r.reading?.role === "lead" && !r.reading.convened);
    for (const { part, reading } of readings) {
      if (isDeadlinePart(part.original)) {
        out.setDeadline(part.original);
        continue;
      }
      if (!reading) {
        out.unknown.push(part.original);
        continue;
      }
      // A会同B负责 beside another lead (甲负总责，A会同B负责): A and B are simply responsible.
      const convened = reading.convened && !otherLead ? reading.convened : null;
      const role = reading.convened && !convened ? "responsible" : reading.role;
      for (const department of [
        ...reading.departments,
        ...(reading.convened && !convened ? reading.convened : []),
      ])
        out.add(department, role, reading.scope ?? segmentScope);
      for (const department of convened ?? [])
        out.add(department, "cooperate", reading.scope ?? segmentScope);
    }
  }
}

/** 以下统称X, 以下简称X, 下称X, 统称X: a note naming what came before, not one more department. */
const NAMING_NOTE = /^(?:(?:以下|下文)(?:统称|简称|称|合称)|统称|简称|合称)/;

/** A会B between two names (宣传处会办公室): the 会 of 会同, after a unit's name and not starting 会议, 会计 …. */
const SHORT_CONVENE = /^(.+?[处室科局厅])会(?![同议商签计展务员])/;

function readLabels(clause: Text, starts: RegExpExecArray[], out: Collector): void {
  const before = clause.original.slice(0, starts[0].index).replace(/[\s;；,，。]+$/, "");
  if (before.trim() !== "") readPhrases(text(before), out);
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : clause.original.length;
    const value = clause.original
      .slice(m.index + m[0].length, end)
      .trim()
      .replace(/^[:：\s]+/, "")
      .replace(/[\s;；,，。]+$/, "");
    const meaning = LABELS.find((l) => l.label === m[1])?.meaning ?? labelMeaning(m[1]) ?? "responsible";
    if (namesNoOne(meaning)) return;
    if (meaning === "deadline") {
      out.setDeadline(value);
      return;
    }
    // What follows a full stop is a note (以下政策措施均需…落实,不再单独列出), not more names.
    const stop = value.search(/[。]/);
    const names0 = stop > 0 ? value.slice(0, stop) : value;
    if (stop > 0) out.notes.push(value.slice(stop + 1));
    if (names0 === "" || /^(?:无|\/|—+|-+)$/.test(names0)) return;
    // A value may itself be phrased (区发改局牵头，各镇配合): read it as a clause when it has role words —
    // unless every part is a name that merely holds one (配合单位：各项目牵头单位，各区).
    const allNames = splitOutside(names0, ",，").every(
      (p) => isDeadlinePart(p) || splitDepartmentList(p) !== null,
    );
    if (ROLE_WORD.test(simplify(names0)) && !allNames) {
      const inner = new Collector();
      readPhrases(text(names0), inner, true);
      if (inner.assignments.length > 0) {
        for (const a of inner.assignments) out.add(a.department, a.role, a.scope);
        out.unknown.push(...inner.unknown);
        if (inner.deadline) out.setDeadline(inner.deadline);
        return;
      }
    }
    // 宣传处会办公室 (Guangdong's short 会同: A会B): A convenes (lead), B takes part (cooperate).
    const short = meaning === "responsible" ? SHORT_CONVENE.exec(simplify(names0)) : null;
    const leads = short ? splitDepartmentList(names0.slice(0, short[1].length)) : null;
    const others = short ? splitDepartmentList(names0.slice(short[1].length + 1)) : null;
    if (leads && others) {
      for (const name of leads) out.add(name, "lead", null);
      for (const name of others) out.add(name, "cooperate", null);
      return;
    }
    // A naming note among the names (…，以下统称各县(区)政府，…; 以下简称市发改委) names no one new.
    const parts = splitOutside(names0, ",，").filter((p) => !NAMING_NOTE.test(p.trim()));
    const deadlines = parts.filter((p) => isDeadlinePart(p));
    for (const d of deadlines) out.setDeadline(d);
    const listed = splitDepartmentList(parts.filter((p) => !isDeadlinePart(p)).join("，"), {
      labelled: true,
    });
    // A "name" with a space inside that is no department (各区政府 鄞州 海曙) is the list running on.
    const runsOn = listed?.some((n) => /[\s\u3000]/.test(n) && !looksLikeDepartment(n)) ?? false;
    const names = runsOn ? null : listed;
    // Else the names may be followed, after a space, by what is not the clause's (a table of figures the page
    // ran on: 各区政府 鄞州 海曙 … 合计 新辟线路年度目标 2 5 …): the names before it, when they read whole.
    const before = names ? null : namesBeforeSpace(parts.filter((p) => !isDeadlinePart(p)).join("，"));
    for (const name of names ?? before ?? []) out.add(name, meaning, null);
    if (!names && !before) out.unknown.push(names0);
  });
}

/** `A、B,C 后面的文字…` → [A, B, C] when the text up to the first space is a list of departments only. */
function namesBeforeSpace(value: string): string[] | null {
  const at = value.search(/[\s\u3000]/);
  if (at <= 0) return null;
  const names = splitDepartmentList(value.slice(0, at), { labelled: true });
  return names && names.every(looksLikeDepartment) ? names : null;
}

/**
 * Reads a whole clause. A scope introduced by "X由" applies to every part of its ;-segment that has no scope
 * of its own (专利受理相关事务由审业部牵头负责,专利局办公室…按职责分工负责).
 */
export function readClause(clause: string): ClauseReading {
  const t = text(clause);
  const out = new Collector();
  const starts = labelMatches(t.plain);
  if (starts.length > 0) readLabels(t, starts, out);
  else {
    // As after a label: what follows a full stop is a note (列第一位者为牵头单位，下同), not more names.
    const stop = splitOutside(clause, "。")[0].length;
    const rest = clause.slice(stop + 1).trim();
    if (stop < clause.length && rest !== "") out.notes.push(rest);
    readPhrases(stop < clause.length && rest !== "" ? slice(t, 0, stop) : t, out);
  }
  return out.result();
}

/** Whether the text reads as a responsibility clause: at least one assignment (or a labelled deadline). */
export function isClause(reading: ClauseReading): boolean {
  return reading.assignments.length > 0;
}
