/**
 * From the outline to tasks: the level that carries the clauses is the task level; a unit's clause that
 * several sub-units share is given to each; several clauses in one unit make several tasks; a unit at the
 * task level without a clause is still a task (to be confirmed), where its part of the plan has clauses.
 */
import { ClauseReading } from "./assignments";
import { findClauses } from "./clauses";
import { applyFirstLead } from "./first-lead";
import { OutlineNode, Outline, UNNUMBERED } from "./outline";
import { labelMatches, labelMeaning, namesNoOne } from "./roles";
import { simplify } from "./traditional";

export interface RawTask {
  /** The document's own label path (二（三）2), "" when it has none. */
  label: string;
  line: number;
  text: string;
  /** The clause(s) as printed, joined with "；". */
  clause: string;
  reading: ClauseReading;
  /** Whether the clause was printed (false: none found, or inherited from a heading). */
  hasClause: boolean;
  inherited: boolean;
  node: OutlineNode;
}

interface Segment {
  text: string;
  clause: string;
  reading: ClauseReading | null;
}

const EDGE = /^[\s\u3000。.;；,，、]+|[\s\u3000;；,，、]+$/g;

function merge(a: ClauseReading | null, b: ClauseReading): ClauseReading {
  if (!a) return b;
  const seen = new Set(a.assignments.map((x) => JSON.stringify([x.department, x.role, x.scope])));
  return {
    assignments: [
      ...a.assignments,
      ...b.assignments.filter((x) => !seen.has(JSON.stringify([x.department, x.role, x.scope]))),
    ],
    unknown: [...a.unknown, ...b.unknown],
    deadline: a.deadline ?? b.deadline,
  };
}

/** Splits a unit's text at its clauses; clauses on lines of their own join the last piece. */
export function segments(node: OutlineNode): Segment[] {
  const text = node.text;
  const out: Segment[] = [];
  let from = 0;
  let pending: { clause: string; reading: ClauseReading } | null = null;
  for (const c of findClauses(text, node.marker !== null)) {
    const piece = text.slice(from, c.start).replace(EDGE, "");
    from = c.end;
    if (piece === "" && out.length === 0) {
      // A clause before any text (（牵头单位：…）做好…): it belongs to what follows.
      pending = { clause: c.text, reading: c.reading };
      continue;
    }
    if (piece === "" && out.length > 0) {
      const last = out[out.length - 1];
      last.clause = [last.clause, c.text].filter((x) => x).join("；");
      last.reading = merge(last.reading, c.reading);
      continue;
    }
    out.push({ text: piece, clause: c.text, reading: c.reading });
  }
  const rest = text.slice(from).replace(EDGE, "");
  if (out.length === 0) out.push({ text: rest, clause: "", reading: null });
  else if (rest !== "" && !/^[。.]+$/.test(rest)) out[out.length - 1].text += `\n${rest}`;
  if (pending) {
    const first = out[0];
    first.clause = [pending.clause, first.clause].filter((x) => x).join("；");
    first.reading = merge(pending.reading, first.reading ?? { assignments: [], unknown: [], deadline: null });
  }
  for (const lc of node.lineClauses) {
    const last = out[out.length - 1];
    last.clause = [last.clause, lc.text].filter((x) => x).join("；");
    last.reading = merge(last.reading, lc.reading);
  }
  return out;
}

/** A clause that names only people (牵头领导：张三、李四; 责任人：王五): no department, no time, nothing unread. */
function namesOnlyPeople(s: Segment): boolean {
  const r = s.reading;
  const labels = labelMatches(simplify(s.clause));
  return (
    r !== null &&
    r.assignments.length === 0 &&
    r.unknown.length === 0 &&
    r.deadline === null &&
    labels.length > 0 &&
    labels.every((m) => namesNoOne(labelMeaning(m[1])))
  );
}

/** Whether the unit carries a clause (unnumbered text only when the clause names someone). */
function hasClause(node: OutlineNode): boolean {
  return segments(node).some(
    (s) => s.reading !== null && (node.marker !== null || s.reading.assignments.length > 0),
  );
}

function labelOf(node: OutlineNode): string {
  const parts: string[] = [];
  for (let n: OutlineNode | null = node; n; n = n.parent) if (n.marker) parts.unshift(n.marker.label);
  return parts.join("");
}

function subtreeText(node: OutlineNode): string {
  return node.children
    .map(
      (c) =>
        `${c.marker ? `${c.marker.label}${c.marker.kind === "num" ? "." : c.marker.kind === "cn" ? "、" : ""}` : ""}${c.text}${subtreeText(c) ? `\n${subtreeText(c)}` : ""}`,
    )
    .join("\n");
}

export function extractTasks(outline: Outline): RawTask[] {
  const withClause = new Set(outline.nodes.filter(hasClause));
  const containers = new Set<OutlineNode>();
  for (const n of withClause) for (let p = n.parent; p; p = p.parent) containers.add(p);
  const counts = new Map<number, number>();
  for (const n of withClause) counts.set(n.level, (counts.get(n.level) ?? 0) + 1);
  const markerLevels = outline.nodes.filter((n) => n.marker).map((n) => n.level);
  let taskLevel = markerLevels.length ? Math.max(...markerLevels) : UNNUMBERED;
  let best = 0;
  for (const [level, count] of counts)
    if (count > best || (count === best && level > taskLevel)) [taskLevel, best] = [level, count];
  const rootOf = (n: OutlineNode): OutlineNode => (n.parent ? rootOf(n.parent) : n);
  const partHasClauses = (n: OutlineNode): boolean =>
    withClause.size === 0 || withClause.has(rootOf(n)) || containers.has(rootOf(n));

  const tasks: RawTask[] = [];
  const emit = (node: OutlineNode, inherited: { clause: string; reading: ClauseReading } | null): void => {
    const segs = segments(node);
    const extra = subtreeText(node);
    if (extra) segs[segs.length - 1].text += `\n${extra}`;
    for (const s of segs) {
      const own = s.reading !== null;
      tasks.push({
        label: labelOf(node),
        line: node.line,
        text: s.text,
        clause: own ? s.clause : (inherited?.clause ?? ""),
        reading: s.reading ?? inherited?.reading ?? { assignments: [], unknown: [], deadline: null },
        hasClause: own,
        inherited: !own && inherited !== null,
        node,
      });
    }
  };

  const visit = (
    node: OutlineNode,
    inherited: { clause: string; reading: ClauseReading } | null,
    underContainer: boolean,
  ): void => {
    if (containers.has(node)) {
      let pass = inherited;
      const segs = segments(node);
      // A heading's clause that names only its leaders (（牵头领导：张三、李四）) gives its tasks nothing.
      const own = segs.filter((s) => s.reading !== null && !namesOnlyPeople(s));
      if (own.length > 0) {
        const headingOnly = segs.length === 1 && [...segs[0].text].length <= 40;
        if (headingOnly) pass = { clause: segs[0].clause, reading: segs[0].reading as ClauseReading };
        else
          for (const s of own)
            tasks.push({
              label: labelOf(node),
              line: node.line,
              text: s.text,
              clause: s.clause,
              reading: s.reading as ClauseReading,
              hasClause: true,
              inherited: false,
              node,
            });
      }
      for (const child of node.children) visit(child, pass, true);
      return;
    }
    if (withClause.has(node) || (inherited && node.marker)) return emit(node, inherited);
    if (!node.marker) return; // unnumbered text without a clause: not a task
    if ((node.level >= taskLevel || underContainer) && partHasClauses(node)) return emit(node, null);
    if (node.level < taskLevel) for (const child of node.children) visit(child, null, false);
  };
  for (const root of outline.roots) visit(root, null, false);
  // The document's own rule 列第一位者为牵头单位 (first-lead.ts), before notes carry units to later tasks.
  return carryNotes(applyFirstLead(tasks, outline.nodes), rootOf);
}

/**
 * A clause's note 以下均需X落实，不再列出 gives X to every later task of the same part of the plan (the
 * tasks themselves no longer name X).
 */
function carryNotes(tasks: RawTask[], rootOf: (n: OutlineNode) => OutlineNode): RawTask[] {
  let carry: { root: OutlineNode; reading: ClauseReading } | null = null;
  return tasks.map((t) => {
    const root = rootOf(t.node);
    const given = carry && carry.root === root ? carry.reading : null;
    if (t.hasClause && t.reading.carried?.length)
      carry = { root, reading: { assignments: t.reading.carried, unknown: [], deadline: null } };
    return given && t.hasClause ? { ...t, reading: merge(t.reading, given) } : t;
  });
}
