/**
 * The document's outline: paragraphs become nodes (a numbered unit 一、/（一）/1./（1）/①, or an unnumbered
 * paragraph), text that continues a unit is appended to it, and clause lines (牵头单位：…, a line that is only
 * a list of departments) are attached to the unit above. Which kind of numbering is which level is learnt
 * from the order of first appearance, as a reader does.
 */
import { ClauseReading, readClause } from "./assignments";
import { findClauses, FoundClause } from "./clauses";
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { Marker, MarkerKind, readMarker } from "./markers";
import { LABEL_RE, labelMeaning, LabelMeaning, namesNoOne } from "./roles";
import { simplify } from "./traditional";

export interface Paragraph {
  text: string;
  /** 1-based line (or paragraph) in the source. */
  line: number;
  /** A label Word's automatic numbering gives the paragraph (rendered: 一、 （一） 1.), if any. */
  numbering?: string;
}

export interface OutlineNode {
  marker: Marker | null;
  /** 0 for the outermost kind of numbering; unnumbered paragraphs are deepest. */
  level: number;
  line: number;
  text: string;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** Clauses written on lines of their own after the unit (牵头单位：…), with their meaning when a header said. */
  lineClauses: { text: string; reading: ClauseReading; line: number }[];
  /** A second task of the same unit (a paragraph with its own clause after the unit's clause). */
  continues: OutlineNode | null;
}

export const UNNUMBERED = 1000;

const LEVEL_ORDER: readonly MarkerKind[] = ["cn", "paren-cn", "num", "paren-num", "num-paren", "circled"];

const HEADER_WORD =
  /^(?:序号|编号|工作任务|任务|重点任务|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|工作目标|类别|项目|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时间节点|时限要求|备注|落实单位|责任领导|分管领导)$/;
/** One cell of a table header, for a header whose cells a page ran together (实事内容工作任务责任单位进展情况). */
const HEADER_CELL_WORD =
  "(?:序号|编号|[\\u4e00-\\u9fa5]{0,4}?(?:任务|内容|措施|要求|事项|目标|举措|项目)|[\\u4e00-\\u9fa5]{0,4}?(?:单位|部门|处室|科室)|完成时限|完成时间|时限要求|时间节点|进展情况|完成情况|工作进展|[一二三四]季度|备注)";
const RUN_TOGETHER_HEADER = new RegExp(`^${HEADER_CELL_WORD}{2,}$`);
/** The department columns of such a header, in order (责任单位 …). */
const HEADER_UNIT_WORD = /[\u4e00-\u9fa5]{0,4}?(?:单位|部门|处室|科室)/g;

/**
 * The column meanings of a header whose cells a page ran together into one line, or null when the line is
 * not one: only header words, at least two, and a department column among them unless it is a row of
 * quarters (一季度二季度三季度四季度) under such a header.
 */
function runTogetherHeader(text: string): LabelMeaning[] | null {
  if (!RUN_TOGETHER_HEADER.test(text) || [...text].length > 40) return null;
  if (/^(?:[一二三四]季度)+$/.test(text)) return [];
  const units = text.match(HEADER_UNIT_WORD) ?? [];
  if (units.length === 0) return null;
  return units.map((u) => labelMeaning(u)).filter((m): m is LabelMeaning => m !== null && m !== "deadline");
}
const TABLE_JUNK = /^[|｜\s]*$/;
const DATE_ONLY =
  /^[0-9０-９〇零一二三四五六七八九十]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日$/;

export interface Outline {
  roots: OutlineNode[];
  /** Nodes in document order. */
  nodes: OutlineNode[];
  /** Department-column meanings of a table whose cells came out one per line (牵头单位, 配合单位 …). */
  columnMeanings: LabelMeaning[];
}

function startsWithLabel(text: string): boolean {
  const m = new RegExp(LABEL_RE.source).exec(simplify(text));
  return m !== null && m.index === 0;
}

/** A paragraph that is only departments (各科室; 办公室牵头,各科室配合): a table cell or a clause line. */
function departmentLine(text: string): ClauseReading | null {
  if (/[。!！?？:：]/.test(text) || [...text].length > 60) return null;
  const listed = splitDepartmentList(text.replace(/[;；]$/, ""), { labelled: true });
  // Names split on commas as well (区教育局,各平台、镇街), each one a name.
  const names = listed?.every(looksLikeDepartment) ? listed : null;
  if (names)
    return {
      assignments: names.map((d) => ({ department: d, role: "responsible", scope: null })),
      unknown: [],
      deadline: null,
    };
  const reading = readClause(text);
  return reading.assignments.length > 0 && reading.unknown.length === 0 ? reading : null;
}

/** A paragraph that is one bracketed clause and nothing else: （责任单位：…）. */
function clauseOnly(text: string): FoundClause | null {
  const found = findClauses(text, false);
  const only = found.length === 1 ? found[0] : null;
  return only &&
    only.reading.assignments.length > 0 &&
    text.slice(0, only.start).trim() === "" &&
    /^[\s。.;；]*$/.test(text.slice(only.end))
    ? only
    : null;
}

function hasOwnClause(node: OutlineNode): boolean {
  return findClauses(node.text, true).some((c) => c.reading.assignments.length > 0);
}

/**
 * The unit's last label line completed by `text`, when the page broke it: the label line was the paragraph
 * just before, ends without punctuation, and `text` is short, no label, no list of its own, and completes
 * the list (more names, nothing unread).
 */
function wrappedLabel(
  node: OutlineNode,
  previous: Paragraph | undefined,
  text: string,
): OutlineNode["lineClauses"][number] | null {
  const last = node.lineClauses[node.lineClauses.length - 1];
  if (!last || !previous || previous.line !== last.line || !startsWithLabel(last.text)) return null;
  if (/[。；;，,、:：]$/.test(last.text) || /[。:：]/.test(text) || [...text].length > 40) return null;
  if (startsWithLabel(text) || departmentLine(text) !== null) return null;
  const joined = `${last.text}${text}`;
  const reading = readClause(joined);
  return reading.unknown.length === 0 && reading.assignments.length > last.reading.assignments.length
    ? { text: joined, reading, line: last.line }
    : null;
}

function closed(node: OutlineNode): boolean {
  if (node.lineClauses.length > 0) return true;
  const clauses = findClauses(node.text, node.marker !== null);
  const last = clauses[clauses.length - 1];
  return last !== undefined && /^[\s\u3000。.;；,，]*$/.test(node.text.slice(last.end));
}

/** Joins a continuation: a heading (short, no end punctuation) keeps its own line; a wrapped line joins. */
function join(text: string, more: string, headingLine: boolean): string {
  if (text === "") return more;
  // A line broken by the page is long (a PDF line holds ~35 characters); a heading is short.
  return headingLine && !/[。；;：:，,、]$/.test(text) && [...text].length <= 25
    ? `${text}\n${more}`
    : text + more;
}

function applyMeanings(reading: ClauseReading, meaning: LabelMeaning | undefined): ClauseReading {
  if (!meaning || meaning === "deadline" || namesNoOne(meaning)) return reading;
  // A bare list under a 牵头单位 / 配合单位 column takes the column's role.
  return {
    ...reading,
    assignments: reading.assignments.map((a) => (a.role === "responsible" ? { ...a, role: meaning } : a)),
  };
}

export function buildOutline(paragraphs: readonly Paragraph[]): Outline {
  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const columnMeanings: LabelMeaning[] = [];
  let headerSeen = false;
  let current: OutlineNode | null = null;
  /** The numbering seen so far per kind, to accept an ambiguous 1.2023年… only where it is expected. */
  const lastNo = new Map<MarkerKind, number>();
  /** Whether the current unit was just started by its heading line (so the next paragraph is its body). */
  let headingLine = false;

  // The standard order of official documents (GB/T 9704): 一、 above （一） above 1. above （1） …
  const levelOf = (kind: MarkerKind): number => LEVEL_ORDER.indexOf(kind);
  const markerParent = (level: number): OutlineNode | null => {
    let p = current;
    while (p && (p.marker === null || p.level >= level)) p = p.parent;
    return p;
  };
  const add = (node: OutlineNode): void => {
    if (node.parent) node.parent.children.push(node);
    else roots.push(node);
    nodes.push(node);
    current = node;
  };

  paragraphs.forEach((p, index) => {
    const text = p.text;
    if (TABLE_JUNK.test(text)) return;
    const plainText = simplify(text);
    const meaning = HEADER_WORD.test(plainText) ? labelMeaning(plainText) : null;
    if (HEADER_WORD.test(plainText)) {
      headerSeen = true;
      if (meaning && meaning !== "deadline" && !namesNoOne(meaning) && !/序号|任务|内容|要求|措施/.test(text))
        columnMeanings.push(meaning);
      return;
    }
    const runTogether = readMarker(text) ? null : runTogetherHeader(plainText);
    if (runTogether && (runTogether.length > 0 || headerSeen)) {
      // The rows that follow are the table's, not a continuation of the text above it.
      headerSeen = true;
      columnMeanings.push(...runTogether.filter((m) => !namesNoOne(m)));
      current = null;
      return;
    }
    let marker = readMarker(p.numbering ? `${p.numbering}${text}` : text);
    if (marker?.ambiguous && marker.no !== (lastNo.get(marker.kind) ?? 0) + 1 && marker.no !== 1)
      marker = null;
    const node: OutlineNode | null = current;
    if (!marker && node) {
      const cur: OutlineNode = node;
      // A clause on a line of its own: 牵头单位：…, or (after a table header, or under a numbered unit) a list.
      const next = paragraphs[index + 1]?.text ?? "";
      const lone = startsWithLabel(text) ? null : departmentLine(text);
      const signature = lone !== null && DATE_ONLY.test(next.trim());
      // A label line broken by the page (协办单位：…、园区党工 / 委、各街道党工委): the line completes it.
      const wrapped = wrappedLabel(cur, paragraphs[index - 1], text);
      if (wrapped) {
        cur.lineClauses[cur.lineClauses.length - 1] = wrapped;
        return;
      }
      if (startsWithLabel(text) || (lone && !signature && (headerSeen || cur.marker !== null))) {
        const k = cur.lineClauses.length;
        const reading = lone ? applyMeanings(lone, columnMeanings[k]) : readClause(text);
        cur.lineClauses.push({ text, reading, line: p.line });
        return;
      }
      // A line that is only a bracketed clause, after sub-items without clauses of their own ((1)…(4) then
      // (责任单位：…)): it closes the unit above them.
      const only = clauseOnly(text);
      // The unit has a clause of its own and a sentence after it (…公开。(牵头单位:甲)乙…公开。): the line
      // closes that sentence, a second task of the unit.
      if (only && cur.marker !== null && !closed(cur) && hasOwnClause(cur)) {
        cur.text = `${cur.text}${text}`;
        return;
      }
      if (only && cur.marker !== null && !closed(cur)) {
        const parent = cur.parent;
        const owner =
          parent && parent.marker !== null && parent.children.every((c) => !closed(c)) ? parent : cur;
        owner.lineClauses.push({ text: only.text, reading: only.reading, line: p.line });
        current = owner;
        return;
      }
      if (!closed(cur)) {
        cur.text = join(cur.text, text, headingLine);
        headingLine = false;
        return;
      }
      if (findClauses(text, false).some((c) => c.reading.assignments.length > 0) && cur.marker !== null) {
        // Another task of the same unit, written as a paragraph of its own with its own clause.
        const sibling: OutlineNode = {
          ...cur,
          text,
          line: p.line,
          children: [],
          lineClauses: [],
          continues: cur,
        };
        add(sibling);
        headingLine = false;
        return;
      }
    }
    if (marker) {
      const level = levelOf(marker.kind);
      lastNo.set(marker.kind, marker.no);
      add({
        marker,
        level,
        line: p.line,
        text: marker.rest,
        parent: markerParent(level),
        children: [],
        lineClauses: [],
        continues: null,
      });
      headingLine = true;
      return;
    }
    // Unnumbered text after a finished unit is not part of it: it sits beside it (and is a task only if it
    // carries a clause of its own).
    const here: OutlineNode | null = current;
    add({
      marker: null,
      level: UNNUMBERED,
      line: p.line,
      text,
      parent: here ? (closed(here) ? here.parent : here) : null,
      children: [],
      lineClauses: [],
      continues: null,
    });
    headingLine = false;
  });
  return { roots, nodes, columnMeanings };
}
