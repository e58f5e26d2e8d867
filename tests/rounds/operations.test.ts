/** Round operations on plain data: start/close rules, returns against due dates, who is missing. */
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SHEETS } from "../../src/core/ledger/constants";
import { emptyFilled } from "../../src/core/ledger/ledger-sheet";
import { ROUND_SHEETS } from "../../src/core/rounds/constants";
import {
  closeRound,
  contactsOf,
  notReported,
  openRound,
  recordReturns,
  startRound,
} from "../../src/core/rounds/operations";
import { reminderLines, roundReport } from "../../src/core/rounds/reminders";
import { HistoryEntry, NO_ROUNDS, RoundsState } from "../../src/core/rounds/types";
import { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { isCalendarDay } from "../../src/core/time/calendar-day";
import { Assignment, Plan, Role } from "../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "../ledger/plan-2019";

const plan = plan2019();

function started(): RoundsState {
  const r = startRound(NO_ROUNDS, "2019年第三季度", "2019-09-25", "2019-09-02");
  if (!r.ok) throw new Error(r.message);
  return r.state;
}

test("one open round at a time; names unique; due date checked; each refusal says what to do", () => {
  const state = started();
  expect(openRound(state)?.name).toBe("2019年第三季度");
  const again = startRound(state, "2019年第四季度", "2019-12-25", "2019-10-01");
  expect(again).toMatchObject({ ok: false, message: expect.stringContaining("taizhang round close") });
  expect(startRound(NO_ROUNDS, "x", "2019/9/25", "2019-09-01")).toMatchObject({
    ok: false,
    message: expect.stringContaining("yyyy-mm-dd"),
  });
  const closed = closeRound(state, plan, {}, DEFAULT_STATUSES, "2019-09-30", 5);
  if (!closed.ok) throw new Error(closed.message);
  expect(startRound(closed.state, "2019年第三季度", "2019-12-25", "2019-10-01")).toMatchObject({ ok: false });
  expect(closeRound(closed.state, plan, {}, DEFAULT_STATUSES, "2019-10-01", 5)).toMatchObject({ ok: false });
});

test("returns: late after the due date, the latest return stands, copies without a department are ignored", () => {
  const state = recordReturns(started(), [
    { department: "条法司", round: null, returnedAt: "2019-09-25T18:00:00.000Z", file: "a.xlsx" },
    { department: "商标局", round: "2019年第三季度", returnedAt: "2019-09-26T01:00:00.000Z", file: "b.xlsx" },
    { department: "条法司", round: null, returnedAt: "2019-09-20T08:00:00.000Z", file: "a2.xlsx" },
    { department: null, round: null, returnedAt: "2019-09-20T08:00:00.000Z", file: "c.xlsx" },
  ]);
  expect(state.returns.map((r) => [r.department, r.late, r.file])).toEqual([
    ["商标局", true, "b.xlsx"],
    ["条法司", false, "a2.xlsx"],
  ]);
  const missing = notReported(state, plan, state.rounds[0]);
  expect(missing).not.toContain("条法司");
  expect(missing).toContain("办公室");
  expect(missing).not.toContain("政策牵头起草部门"); // a placeholder, not a recipient
});

test("close snapshots every item: its departments, its 时限状态 on the closing day with the ledger's 临期天数", () => {
  const due = (date: string) => ({ ...emptyFilled(DEFAULT_STATUSES), due: { date } });
  const filled = {
    5: { ...due("2019-09-01"), progress: "进展" },
    // closed Monday 2019-09-30: 10-08 is the 2nd working day (国庆 1–7), 10-10 the 4th, 10-15 the 8th
    2: due("2019-10-08"),
    6: due("2019-10-10"),
    7: due("2019-10-15"),
  };
  const close = (nearDays: number) => {
    const closed = closeRound(started(), plan, filled, DEFAULT_STATUSES, "2019-09-30", nearDays);
    if (!closed.ok) throw new Error(closed.message);
    return (no: number) =>
      closed.state.history.find(
        (e): e is Extract<HistoryEntry, { kind: "snapshot" }> => e.kind === "snapshot" && e.no === no,
      );
  };
  const snap = close(5);
  expect(snap(5)).toMatchObject({ kind: "snapshot", deadline: "逾期", values: { progress: "进展" } });
  expect([2, 6, 7, 8].map((no) => snap(no)?.deadline)).toEqual(["临期", "临期", "", ""]);
  expect([2, 6, 7].map((no) => close(3)(no)?.deadline)).toEqual(["临期", "", ""]);
  expect([2, 6].map((no) => close(0)(no)?.deadline)).toEqual(["", ""]);
  // 部门: the leads, else those 负责, else those sharing it (分工负责); never one that only 督促 or 配合
  expect(snap(5)?.department).toBe("办公室、条法司、保护司、运用促进司、复审和无效审理部、商标局");
  expect(snap(1)?.department).toBe("政策牵头起草部门"); // 办公室 only 督促
  expect(snap(26)?.department).toBe("办公室"); // lead; 人事司… are 负责
  expect(snap(15)?.department).toBe("战略规划司");
});

test("a master with rounds gets 报送情况, 进展记录 and the hidden sheets; a ledger without rounds does not", () => {
  const names = (rounds?: RoundsState) =>
    buildLedgerSpec(plan, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
      rounds,
    }).sheets.map((s) => s.name);
  expect(names()).not.toContain(ROUND_SHEETS.status);
  expect(names(started())).toEqual(
    expect.arrayContaining([
      ROUND_SHEETS.status,
      ROUND_SHEETS.history,
      ROUND_SHEETS.data,
      ROUND_SHEETS.previous,
    ]),
  );
  const summary = buildLedgerSpec(plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: null,
    rounds: started(),
  }).sheets.find((s) => s.name === SHEETS.summary)!;
  const header = summary.blocks.find((b) => b.row === 3)!.values[1];
  expect(header.slice(-4)).toEqual(["逾期", "临期", "本轮新完成", "本轮新逾期"]);
});

/** The ledger as read, with `contacts` typed in the 联系人 column of the given rows. */
function withContacts(p: Plan, contacts: Record<number, string>): LedgerSnapshot {
  return {
    formatVersion: 1,
    planId: null,
    planTitle: p.title,
    copyDepartment: null,
    statuses: [...DEFAULT_STATUSES],
    rows: p.items.map((i, k) => ({
      no: i.no,
      task: i.text,
      values: { ...emptyFilled(DEFAULT_STATUSES), contact: contacts[i.no] ?? null },
      sheetRow: 6 + k,
    })),
    unplaced: [],
  };
}

test("联系人 comes from the rows a department leads or has alone, else those it is 负责 without a lead; never 配合/督促/分工负责", () => {
  const as = (pairs: [string, Role][]): Assignment[] =>
    pairs.map(([department, role]) => ({ department, role, scope: null }));
  const rows: [string, Role][][] = [
    [
      ["甲", "lead"],
      ["乙", "cooperate"],
      ["丙", "supervise"],
    ],
    [
      ["乙", "responsible"],
      ["丙", "cooperate"],
    ],
    [
      ["乙", "responsible"],
      ["丁", "lead"],
    ],
    [["丙", "supervise"]],
    [
      ["甲", "shared"],
      ["乙", "shared"],
    ],
    [["甲", "responsible"]],
    [
      ["戊", "responsible"],
      ["己", "responsible"],
    ],
    [
      ["戊", "lead"],
      ["己", "cooperate"],
    ],
  ];
  const small: Plan = {
    ...plan,
    items: rows.map((pairs, k) => ({ ...plan.items[k], no: k + 1, assignments: as(pairs) })),
  };
  const snapshot = withContacts(small, {
    1: "甲一",
    2: "乙二",
    3: "丁三",
    4: "丙四",
    5: "共用五",
    6: "甲六",
    7: "戊己七",
    8: "戊八",
  });
  const of = (d: string) => contactsOf(small, snapshot, d);
  expect(of("甲")).toEqual(["甲一", "甲六"]); // its lead row and its sole row, not the shared one
  expect(of("乙")).toEqual(["乙二"]); // 负责 without a lead; not 丁's row, not the shared one, not 甲's
  expect(of("丙")).toEqual(["丙四"]); // alone on its row, even as 督促; never 甲's or 乙's
  expect(of("丁")).toEqual(["丁三"]);
  expect(of("戊")).toEqual(["戊八"]); // it leads a row: the shared 负责 row is not needed
  expect(of("己")).toEqual(["戊己七"]);
});

test("催报名单 (CLI and pane alike): a contact typed on a shared row is nobody else's", () => {
  // 2019 plan: 办公室 leads item 9, only 督促 on item 1, shares item 3 with 报社 and 政策牵头起草部门
  expect(plan.items.find((i) => i.no === 9)!.assignments).toEqual([
    expect.objectContaining({ department: "办公室", role: "lead" }),
  ]);
  const snapshot = withContacts(plan, { 9: "李四 139", 3: "张三 010-12345678", 1: "钱七" });
  const report = roundReport(plan, snapshot, started());
  const lines = reminderLines(report.missing.filter((m) => ["办公室", "报社"].includes(m.department)));
  expect(lines).toEqual(["办公室\t联系人：李四 139", "报社\t联系人：（台账中未填写）"]);
});

test("a due date that does not exist is refused (2019-02-30 is not 2 March)", () => {
  const r = startRound(NO_ROUNDS, "Q1", "2019-02-30", "2019-01-02");
  expect(r.ok).toBe(false);
  expect(isCalendarDay("2019-02-28")).toBe(true);
  expect(isCalendarDay("2020-02-29")).toBe(true);
  expect(isCalendarDay("2019-02-29")).toBe(false);
  expect(isCalendarDay("2019-9-01")).toBe(false);
});
