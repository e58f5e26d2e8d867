/**
 * Reading a role clause (办公室牵头负责,公共服务司、商标局按职责分工负责) into assignments. Anything not
 * understood is returned as text, for the caller to report: never guessed, never dropped.
 */
import { splitDepartmentList } from "./departments";
import { Assignment, Role } from "./types";

/** Role phrases, longest first at any position. `matter`: whether a matter may follow (负责新录入人员培训工作). */
const ROLE_PHRASES: readonly { phrase: string; role: Role; matter: boolean }[] = [
  { phrase: "按照职责分工负责", role: "shared", matter: true },
  { phrase: "按职责分工负责", role: "shared", matter: true },
  { phrase: "督促落实", role: "supervise", matter: false },
  { phrase: "牵头负责", role: "lead", matter: true },
  { phrase: "配合做好", role: "cooperate", matter: true },
  { phrase: "配合", role: "cooperate", matter: false },
  { phrase: "牵头", role: "lead", matter: false },
  { phrase: "负责", role: "responsible", matter: true },
];

/** A matter must not itself hold a role phrase (that would mean we split at the wrong place). */
const ROLE_WORD = /负责|牵头|配合|督促|分工/;

const SEGMENT_SEPARATOR = /[;；]/;
const PART_SEPARATOR = /[,，]/;

export interface ClauseReading {
  assignments: Assignment[];
  /** Parts of the clause that could not be read, as printed. */
  unknown: string[];
}

interface PartReading {
  departments: string[];
  role: Role;
  /** Scope introduced by "X由…", or the matter after the role phrase. */
  scope: string | null;
  /** Whether the scope was introduced by 由 (and so extends to the rest of the segment). */
  spansSegment: boolean;
}

function readDepartmentsAndRole(text: string): Omit<PartReading, "spansSegment"> | null {
  const chars = [...text];
  for (let i = 1; i < chars.length; i++) {
    const rest = chars.slice(i).join("");
    for (const { phrase, role, matter } of ROLE_PHRASES) {
      if (!rest.startsWith(phrase)) continue;
      const after = rest.slice(phrase.length).trim();
      if (after !== "" && (!matter || ROLE_WORD.test(after))) continue;
      const departments = splitDepartmentList(chars.slice(0, i).join(""));
      if (departments) return { departments, role, scope: after === "" ? null : after };
    }
  }
  return null;
}

function readPart(part: string): PartReading | null {
  const you = part.indexOf("由");
  if (you >= 0) {
    const scope = part.slice(0, you).trim();
    const reading = ROLE_WORD.test(scope) ? null : readDepartmentsAndRole(part.slice(you + 1).trim());
    if (reading)
      return {
        ...reading,
        scope: scope === "" ? reading.scope : scope,
        spansSegment: scope !== "",
      };
  }
  const reading = readDepartmentsAndRole(part);
  return reading ? { ...reading, spansSegment: false } : null;
}

/**
 * Reads a whole clause. A scope introduced by "X由" applies to every clause of its ;-segment that has no
 * scope of its own (专利受理相关事务由审业部牵头负责,专利局办公室…按职责分工负责).
 */
export function readClause(clause: string): ClauseReading {
  const assignments: Assignment[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const segment of clause.split(SEGMENT_SEPARATOR)) {
    const parts = segment
      .split(PART_SEPARATOR)
      .map((p) => p.trim().replace(/[。.]+$/, ""))
      .filter((p) => p !== "");
    const readings = parts.map((part) => ({ part, reading: readPart(part) }));
    const segmentScope = readings.find((r) => r.reading?.spansSegment)?.reading?.scope ?? null;
    for (const { part, reading } of readings) {
      if (!reading) {
        unknown.push(part);
        continue;
      }
      const scope = reading.scope ?? segmentScope;
      for (const department of reading.departments) {
        const key = JSON.stringify([department, reading.role, scope]);
        if (seen.has(key)) continue;
        seen.add(key);
        assignments.push({ department, role: reading.role, scope });
      }
    }
  }
  return { assignments, unknown };
}
