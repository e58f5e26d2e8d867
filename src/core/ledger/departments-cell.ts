/**
 * Corrections a person makes to 责任部门 in the ledger, read back: the ledger's own wording
 * (办公室（牵头）；公共服务司、商标局（分工负责）, ①专利受理相关事务：审业部（牵头），…) or a clause typed the
 * plan's way (市财政局牵头，市审计局配合; 牵头单位：…). `taizhang workbook --from` applies them to the plan, so a
 * misread task is put right once and stays right.
 */
import { readClause } from "../plan/assignments";
import { splitOutside, topLevelGroups } from "../plan/brackets";
import { Assignment, Item, Plan, Role } from "../plan/types";
import { orderDepartments } from "../plan/departments";
import { REVIEW_MARK } from "./review-sheet";
import { departmentsText, ROLE_LABELS } from "./roles";

const ROLE_BY_LABEL = new Map<string, Role>(
  Object.entries(ROLE_LABELS).map(([role, label]) => [label, role as Role]),
);
const MATTER = /^([①-⑳]|\(\d+\))(.+?)[:：](.*)$/s;

function readGroup(text: string, scope: string | null): Assignment[] | null {
  const t = text.trim();
  const groups = topLevelGroups(t);
  const last = groups[groups.length - 1];
  if (!last || last.end !== t.length) return null;
  const role = ROLE_BY_LABEL.get(last.inner.trim());
  if (!role) return null;
  const names = splitOutside(t.slice(0, last.start), "、")
    .map((n) => n.trim())
    .filter((n) => n !== "");
  return names.length > 0 ? names.map((department) => ({ department, role, scope })) : null;
}

/** The ledger's own wording back to assignments; null when the text is not in that wording. */
function readLedgerWording(text: string): Assignment[] | null {
  const out: Assignment[] = [];
  for (const piece of splitOutside(text, "；;")) {
    if (piece.trim() === "") continue;
    const matter = MATTER.exec(piece.trim());
    const scope = matter ? matter[2].trim() : null;
    for (const group of splitOutside(matter ? matter[3] : piece, matter ? "，," : "\u0000")) {
      const read = readGroup(group, scope);
      if (!read) return null;
      out.push(...read);
    }
  }
  return out.length > 0 ? out : null;
}

/** A 责任部门 cell as assignments: the ledger's wording, else a clause; null when neither reads. */
export function readDepartmentsCell(text: string): Assignment[] | null {
  const t = text.trim();
  if (t === "" || t === REVIEW_MARK) return null;
  const own = readLedgerWording(t);
  if (own) return own;
  const clause = readClause(t);
  return clause.assignments.length > 0 && clause.unknown.length === 0 ? clause.assignments : null;
}

export interface Correction {
  no: number;
  /** 责任部门 as the plan gives it, and as the person corrected it. */
  before: string;
  after: string;
}

export interface CorrectionResult {
  plan: Plan;
  corrected: Correction[];
  /** Edited cells that could not be read: the plan's departments are kept for them. */
  unreadable: { no: number; text: string }[];
}

/**
 * The plan with the corrections a person made in an older ledger's 责任部门: a row whose task text is the
 * plan's and whose 责任部门 differs from what the plan gives. Rows of a revised task are left to the plan.
 */
export function applyCorrections(
  plan: Plan,
  rows: readonly { no: number | null; task: string; departments?: string | null }[],
): CorrectionResult {
  const corrected: Correction[] = [];
  const unreadable: { no: number; text: string }[] = [];
  const byNo = new Map<number, string>();
  for (const row of rows) {
    const item = row.no === null ? undefined : plan.items.find((i) => i.no === row.no);
    if (
      !item ||
      row.departments === undefined ||
      row.departments === null ||
      row.task.trim() !== item.text.trim()
    )
      continue;
    const cell = row.departments.trim();
    const planText = item.assignments.length === 0 ? REVIEW_MARK : departmentsText(item);
    if (cell === "" || cell === planText || byNo.has(item.no)) continue;
    if (readDepartmentsCell(cell)) byNo.set(item.no, cell);
    else if (cell !== REVIEW_MARK) unreadable.push({ no: item.no, text: cell });
  }
  const items: Item[] = plan.items.map((item) => {
    const cell = byNo.get(item.no);
    if (cell === undefined) return item;
    const assignments = readDepartmentsCell(cell) as Assignment[];
    corrected.push({
      no: item.no,
      before: item.assignments.length === 0 ? REVIEW_MARK : departmentsText(item),
      after: departmentsText({ ...item, assignments }),
    });
    return { ...item, assignments };
  });
  const departments = orderDepartments(items.flatMap((i) => i.assignments.map((a) => a.department)));
  return { plan: corrected.length > 0 ? { ...plan, items, departments } : plan, corrected, unreadable };
}
