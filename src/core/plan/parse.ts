/**
 * parsePlan: a work plan (工作要点, 任务分工方案, 实施方案 …) → Plan, with every doubt reported as a PlanIssue.
 * Never all-or-nothing: every task becomes an item; a task whose responsibility could not be read has no
 * assignments and an issue naming it and its text.
 *
 *   source blocks → paragraphs (tables read cell by cell) → outline (numbered units, clause lines)
 *   → tasks (the level that carries the clauses) → items, sections, departments, requirements.
 */
import { addWorkdays } from "../time/workdays";
import { probableAliases } from "./aliases";
import { deadlineDate, deadlineInText } from "./deadline";
import { orderDepartments } from "./departments";
import { planIssues } from "./issues";
import { dateOfLine, readMetadata } from "./metadata";
import { numberingIssues } from "./numbering";
import { readMarker } from "./markers";
import { buildOutline, OutlineNode, Paragraph } from "./outline";
import { readRequirements } from "./requirements";
import { Block, paragraphsOf } from "./source";
import { textBlocks } from "./text-blocks";
import { extractTasks, RawTask, segments } from "./tasks";
import { Item, ItemDeadline, ParseResult, Plan, PlanIssue, Section, Subsection } from "./types";

export { issuerOf } from "./metadata";
export { textBlocks } from "./text-blocks";

export interface ParsePlanOptions {
  /** n working days after an ISO date (default: China's official calendar, see core/time/workdays). */
  addWorkdays?: (isoDate: string, n: number) => string;
}

function firstLine(text: string): string {
  const t = text.split("\n")[0];
  const stop = t.search(/[。；;]/);
  return (stop > 0 ? t.slice(0, stop) : t).slice(0, 60);
}

/** A heading's title without its clauses (（牵头单位：…）, （牵头领导：…）): its first line, as firstLine. */
function headingTitle(node: OutlineNode): string {
  const text = segments(node)
    .map((s) => s.text)
    .join("");
  return firstLine(text === "" ? node.text : text);
}

function itemDeadline(text: string | null, year: number | null): ItemDeadline | null {
  return text ? { text, date: deadlineDate(text, year) } : null;
}

interface Parts {
  sections: Section[];
  subsections: Subsection[];
  of: (task: RawTask) => { section: number; subsection: number | null };
}

/** 板块 and 小节: the outermost and second numbered units above a task (none when the task is one itself). */
function parts(tasks: readonly RawTask[]): Parts {
  const sections: Section[] = [];
  const subsections: Subsection[] = [];
  const sectionNo = new Map<OutlineNode, number>();
  const subNo = new Map<OutlineNode, number>();
  const chain = (n: OutlineNode): OutlineNode[] => {
    const out: OutlineNode[] = [];
    for (let p = n.parent; p; p = p.parent) if (p.marker) out.unshift(p);
    return out;
  };
  for (const t of tasks) {
    const [top, second] = chain(t.node);
    if (top && !sectionNo.has(top)) {
      sectionNo.set(top, sections.length + 1);
      sections.push({ no: sections.length + 1, title: headingTitle(top), label: top.marker?.label ?? "" });
    }
    if (top && second && !subNo.has(second)) {
      subNo.set(second, subsections.length + 1);
      subsections.push({
        no: subsections.length + 1,
        section: sectionNo.get(top) ?? 0,
        title: headingTitle(second),
        label: second.marker?.label ?? "",
      });
    }
  }
  return {
    sections,
    subsections,
    of: (t) => {
      const [top, second] = chain(t.node);
      return {
        section: top ? (sectionNo.get(top) ?? 0) : 0,
        subsection: second ? (subNo.get(second) ?? null) : null,
      };
    },
  };
}

export function parseBlocks(blocks: readonly Block[], options: ParsePlanOptions = {}): ParseResult<Plan> {
  const issues: PlanIssue[] = [];
  const paragraphs: Paragraph[] = paragraphsOf(blocks);
  const outline = buildOutline(paragraphs);
  const tasks = extractTasks(outline);
  const firstTaskLine = tasks.length ? Math.min(...tasks.map((t) => t.line)) : Infinity;
  const lastTaskLine = tasks.length ? Math.max(...tasks.map((t) => t.line)) : -1;
  const firstMarker = outline.nodes.find((n) => n.marker)?.line ?? Infinity;
  const headEnd = Math.min(firstTaskLine, firstMarker);

  const head = paragraphs.filter((p) => p.line < headEnd).map((p) => p.text);
  // The title may follow a forwarding notice with numbered paragraphs of its own: look up to the first task.
  const meta = readMetadata(
    paragraphs
      .filter((p) => p.line < firstTaskLine && !p.numbering && !readMarker(p.text))
      .map((p) => p.text),
  );
  const titleAt = head.indexOf(meta.title.split("\n")[0]);
  const preamble = head.filter((l, i) => i > titleAt && !meta.title.includes(l) && !dateOfLine(l)?.labelled);
  const year = meta.published ? Number(meta.published.slice(0, 4)) : yearOf(meta.title);

  // Unnumbered text after the last task is the closing (plan-level requirements); between tasks it is a doubt.
  const taskNodes = new Set(tasks.map((t) => t.node));
  const inTask = (n: OutlineNode): boolean => {
    for (let p: OutlineNode | null = n; p; p = p.parent) if (taskNodes.has(p)) return true;
    return false;
  };
  const closing: string[] = [];
  for (const n of outline.nodes) {
    if (n.marker || inTask(n) || n.line < headEnd) continue;
    if (n.line > lastTaskLine) closing.push(n.text);
    else if (n.line > firstTaskLine) issues.push(planIssues.unrecognisedLine(n.line, n.text));
  }

  const { sections, subsections, of } = parts(tasks);
  const items: Item[] = tasks.map((t, i) => {
    const no = i + 1;
    const where = of(t);
    const r = t.reading;
    if (!t.hasClause && !t.inherited) issues.push(planIssues.missingClause(t.line, no, t.text));
    else if (t.hasClause && t.clause === "") issues.push(planIssues.missingClause(t.line, no, `${t.text}()`));
    else {
      for (const part of r.unknown) issues.push(planIssues.unknownClause(t.line, no, part));
      if (r.assignments.length === 0 && r.unknown.length === 0)
        issues.push(planIssues.unknownClause(t.line, no, t.clause));
    }
    return {
      no,
      section: where.section,
      subsection: where.subsection,
      text: t.text,
      clause: t.clause,
      assignments: r.assignments,
      label: t.label,
      deadline: itemDeadline(r.deadline ?? deadlineInText(t.text), year),
    };
  });
  issues.push(...numberingIssues(outline, tasks, items));
  if (!meta.title) issues.push(planIssues.noTitle(paragraphs[0]?.line ?? 1, ""));
  if (items.length === 0) issues.push(planIssues.noItems(1));

  const departments = orderDepartments(items.flatMap((item) => item.assignments.map((a) => a.department)));
  for (const [short, long] of probableAliases(departments)) issues.push(planIssues.alias(short, long));
  const requirements = readRequirements(closing.join(""), {
    published: meta.published,
    addWorkdays: options.addWorkdays ?? addWorkdays,
  });
  issues.sort((a, b) => a.line - b.line);
  return {
    value: {
      title: meta.title,
      issuer: meta.issuer,
      published: meta.published,
      preamble: preamble.join("\n"),
      sections,
      subsections,
      items,
      departments,
      requirements,
    },
    issues,
  };
}

function yearOf(title: string): number | null {
  const m = /([0-9]{4})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

export function parsePlan(text: string, options: ParsePlanOptions = {}): ParseResult<Plan> {
  return parseBlocks(textBlocks(text), options);
}
