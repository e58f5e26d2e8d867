import { buildLedgerSpec } from "../../src/core/ledger/build";
import { carryOver } from "../../src/core/ledger/carry-over";
import { SHEETS } from "../../src/core/ledger/constants";
import { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { FilledRow } from "../../src/core/ledger/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "./plan-2019";

const plan = plan2019();
const row = (over: Partial<FilledRow>): FilledRow => ({
  status: "推进中",
  progress: null,
  problems: null,
  contact: null,
  due: null,
  updated: null,
  ...over,
});

const snapshot: LedgerSnapshot = {
  formatVersion: 1,
  planId: "x",
  planTitle: plan.title,
  copyDepartment: null,
  statuses: [...DEFAULT_STATUSES],
  rows: [
    {
      no: 5,
      task: plan.items[4].text,
      values: row({ progress: "已完成研判", updated: { date: "2019-07-01T00:00:00.000Z" } }),
      sheetRow: 6,
    },
    { no: 2, task: "旧文字", values: row({ status: "已完成", contact: "张三" }), sheetRow: 7 },
    { no: 5, task: "", values: row({ progress: "重复行" }), sheetRow: 8 },
    { no: 99, task: "新增事项", values: row({ progress: "自加的工作" }), sheetRow: 9 },
    { no: null, task: "", values: row({ problems: "无序号的备注" }), sheetRow: 10 },
  ],
  unplaced: [
    { no: 40, task: "更早的", values: row({ progress: "上次未对应" }), reason: "新计划中没有序号 40" },
  ],
};

test("places rows by 序号 and keeps everything else as unplaced", () => {
  const r = carryOver(plan, snapshot);
  expect(
    Object.keys(r.filled)
      .map(Number)
      .sort((a, b) => a - b),
  ).toEqual([2, 5]);
  expect(r.filled[5].progress).toBe("已完成研判");
  expect(r.filled[2]).toMatchObject({ status: "已完成", contact: "张三" });
  expect(r.carried).toEqual([
    { no: 5, fields: ["status", "progress", "updated"], taskChanged: false },
    { no: 2, fields: ["status", "contact"], taskChanged: true },
  ]);
  expect(r.unplaced.map((u) => [u.no, u.values.progress ?? u.values.problems])).toEqual([
    [5, "重复行"],
    [99, "自加的工作"],
    [null, "无序号的备注"],
    [40, "上次未对应"],
  ]);
});

test("the spec writes carried values and an unplaced sheet", () => {
  const r = carryOver(plan, snapshot);
  const spec = buildLedgerSpec(plan, {
    statuses: DEFAULT_STATUSES,
    copyDepartment: null,
    generatedAt: null,
    filled: r.filled,
    unplaced: r.unplaced,
  });
  const ledger = spec.sheets[0];
  const L = spec.layout.ledger;
  const body = ledger.blocks.find((b) => b.row === L.firstBodyRow)!.values;
  expect(body[4][L.columns.progress - 1]).toBe("已完成研判");
  expect(body[4][L.columns.updated - 1]).toEqual({ date: "2019-07-01T00:00:00.000Z" });
  expect(body[1][L.columns.status - 1]).toBe("已完成");
  expect(body[0][L.columns.status - 1]).toBe("未启动");
  const unplaced = spec.sheets.find((s) => s.name === SHEETS.unplaced)!;
  const cells = unplaced.blocks.flatMap((b) => b.values.flat());
  expect(cells).toEqual(expect.arrayContaining(["自加的工作", "无序号的备注", "上次未对应", "重复行", 99]));
});

test("a 完成时限 that is the plan's own (prefilled) is carried but not reported as typed; another date is", () => {
  const item = plan.items.find((i) => i.deadline?.date)!;
  const other = plan.items.find((i) => i !== item)!;
  const result = carryOver(plan, {
    ...snapshot,
    rows: [
      {
        no: item.no,
        task: item.text,
        values: row({ due: { date: `${item.deadline!.date}T00:00:00.000Z` } }),
        sheetRow: 6,
      },
      {
        no: other.no,
        task: other.text,
        values: row({ due: { date: "2019-11-30T00:00:00.000Z" } }),
        sheetRow: 7,
      },
    ],
    unplaced: [],
  });
  expect(result.filled[item.no].due).toEqual({ date: `${item.deadline!.date}T00:00:00.000Z` });
  expect(result.carried.find((c) => c.no === item.no)?.fields).toEqual(["status"]);
  expect(result.carried.find((c) => c.no === other.no)?.fields).toEqual(["status", "due"]);
});
