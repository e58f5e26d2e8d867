/**
 * The plan as data. A plan of this genre (政务公开工作要点 and the like) is a title, numbered sections
 * (一、), subsections ((一)), numbered items (1.), each ending in a role clause, and a closing paragraph
 * with plan-level requirements. Everything here is plain, serialisable data.
 */

/** What a department is asked to do for an item. */
export type Role = "lead" | "responsible" | "shared" | "supervise" | "cooperate";

export const ROLES: readonly Role[] = ["lead", "responsible", "shared", "supervise", "cooperate"];

/** A department named by the plan: a real unit, or a placeholder role such as 政策牵头起草部门. */
export type DepartmentKind = "unit" | "placeholder";

export interface Department {
  /** Exactly as the plan writes it. */
  name: string;
  kind: DepartmentKind;
}

/** One department's role for one item, optionally limited to a matter (scope). */
export interface Assignment {
  department: string;
  role: Role;
  /** The matter the clause is limited to (e.g. 专利受理相关事务), else null. */
  scope: string | null;
}

export interface Section {
  /** 1-based, in order of appearance. */
  no: number;
  title: string;
  /** The document's own label (二, （三）), "" when unknown. */
  label: string;
}

export interface Subsection {
  /** 1-based, from (一)(二)… numbered across the whole plan as the plan does. */
  no: number;
  /** The section it belongs to. */
  section: number;
  title: string;
  /** The document's own label (（三）), "" when unknown. */
  label: string;
}

export interface Item {
  /** The item's number as printed (1..30). */
  no: number;
  section: number;
  subsection: number | null;
  /** The item's text without its role clause. */
  text: string;
  /** The role clause as printed, without its parentheses. */
  clause: string;
  assignments: Assignment[];
  /** The document's own label for the task (二（三）2, or the table row's 序号), "" when it has none. */
  label: string;
  /** The deadline the plan gives the task (a clause or a 完成时限 cell), else null. */
  deadline: ItemDeadline | null;
}

/** A task's deadline as written (2021年6月底前, 长期坚持), with the date it names where it names one. */
export interface ItemDeadline {
  text: string;
  /** yyyy-mm-dd, or null for words such as 长期坚持. */
  date: string | null;
}

/** A deadline: a fixed date, or a number of working days after the plan's publication. */
export type Deadline =
  { kind: "date"; date: string } | { kind: "workdays"; days: number; from: "published"; date: string | null };

/** A plan-level requirement from the closing paragraph. */
export interface Requirement {
  /** Stable id, e.g. "contacts" or "annual-summary". */
  id: string;
  text: string;
  /** Who must do it: department names or placeholders as written (各部门单位, 牵头部门, 责任部门). */
  who: string[];
  /** To whom it is reported, if stated (办公室). */
  reportTo: string | null;
  deadline: Deadline | null;
}

export interface Plan {
  title: string;
  /** The issuing body, e.g. 国家知识产权局. */
  issuer: string;
  /** Publication date as ISO yyyy-mm-dd (time dropped), or null. */
  published: string | null;
  /** The preamble paragraph(s), kept for the record. */
  preamble: string;
  sections: Section[];
  subsections: Subsection[];
  items: Item[];
  /** Every department named, units first in order of first appearance, then placeholders. */
  departments: Department[];
  requirements: Requirement[];
}

/** Something the parser could not understand, with where it was. Never silently dropped. */
export interface PlanIssue {
  /** 1-based line in the source text. */
  line: number;
  /** The item it concerns, if any. */
  item: number | null;
  kind:
    | "no-items"
    | "unknown-clause"
    | "missing-clause"
    | "numbering"
    | "unrecognised-line"
    | "no-title"
    /** A department name that does not look like one, or two names that may be the same department. */
    | "department"
    /** A plan read from JSON had a field of the wrong shape: dropped or given a default. */
    | "invalid-data";
  message: string;
  text: string;
}

export interface ParseResult<T> {
  value: T;
  issues: PlanIssue[];
}
