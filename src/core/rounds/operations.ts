/** What the round commands do to the rounds' data: start, close, record returned copies, list who is missing. */
import { LedgerSnapshot } from "../ledger/snapshot";
import { FilledRow } from "../ledger/types";
import { emptyFilled } from "../ledger/ledger-sheet";
import { Item, Plan } from "../plan/types";
import { StatusDef, isDone } from "../status/statuses";
import { isCalendarDay } from "../time/calendar-day";
import { deadlineMark } from "../time/calendar-lists";
import { HistoryEntry, Round, RoundReturn, RoundsState } from "./types";

export type RoundResult = { ok: true; state: RoundsState; round: Round } | { ok: false; message: string };

/** The round not yet closed, if any (at most one is open). */
export function openRound(state: RoundsState): Round | null {
  return state.rounds.find((r) => r.closedAt === null) ?? null;
}

export function startRound(state: RoundsState, name: string, due: string, today: string): RoundResult {
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, message: "轮次名称不能为空，例如 “2019年第三季度”。" };
  if (!isCalendarDay(due)) {
    return { ok: false, message: `截止日期 “${due}” 应写成 yyyy-mm-dd，例如 --due 2019-09-25。` };
  }
  const open = openRound(state);
  if (open) {
    return {
      ok: false,
      message: `上一轮 “${open.name}” 尚未结束。请先用 taizhang round close 结束它，再开始新的一轮。`,
    };
  }
  if (state.rounds.some((r) => r.name === trimmed)) {
    return { ok: false, message: `已经有名为 “${trimmed}” 的一轮。请换一个名称，例如加上月份。` };
  }
  const round: Round = { name: trimmed, startedAt: today, due, closedAt: null };
  return { ok: true, state: { ...state, rounds: [...state.rounds, round] }, round };
}

/**
 * The departments a snapshot row of 进展记录 names for an item: its lead (牵头) departments, else those
 * responsible (负责), else those sharing it (分工负责) — never one that only 督促 or 配合.
 */
export function itemDepartments(item: Item): string[] {
  for (const role of ["lead", "responsible", "shared"] as const) {
    const names = item.assignments.filter((a) => a.role === role).map((a) => a.department);
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

/**
 * Closes the open round: every item's filled-in cells as they are now go to the history (进展记录), with
 * its departments (`itemDepartments`) and its 时限状态 on the closing day, 临期 within `nearDays` working
 * days (the ledger's 临期天数) as in the 台账. The one close of the command line and the add-in.
 */
export function closeRound(
  state: RoundsState,
  plan: Plan,
  filled: Readonly<Record<number, FilledRow>>,
  statuses: readonly StatusDef[],
  today: string,
  nearDays: number,
): RoundResult {
  const open = openRound(state);
  if (!open) {
    return {
      ok: false,
      message: "现在没有进行中的一轮。开始新的一轮：taizhang round start 总表.xlsx 名称 --due 日期",
    };
  }
  const snapshot: HistoryEntry[] = plan.items.map((item) => {
    const values = filled[item.no] ?? emptyFilled(statuses);
    const due = typeof values.due === "object" && values.due !== null ? values.due.date.slice(0, 10) : null;
    const status = typeof values.status === "string" ? values.status : "";
    return {
      kind: "snapshot",
      round: open.name,
      date: today,
      no: item.no,
      department: itemDepartments(item).join("、"),
      values,
      deadline: deadlineMark(due, today, nearDays, isDone(statuses, status)),
    };
  });
  const round = { ...open, closedAt: today };
  return {
    ok: true,
    round,
    state: {
      ...state,
      rounds: state.rounds.map((r) => (r === open ? round : r)),
      history: [...state.history, ...snapshot],
    },
  };
}

/** A copy that came back: its department, the round it was sent for (null: the open round), when, and its file. */
export interface ReturnedFile {
  department: string | null;
  round: string | null;
  returnedAt: string;
  file: string;
}

/**
 * Records returned copies against their round (the copy's own, else the open one): the latest return of a
 * department in a round stands; it is late when it came back after the round's due date.
 */
export function recordReturns(state: RoundsState, files: readonly ReturnedFile[]): RoundsState {
  let returns = [...state.returns];
  for (const f of files) {
    const round = state.rounds.find((r) => r.name === f.round) ?? openRound(state);
    if (!round || f.department === null) continue;
    const entry: RoundReturn = {
      round: round.name,
      department: f.department,
      returnedAt: f.returnedAt,
      late: f.returnedAt.slice(0, 10) > round.due,
      file: f.file,
    };
    returns = [...returns.filter((r) => !(r.round === round.name && r.department === f.department)), entry];
  }
  return { ...state, returns };
}

/** The departments (units, not placeholders) that have not returned their copy of `round`. */
export function notReported(state: RoundsState, plan: Plan, round: Round): string[] {
  const back = new Set(state.returns.filter((r) => r.round === round.name).map((r) => r.department));
  return plan.departments.filter((d) => d.kind === "unit" && !back.has(d.name)).map((d) => d.name);
}

/**
 * The rows whose 联系人 a department typed. The 联系人 column is one per row, typed by the row's lead (or sole)
 * department: first the rows where `department` is 牵头 or the only department; only when it has none of
 * those, the rows where it is 负责 and no other department is 牵头. Never rows where it only 配合, 督促 or
 * shares (分工负责) the work with others: their 联系人 is someone else's.
 */
export function contactRows(plan: Plan, department: string): Set<number> {
  const own = (item: Item): "typed" | "responsible" | "none" => {
    const depts = new Set(item.assignments.map((a) => a.department));
    const roles = item.assignments.filter((a) => a.department === department).map((a) => a.role);
    if (roles.length === 0) return "none";
    if (roles.includes("lead") || depts.size === 1) return "typed";
    const otherLead = item.assignments.some((a) => a.role === "lead" && a.department !== department);
    return roles.includes("responsible") && !otherLead ? "responsible" : "none";
  };
  const typed = plan.items.filter((i) => own(i) === "typed");
  const rows = typed.length > 0 ? typed : plan.items.filter((i) => own(i) === "responsible");
  return new Set(rows.map((i) => i.no));
}

/**
 * The 联系人 a department wrote on its own rows (see `contactRows`), each once, in row order — the one
 * function behind `taizhang round status` and the pane's 催报名单.
 */
export function contactsOf(plan: Plan, snapshot: LedgerSnapshot, department: string): string[] {
  const own = contactRows(plan, department);
  const seen = new Set<string>();
  for (const row of snapshot.rows) {
    const contact = row.values.contact;
    if (row.no === null || !own.has(row.no) || contact === null || typeof contact === "object") continue;
    const text = String(contact).trim();
    if (text !== "") seen.add(text);
  }
  return [...seen];
}
