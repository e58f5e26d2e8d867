/** Issue 14: the 本轮 panel's Excel side on the host — read, 开始新一轮, 结束本轮, each one Excel.run. */
import { LEDGER_HEADERS as H, META_LABELS, SHEETS } from "../../src/core/ledger/constants";
import { HISTORY_HEADERS, ROUND_SHEETS } from "../../src/core/rounds/constants";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";

const plan = plan2019();
const NOW = () => new Date("2019-09-30T04:00:00Z");

test("start a round, see who has not reported with contacts, refuse a second, close it into 进展记录", async () => {
  const host = installHost();
  const api = createLedgerApi({ plan, now: NOW });
  await api.createOrUpdate();
  expect(await api.readRoundReport()).toEqual({ round: null, reported: [], missing: [] });

  const dept = "公共服务司";
  const own = plan.items.find((i) =>
    i.assignments.some((a) => a.department === dept && a.role === "lead"),
  )!.no;
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, own, H.contact), [["李四 010-1234"]]);
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 1, H.progress), [["第一季度已完成解读"]]);

  host.stats.reset();
  const started = await api.startRound("2019年第三季度", "2019-09-25");
  expect(host.stats.syncCount).toBe(4); // an update: discover, read (2), write
  expect(started.repairs).toEqual([]);
  expect(host.workbook.values(`${ROUND_SHEETS.data}!A2:D2`)[0]).toEqual([
    "2019年第三季度",
    "2019-09-30",
    "2019-09-25",
    "",
  ]);
  expect(host.workbook.sheetInfo(ROUND_SHEETS.data).visibility).toBe("VeryHidden");

  const report = await api.readRoundReport();
  expect(report.round).toEqual({
    name: "2019年第三季度",
    startedAt: "2019-09-30",
    due: "2019-09-25",
    closedAt: null,
  });
  const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
  expect(report.missing.map((m) => m.department)).toEqual(units);
  expect(report.missing.find((m) => m.department === dept)?.contacts).toEqual(["李四 010-1234"]);
  // the same rule as round status: a contact on a shared (分工负责) row is nobody's
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 5, H.contact), [["张三 010-5678"]]);
  const shared = await api.readRoundReport();
  expect(shared.missing.filter((m) => m.contacts.includes("张三 010-5678"))).toEqual([]);

  const refused = await api.startRound("2019年第四季度", "2019-12-25").catch((e: unknown) => e);
  expect(isLedgerError(refused) && refused.message).toBe("上一轮“2019年第三季度”尚未结束。");

  await api.closeRound();
  const closed = await api.readRoundReport();
  expect(closed.round?.closedAt).toBe("2019-09-30");
  const log = host.workbook.values(`${ROUND_SHEETS.history}!A3:G40`).filter((r) => r[0] !== "");
  expect(log).toHaveLength(plan.items.length);
  expect(log.find((r) => r[3] === 1)).toEqual(
    expect.arrayContaining(["2019年第三季度", "本轮结束快照", "第一季度已完成解读"]),
  );
  expect(itemValueText(host, 1)).toBe("第一季度已完成解读");

  const again = await api.closeRound().catch((e: unknown) => e);
  expect(isLedgerError(again) && again.message).toBe("现在没有进行中的一轮。");
});

function itemValueText(host: ReturnType<typeof installHost>, no: number): unknown {
  return host.workbook.value(`${SHEETS.ledger}!${itemAddress(host, no, H.progress)}`);
}

/**
 * 结束本轮 on the host, in two syncs or (a sheet gone) through the full update: the same snapshot — the
 * items' departments and 时限状态 with the 临期天数 set on 设置 (3 here, not the default 5).
 */
test.each([
  ["two syncs", false],
  ["the full update (报送情况 deleted)", true],
])("结束本轮 via %s: 部门 and 临期 as the ledger sets them", async (_how, deleteStatus) => {
  const host = installHost();
  const api = createLedgerApi({ plan, now: NOW });
  await api.createOrUpdate();
  await api.startRound("2019年第三季度", "2019-10-30");
  const meta = host.workbook.values(`${SHEETS.settings}!I1:I40`);
  const nearRow = meta.findIndex((r) => r[0] === META_LABELS.nearDays) + 1;
  expect(nearRow).toBeGreaterThan(0);
  await host.simulate.userEdit(SHEETS.settings, `J${nearRow}`, [[3]]);
  // closed Monday 2019-09-30: 10-08 is the 2nd working day (国庆 1–7), 10-10 the 4th
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 2, H.due), [["2019-10-08"]]);
  await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 6, H.due), [["2019-10-10"]]);
  if (deleteStatus) {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(ROUND_SHEETS.status).delete();
      await context.sync();
    });
  }
  host.stats.reset();
  await api.closeRound();
  expect(host.stats.syncCount === 2).toBe(!deleteStatus);
  const [header, ...rows] = host.workbook.values(`${ROUND_SHEETS.history}!A2:P40`);
  const col = (h: string) => header.indexOf(h);
  const row = (no: number) => rows.find((r) => r[col(HISTORY_HEADERS.no)] === no)!;
  expect(row(2)[col(HISTORY_HEADERS.deadline)]).toBe("临期");
  expect(row(6)[col(HISTORY_HEADERS.deadline)]).toBe(""); // 临期 only with the default 5 days
  expect(row(5)[col(HISTORY_HEADERS.department)]).toBe(
    "办公室、条法司、保护司、运用促进司、复审和无效审理部、商标局",
  );
  expect(row(1)[col(HISTORY_HEADERS.department)]).toBe("政策牵头起草部门");
});
