import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { LedgerError } from "../../src/excel/ledger-error";
import { installHost, plan2019 } from "./support/host";
import { itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";

const plan = plan2019();

/** A ledger with three statuses to normalise (items 3, 4: 完成; item 9: 进行中) and its report. */
async function reported() {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  for (const no of [3, 4])
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, no, H.status)}`, [["完成"]]);
  host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 9, H.status)}`, [["进行中"]]);
  const report = await api.validate();
  expect(report.normalisations.map((n) => [n.item, n.from, n.to])).toEqual([
    [3, "完成", "已完成"],
    [4, "完成", "已完成"],
    [9, "进行中", "推进中"],
  ]);
  host.stats.reset();
  return { host, api, report };
}

async function rejected(promise: Promise<unknown>): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerError);
  return error as LedgerError;
}

describe("applyNormalisations only writes cells that still hold what 校验 saw", () => {
  it("unchanged cells are written, in two syncs", async () => {
    const { host, api, report } = await reported();
    expect(await api.applyNormalisations(report.normalisations)).toBe(3);
    expect(host.stats.syncCount).toBe(2);
    for (const no of [3, 4]) expect(itemValue(host, no, H.status)).toBe("已完成");
    expect(itemValue(host, 9, H.status)).toBe("推进中");
  });

  it("a cell typed over since 校验: nothing is written and the person is told to check again", async () => {
    const { host, api, report } = await reported();
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 4, H.status), "滞后");
    host.stats.reset();
    const error = await rejected(api.applyNormalisations(report.normalisations));
    expect(error.code).toBe("general");
    expect(error.message).toBe("工作表内容在校验后已变化，未做规范化。");
    expect(error.nextStep).toBe("请重新点击“校验”后再确认。");
    expect(host.stats.syncCount).toBe(1); // the read; no write batch
    expect(itemValue(host, 3, H.status)).toBe("完成"); // not even the still-unchanged cells
    expect(itemValue(host, 4, H.status)).toBe("滞后");
    expect(itemValue(host, 9, H.status)).toBe("进行中");
  });

  it("rows inserted since 校验 shift the cells: nothing is written over them", async () => {
    const { host, api, report } = await reported();
    const row = rowOf(host, 2);
    await personRuns(host, (ctx) =>
      ctx.workbook.worksheets.getItem(SHEETS.ledger).getRange(`${row}:${row}`).insert("Down"),
    );
    const error = await rejected(api.applyNormalisations(report.normalisations));
    expect(error.message).toBe("工作表内容在校验后已变化，未做规范化。");
    for (const no of [3, 4]) expect(itemValue(host, no, H.status)).toBe("完成");
    expect(itemValue(host, 9, H.status)).toBe("进行中");
    expect(itemValue(host, 2, H.status)).toBe("未启动");
  });
});
