/** Round operations on plain data: start/close rules, returns against due dates, who is missing. */
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { SHEETS } from "../../src/core/ledger/constants";
import { emptyFilled } from "../../src/core/ledger/ledger-sheet";
import { ROUND_SHEETS } from "../../src/core/rounds/constants";
import {
  closeRound,
  notReported,
  openRound,
  recordReturns,
  startRound,
} from "../../src/core/rounds/operations";
import { NO_ROUNDS, RoundsState } from "../../src/core/rounds/types";
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
  const closed = closeRound(state, plan, {}, DEFAULT_STATUSES, "2019-09-30");
  if (!closed.ok) throw new Error(closed.message);
  expect(startRound(closed.state, "2019年第三季度", "2019-12-25", "2019-10-01")).toMatchObject({ ok: false });
  expect(closeRound(closed.state, plan, {}, DEFAULT_STATUSES, "2019-10-01")).toMatchObject({ ok: false });
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

test("close snapshots every item with its 时限状态 on the closing day", () => {
  const filled = { 5: { ...emptyFilled(DEFAULT_STATUSES), due: { date: "2019-09-01" }, progress: "进展" } };
  const closed = closeRound(started(), plan, filled, DEFAULT_STATUSES, "2019-09-30");
  if (!closed.ok) throw new Error(closed.message);
  const snaps = closed.state.history;
  expect(snaps).toHaveLength(plan.items.length);
  expect(snaps.find((e) => e.no === 5)).toMatchObject({
    kind: "snapshot",
    deadline: "逾期",
    values: { progress: "进展" },
  });
  expect(snaps.find((e) => e.no === 6)).toMatchObject({ deadline: "" });
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
