import { planId } from "../../src/core/ledger/plan-id";
import { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { FilledRow } from "../../src/core/ledger/types";
import { mergeLedgers } from "../../src/core/merge/merge";
import { reportLines } from "../../src/core/merge/report-text";
import { CopyBaseline, MergeEvent, ReturnedCopy } from "../../src/core/merge/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "../ledger/plan-2019";

const plan = plan2019();
const ID = planId(plan);
const row = (over: Partial<FilledRow> = {}): FilledRow => ({
  status: "未启动",
  progress: null,
  problems: null,
  contact: null,
  due: null,
  updated: null,
  ...over,
});

function snapshot(
  copyDepartment: string | null,
  over: Record<number, Partial<FilledRow>> = {},
  extra: Partial<LedgerSnapshot> = {},
): LedgerSnapshot {
  return {
    formatVersion: 1,
    planId: ID,
    planTitle: plan.title,
    copyDepartment,
    statuses: [...DEFAULT_STATUSES],
    rows: plan.items.map((i, k) => ({ no: i.no, task: i.text, values: row(over[i.no]), sheetRow: 6 + k })),
    unplaced: [],
    ...extra,
  };
}

function baseline(department: string | null, over: Record<number, Partial<FilledRow>> = {}): CopyBaseline {
  return {
    planId: ID,
    department,
    sentAt: "2019-07-01T08:00:00.000Z",
    rows: Object.fromEntries(plan.items.map((i) => [i.no, row(over[i.no])])),
  };
}

function copy(
  name: string,
  dept: string | null,
  over: Record<number, Partial<FilledRow>>,
  base = baseline(dept),
): ReturnedCopy {
  return { name, snapshot: snapshot(dept, over), baseline: base };
}

const of = (events: MergeEvent[], outcome: MergeEvent["outcome"]) =>
  events.filter((e) => e.outcome === outcome).map((e) => `${e.copy}:${e.no}:${e.field}`);

test("takes a department's own changed cells; skips its edits of others' items; updated follows the row", () => {
  const master = snapshot(null);
  const result = mergeLedgers(
    master,
    [
      copy("条法司.xlsx", "条法司", {
        5: { status: "推进中", progress: "已梳理条法司事项", updated: { date: "2019-08-01T00:00:00.000Z" } },
        2: { progress: "顺手改了办公室的事" },
      }),
    ],
    plan,
  );
  expect(result.problems).toEqual([]);
  expect(result.filled[5]).toEqual(
    row({ status: "推进中", progress: "已梳理条法司事项", updated: { date: "2019-08-01T00:00:00.000Z" } }),
  );
  expect(result.filled[2]).toEqual(row());
  const { events, copies } = result.report;
  expect(of(events, "taken")).toEqual(["0:5:status", "0:5:progress", "0:5:updated"]);
  expect(of(events, "skipped")).toEqual(["0:2:progress"]);
  expect(events.find((e) => e.no === 2)!.reason).toContain("不是“条法司”的工作");
  expect(copies[0]).toMatchObject({
    department: "条法司",
    items: 1,
    counts: { taken: 3, skipped: 1, rejected: 0, conflict: 0 },
  });
});

test("status variants are mapped and reported; unknown statuses are rejected and not written", () => {
  const result = mergeLedgers(
    snapshot(null),
    [
      copy("办公室.xlsx", "办公室", {
        2: { status: "完成" },
        9: { status: "做完啦" },
        16: { status: " 推进中 " },
      }),
    ],
    plan,
  );
  expect(result.filled[2].status).toBe("已完成");
  expect(result.filled[9].status).toBe("未启动");
  expect(result.filled[16].status).toBe("推进中");
  const taken = result.report.events.find((e) => e.no === 2)!;
  expect(taken).toMatchObject({ outcome: "taken", value: "完成", after: "已完成" });
  expect(taken.reason).toBe("状态“完成”按“已完成”采纳（名称规范化）");
  const rejected = result.report.events.find((e) => e.no === 9)!;
  expect(rejected).toMatchObject({ outcome: "rejected", value: "做完啦", after: "未启动" });
  expect(rejected.reason).toContain("不在总表的状态列表（未启动、推进中、已完成、滞后）中");
});

test("two copies changing a cell to different values: conflict, master kept; agreeing copies: taken once", () => {
  const result = mergeLedgers(
    snapshot(null, { 5: { progress: "总表原文" } }),
    [
      copy(
        "办公室.xlsx",
        "办公室",
        { 5: { progress: "办公室写的", contact: "张三" } },
        baseline("办公室", { 5: { progress: "总表原文" } }),
      ),
      copy(
        "保护司.xlsx",
        "保护司",
        { 5: { progress: "保护司写的", contact: "张三" } },
        baseline("保护司", { 5: { progress: "总表原文" } }),
      ),
    ],
    plan,
  );
  expect(result.filled[5].progress).toBe("总表原文");
  expect(result.filled[5].contact).toBe("张三");
  expect(result.report.conflicts).toEqual([
    {
      no: 5,
      field: "progress",
      master: "总表原文",
      masterChanged: false,
      values: [
        { copy: 0, value: "办公室写的" },
        { copy: 1, value: "保护司写的" },
      ],
    },
  ]);
  expect(of(result.report.events, "conflict")).toEqual(["0:5:progress", "1:5:progress"]);
  expect(of(result.report.events, "taken")).toEqual(["0:5:contact", "1:5:contact"]);
  expect(result.report.events.find((e) => e.copy === 0 && e.field === "progress")!.reason).toContain(
    "《保护司.xlsx》（保护司）填写为“保护司写的”",
  );
  const lines = reportLines(result, plan).join("\n");
  expect(lines).toContain(
    "序号 5「进展情况」：总表 “总表原文”；《办公室.xlsx》（办公室） “办公室写的”；《保护司.xlsx》（保护司） “保护司写的”",
  );
});

test("the master changed a cell since send-out and the copy changed it too: conflict (baseline tells)", () => {
  const master = snapshot(null, { 9: { progress: "办公室后来补充的" } });
  const result = mergeLedgers(
    master,
    [copy("办公室.xlsx", "办公室", { 9: { progress: "部门填写的" } })],
    plan,
  );
  expect(result.filled[9].progress).toBe("办公室后来补充的");
  expect(result.report.conflicts).toMatchObject([{ no: 9, field: "progress", masterChanged: true }]);
  expect(result.report.events[0].reason).toContain("总表在发出后已改为“办公室后来补充的”");
  // the master changed a cell the copy left alone: the master's value stays, no conflict
  const calm = mergeLedgers(master, [copy("办公室.xlsx", "办公室", { 2: { progress: "别的项" } })], plan);
  expect(calm.filled[9].progress).toBe("办公室后来补充的");
  expect(calm.filled[2].progress).toBe("别的项");
  expect(calm.report.conflicts).toEqual([]);
});

test("without a baseline only the department's own cells that differ are taken, never over the master's content", () => {
  const master = snapshot(null, { 9: { progress: "总表现有" }, 11: { progress: "公共服务司已合并的" } });
  const noBase: ReturnedCopy = {
    name: "旧副本.xlsx",
    snapshot: snapshot("办公室", {
      9: { progress: "副本中较旧的" },
      2: { contact: "李四", status: "推进中" },
    }),
  };
  const result = mergeLedgers(master, [noBase], plan);
  expect(result.problems).toEqual([]);
  // its own empty (or still 未启动) cells are filled
  expect(result.filled[2]).toMatchObject({ contact: "李四", status: "推进中" });
  // a cell the master holds content in is a conflict, not overwritten
  expect(result.filled[9].progress).toBe("总表现有");
  expect(result.report.conflicts).toMatchObject([{ no: 9, field: "progress", masterChanged: true }]);
  expect(result.report.events.find((e) => e.no === 9)!.reason).toContain("副本没有发出时的基准");
  // another department's item, blank in the stale copy, is not reset
  expect(result.filled[11].progress).toBe("公共服务司已合并的");
  expect(result.report.copies[0].notes.join()).toContain("没有发出时的基准内容");
});

test("a copy with neither a baseline nor a department (a lone 台账 sheet, an older master) is refused", () => {
  const whole: ReturnedCopy = {
    name: "整表.xlsx",
    snapshot: snapshot(null, { 11: { progress: "公共服务司的事" }, 2: { progress: "办公室的事" } }),
  };
  const master = snapshot(null, { 5: { progress: "条法司已合并的" } });
  const result = mergeLedgers(master, [whole], plan);
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0].message).toContain("既没有发出时的基准");
  expect(result.problems[0].message).toContain("taizhang workbook --from 总表.xlsx --for 部门");
  expect(result.filled[5].progress).toBe("条法司已合并的");
});

test("re-numbered rows are found by their text; unplaceable rows are rejected with their content", () => {
  const c = copy("办公室.xlsx", "办公室", {});
  const rows = c.snapshot.rows;
  // someone sorted and re-numbered: item 2 now carries 序号 1 and item 1 序号 2
  rows[0] = { ...rows[0], no: 2, values: row({ progress: "第1项的进展" }) };
  rows[1] = { ...rows[1], no: 1, values: row({ progress: "第2项的进展" }) };
  rows.push({ no: 31, task: "自己加的一项", values: row({ progress: "自加内容" }), sheetRow: 40 });
  rows.push({ no: null, task: "", values: row({ status: null, problems: "无序号的备注" }), sheetRow: 41 });
  const result = mergeLedgers(snapshot(null), [c], plan);
  expect(result.filled[1].progress).toBe("第1项的进展");
  expect(result.filled[2].progress).toBe("第2项的进展");
  expect(result.report.copies[0].notes).toEqual(
    expect.arrayContaining([
      "第 6 行：序号 2 与任务文字不符，已按任务文字对应到序号 1",
      "第 7 行：序号 1 与任务文字不符，已按任务文字对应到序号 2",
    ]),
  );
  const rejected = result.report.events.filter((e) => e.outcome === "rejected");
  expect(rejected.map((e) => [e.no, e.field, e.value])).toEqual([
    [31, "status", "未启动"],
    [31, "progress", "自加内容"],
    [null, "problems", "无序号的备注"],
  ]);
  expect(rejected[1].reason).toContain("总表中没有序号 31");
});

test("a deleted column is not read as cleared; a cleared cell is taken as cleared", () => {
  const master = snapshot(null, { 2: { contact: "王五", progress: "旧进展" } });
  const c: ReturnedCopy = {
    name: "办公室.xlsx",
    snapshot: snapshot("办公室", { 2: { contact: null, progress: null } }),
    baseline: baseline("办公室", { 2: { contact: "王五", progress: "旧进展" } }),
    missingFields: ["contact"],
  };
  const result = mergeLedgers(master, [c], plan);
  expect(result.filled[2].contact).toBe("王五");
  expect(result.filled[2].progress).toBeNull();
  expect(result.report.events[0]).toMatchObject({
    outcome: "taken",
    field: "progress",
    reason: "副本已清空该格",
  });
  expect(result.report.copies[0].notes[0]).toContain("副本中没有“联系人”列");
});

test("refuses another plan, an older format, an unknown department, a copy given as master", () => {
  const other = copy("别的计划.xlsx", "办公室", {});
  other.snapshot.planId = "plan-other-1234abcd";
  const old = copy("旧格式.xlsx", "办公室", {});
  old.snapshot.formatVersion = 0;
  const stranger = copy("外单位.xlsx", "外交部", {});
  const result = mergeLedgers(snapshot("办公室"), [other, old, stranger], plan, { masterName: "总表.xlsx" });
  const messages = result.problems.map((p) => p.message);
  expect(messages).toHaveLength(4);
  expect(messages[0]).toContain("“总表.xlsx” 是发给“办公室”的部门副本，不是总表");
  expect(messages[1]).toContain("是另一份计划的台账");
  expect(messages[2]).toContain("旧格式的台账（格式版本 0，当前为 1）");
  expect(messages[2]).toContain("taizhang workbook --from 旧格式.xlsx");
  expect(messages[3]).toContain("所属部门“外交部”不是本计划中的部门");
  expect(result.report.events).toEqual([]);
  expect(reportLines(result, plan)[0]).toContain("未合并");
});
