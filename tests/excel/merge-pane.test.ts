/**
 * Merging returned copies into the open workbook (the pane's 合并回收表) on the Excel test host: the open
 * ledger read as the merge's master, a copy written and edited as a department would, merged by the pure core,
 * written back in one sync — all or nothing.
 */
import { carryOver } from "../../src/core/ledger/carry-over";
import { LEDGER_HEADERS as H, LEDGER_LAYOUT, SHEETS } from "../../src/core/ledger/constants";
import { planId } from "../../src/core/ledger/plan-id";
import { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { buildCopySpec } from "../../src/core/merge/copy-spec";
import { mergeLedgers } from "../../src/core/merge/merge";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import { mergeChanges } from "../../src/taskpane/features/merge/changes";
import { readLedgerFile } from "../../src/xlsx/merge/read-file";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { LedgerEditor, save } from "../merge/helpers";
import { installHost, plan2019, workbookSnapshot } from "./support/host";
import { columnOf, itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";

const plan = plan2019();

async function openLedger() {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  return { host, api };
}

/** What `taizhang workbook --for DEPT` would send from this master, edited by the department. */
async function returnedCopy(
  master: LedgerSnapshot,
  department: string,
  edit: (ed: LedgerEditor) => void,
): Promise<Uint8Array> {
  const copy = buildCopySpec(plan, department, {
    statuses: DEFAULT_STATUSES,
    generatedAt: "2019-07-01T08:00:00.000Z",
    filled: carryOver(plan, master).filled,
  });
  if (!copy.ok) throw new Error(copy.message);
  const { wb, ed } = await LedgerEditor.open(await writeLedgerXlsx(copy.spec));
  edit(ed);
  return save(wb);
}

async function merged(master: LedgerSnapshot, name: string, bytes: Uint8Array) {
  const file = await readLedgerFile(bytes);
  if (!file.ok) throw new Error(file.message);
  const result = mergeLedgers(master, [{ name, snapshot: file.snapshot, baseline: file.baseline }], plan);
  expect(result.problems).toEqual([]);
  return { result, changes: mergeChanges(result) };
}

describe("readSnapshot", () => {
  it("reads what people filled in, by 序号, with the workbook's plan and statuses, in three syncs (discover, read in two parts)", async () => {
    const { host, api } = await openLedger();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 3, H.progress), "已起草");
    host.stats.reset();
    const snapshot = await api.readSnapshot();
    expect(host.stats.syncCount).toBe(3);
    expect(snapshot.planId).toBe(planId(plan));
    expect(snapshot.copyDepartment).toBeNull();
    expect(snapshot.statuses.map((s) => s.name)).toEqual(DEFAULT_STATUSES.map((s) => s.name));
    expect(snapshot.rows.map((r) => r.no)).toEqual(plan.items.map((i) => i.no));
    const row3 = snapshot.rows.find((r) => r.no === 3)!;
    expect(row3.values.progress).toBe("已起草");
    expect(row3.values.status).toBe("未启动");
    expect(row3.sheetRow).toBe(rowOf(host, 3));
  });

  it("says there is no ledger yet", async () => {
    installHost();
    const error = await createLedgerApi({ plan })
      .readSnapshot()
      .catch((e: unknown) => e);
    expect(isLedgerError(error) && error.code).toBe("no-ledger");
  });
});

describe("applyMerge", () => {
  it("writes the merged cells in one sync after one read; formula-like text stays text", async () => {
    const { host, api } = await openLedger();
    const master = await api.readSnapshot();
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "status", "推进中")
        .set(2, "progress", "=SUM(A1:A3) 已完成三项")
        .set(9, "contact", "+86 10 1234")
        .set(20, "status", "已完成")
        .set(20, "progress", "@全体 已发布")
        .set(6, "status", "已完成"); // not 办公室's item: skipped
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    expect(changes.map((c) => [c.no, c.field])).toEqual([
      [2, "status"],
      [2, "progress"],
      [9, "contact"],
      [20, "status"],
      [20, "progress"],
    ]);
    host.stats.reset();
    expect(await api.applyMerge(changes)).toEqual({ cells: 5, items: 3 });
    expect(host.stats.syncCount).toBe(2);
    expect(itemValue(host, 2, H.status)).toBe("推进中");
    expect(itemValue(host, 2, H.progress)).toBe("=SUM(A1:A3) 已完成三项");
    expect(itemValue(host, 9, H.contact)).toBe("+86 10 1234");
    expect(itemValue(host, 20, H.status)).toBe("已完成");
    expect(itemValue(host, 20, H.progress)).toBe("@全体 已发布");
    expect(itemValue(host, 6, H.status)).toBe("未启动");
    // Text, not formulas: nothing was executed.
    const formula = host.workbook.formulas(`${SHEETS.ledger}!${itemAddress(host, 2, H.progress)}`)[0][0];
    expect(formula).toBe("=SUM(A1:A3) 已完成三项");
    expect(host.workbook.value(`${SHEETS.ledger}!${itemAddress(host, 2, H.progress)}`)).toBe(
      "=SUM(A1:A3) 已完成三项",
    );
    // The ledger validates clean afterwards (the statuses are the workbook's own).
    expect((await api.validate()).findings).toEqual([]);
  });

  it("writes nothing when a cell changed after the merge was computed", async () => {
    const { host, api } = await openLedger();
    const master = await api.readSnapshot();
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "status", "推进中").set(16, "status", "已完成").set(16, "progress", "已完成");
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 16, H.progress), "办公室自己写的");
    const before = workbookSnapshot(host);
    const error = await api.applyMerge(changes).catch((e: unknown) => e);
    expect(isLedgerError(error) && error.message).toBe(
      "计算合并结果之后，第 16 项的“进展情况”在工作簿中又被修改了。为免覆盖，没有写入任何内容。",
    );
    expect(isLedgerError(error) && error.nextStep).toContain("请重新选择回收的副本");
    expect(workbookSnapshot(host)).toEqual(before);
  });

  it("writes nothing when an item's row is gone", async () => {
    const { host, api } = await openLedger();
    const master = await api.readSnapshot();
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "status", "推进中").set(30, "status", "推进中");
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    await personRuns(host, (ctx) =>
      ctx.workbook.worksheets
        .getItem(SHEETS.ledger)
        .getRange(`${rowOf(host, 30)}:${rowOf(host, 30)}`)
        .delete("Up"),
    );
    const before = workbookSnapshot(host);
    const error = await api.applyMerge(changes).catch((e: unknown) => e);
    expect(isLedgerError(error) && error.message).toBe("台账中找不到第 30 项的行，没有写入任何内容。");
    expect(workbookSnapshot(host)).toEqual(before);
  });

  it("finds moved columns by their header text", async () => {
    const { host, api } = await openLedger();
    const master = await api.readSnapshot();
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "contact", "王五");
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    // A person inserts a column before 联系人 meanwhile: the write follows the header.
    const contact = columnOf(host, H.contact);
    await personRuns(host, (ctx) =>
      ctx.workbook.worksheets.getItem(SHEETS.ledger).getRange(`${contact}:${contact}`).insert("Right"),
    );
    await api.applyMerge(changes);
    expect(itemValue(host, 2, H.contact)).toBe("王五");
  });

  it("writes dates (完成时限, and 更新时间 following its row) as Excel dates", async () => {
    const { host, api } = await openLedger();
    const master = await api.readSnapshot();
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "status", "推进中")
        .set(2, "due", new Date(Date.UTC(2019, 11, 31)))
        .set(2, "updated", new Date(Date.UTC(2019, 6, 3, 9, 30)));
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    expect(changes.filter((c) => c.no === 2).map((c) => [c.field, c.after])).toEqual([
      ["status", "推进中"],
      ["due", { date: "2019-12-31T00:00:00.000Z" }],
      ["updated", { date: "2019-07-03T09:30:00.000Z" }],
    ]);
    await api.applyMerge(changes);
    // Excel serials: 2019-12-31 is 43830; 2019-07-03 09:30 is 43649.395833…
    expect(itemValue(host, 2, H.due)).toBe(43830);
    expect(Number(itemValue(host, 2, H.updated))).toBeCloseTo(43649 + 9.5 / 24, 6);
    // Read back as dates: a second merge of the same copy has nothing left to write.
    const again = await merged(await api.readSnapshot(), "办公室.xlsx", bytes);
    expect(again.changes).toEqual([]);
  });

  it("does nothing for no changes (no Excel call)", async () => {
    const { host, api } = await openLedger();
    host.stats.reset();
    expect(await api.applyMerge([])).toEqual({ cells: 0, items: 0 });
    expect(host.stats.syncCount).toBe(0);
  });
});

describe("applyMerge with a renamed column and an added column", () => {
  it("writes to the column the snapshot read (the renamed 进展情况), never to the added 备注", async () => {
    const { host, api } = await openLedger();
    const L = SHEETS.ledger;
    await host.simulate.userEdit(L, itemAddress(host, 2, H.progress), "旧的进展");
    const progress = columnOf(host, H.progress);
    await host.simulate.userEdit(L, `${progress}${LEDGER_LAYOUT.headerRow}`, "本月情况");
    await personRuns(host, (ctx) => {
      ctx.workbook.tables.getItem("TZ_Ledger").columns.add(undefined, undefined, "备注");
    });
    const note = columnOf(host, "备注");
    await host.simulate.userEdit(L, `${note}${rowOf(host, 2)}`, "办公室的备注");

    const master = await api.readSnapshot();
    expect(master.rows.find((r) => r.no === 2)?.values.progress).toBe("旧的进展");
    const bytes = await returnedCopy(master, "办公室", (ed) => {
      ed.set(2, "progress", "新的进展");
    });
    const { changes } = await merged(master, "办公室.xlsx", bytes);
    expect(changes.map((c) => [c.no, c.field])).toEqual([[2, "progress"]]);

    expect(await api.applyMerge(changes)).toEqual({ cells: 1, items: 1 });
    expect(host.workbook.value(`${L}!${progress}${rowOf(host, 2)}`)).toBe("新的进展");
    expect(host.workbook.value(`${L}!${note}${rowOf(host, 2)}`)).toBe("办公室的备注");
    expect(host.workbook.values(`${L}!${note}${rowOf(host, 1)}:${note}${rowOf(host, 30)}`).flat()).toEqual(
      plan.items.map((i) => (i.no === 2 ? "办公室的备注" : "")),
    );
  });
});
