/**
 * parsePlan: the text of a work plan (工作要点) -> Plan, with every problem reported as a PlanIssue.
 * Genre: title line, optional publication line, preamble, sections 一、, subsections (一), numbered items
 * 1. each ending in a role clause, a closing paragraph, then web-page boilerplate (ignored).
 */
import { addWorkdays } from "../time/workdays";
import { readClause } from "./assignments";
import { orderDepartments } from "./departments";
import { planIssues } from "./issues";
import { classifyLine, PlanLine, splitLines } from "./lines";
import { NumberingCheck } from "./numbering";
import { readRequirements } from "./requirements";
import { splitRoleClause } from "./role-clause";
import { Item, ParseResult, Plan, PlanIssue, Section, Subsection } from "./types";

export interface ParsePlanOptions {
  /** n working days after an ISO date (default: China's official calendar, see core/time/workdays). */
  addWorkdays?: (isoDate: string, n: number) => string;
}

interface RawItem {
  no: number;
  line: number;
  section: number;
  subsection: number | null;
  body: string;
}

/** The issuing body: the title's prefix before the year (国家知识产权局2019年… -> 国家知识产权局). */
export function issuerOf(title: string): string {
  const m = /^(.*?)(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(title);
  return m ? m[1].trim() : "";
}

function buildItem(raw: RawItem, issues: PlanIssue[]): Item {
  const { text, clause } = splitRoleClause(raw.body);
  if (clause === null || clause === "") {
    issues.push(planIssues.missingClause(raw.line, raw.no, raw.body));
    return {
      no: raw.no,
      section: raw.section,
      subsection: raw.subsection,
      text,
      clause: "",
      assignments: [],
    };
  }
  const reading = readClause(clause);
  for (const part of reading.unknown) issues.push(planIssues.unknownClause(raw.line, raw.no, part));
  if (reading.assignments.length === 0 && reading.unknown.length === 0) {
    issues.push(planIssues.unknownClause(raw.line, raw.no, clause));
  }
  return {
    no: raw.no,
    section: raw.section,
    subsection: raw.subsection,
    text,
    clause,
    assignments: reading.assignments,
  };
}

export function parsePlan(text: string, options: ParsePlanOptions = {}): ParseResult<Plan> {
  const issues: PlanIssue[] = [];
  const lines: PlanLine[] = [];
  for (const raw of splitLines(text)) {
    const line = classifyLine(raw);
    if (line.kind === "footer") break;
    lines.push(line);
  }
  let lastItemIndex = -1;
  lines.forEach((l, i) => {
    if (l.kind === "item") lastItemIndex = i;
  });

  let title = "";
  let published: string | null = null;
  const preamble: string[] = [];
  const closing: string[] = [];
  const sections: Section[] = [];
  const subsections: Subsection[] = [];
  const rawItems: RawItem[] = [];
  const checks = {
    section: new NumberingCheck("section"),
    subsection: new NumberingCheck("subsection"),
    item: new NumberingCheck("item"),
  };
  let started = false; // a heading or item has been seen
  let section = 0;
  let subsection: number | null = null;

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const push = (issue: PlanIssue | null) => issue && issues.push(issue);
    switch (line.kind) {
      case "blank":
      case "boilerplate":
        return;
      case "published":
        published ??= line.date;
        return;
      case "section":
        started = true;
        push(checks.section.check(line.no, lineNo, line.title));
        sections.push({ no: line.no, title: line.title });
        section = line.no;
        subsection = null;
        return;
      case "subsection":
        started = true;
        push(checks.subsection.check(line.no, lineNo, line.title));
        subsections.push({ no: line.no, section, title: line.title });
        subsection = line.no;
        return;
      case "item":
        started = true;
        push(checks.item.check(line.no, lineNo, line.body));
        rawItems.push({
          no: line.no,
          line: lineNo,
          section,
          subsection,
          body: line.body,
        });
        return;
      case "text": {
        const current = rawItems[rawItems.length - 1];
        if (!title && !started) title = line.text;
        else if (!started) preamble.push(line.text);
        else if (index > lastItemIndex && lastItemIndex >= 0) closing.push(line.text);
        // A line between items continues an item still waiting for its role clause.
        else if (current && splitRoleClause(current.body).clause === null) current.body += line.text;
        else issues.push(planIssues.unrecognisedLine(lineNo, line.text));
        return;
      }
    }
  });

  if (!title) {
    const first = lines.findIndex((l) => l.kind !== "blank");
    issues.push(planIssues.noTitle(first >= 0 ? first + 1 : 1, ""));
  }
  if (rawItems.length === 0) issues.push(planIssues.noItems(1));

  const items = rawItems.map((raw) => buildItem(raw, issues));
  const departments = orderDepartments(items.flatMap((item) => item.assignments.map((a) => a.department)));
  const requirements = readRequirements(closing.join(""), {
    published,
    addWorkdays: options.addWorkdays ?? addWorkdays,
  });
  issues.sort((a, b) => a.line - b.line);
  return {
    value: {
      title,
      issuer: issuerOf(title),
      published,
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
