import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import { installHost, plan2019 } from "./support/host";
import { columnOf, itemAddress, itemValue, personRuns, rowOf } from "./support/ledger";

const plan = plan2019();

async function ledger() {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  host.stats.reset();
  return { host, api };
}

describe("validate in Excel", () => {
  it("finds nothing in a fresh ledger, in one sync", async () => {
    const { host, api } = await ledger();
    expect(await api.validate()).toEqual({ findings: [], normalisations: [] });
    expect(host.stats.syncCount).toBe(1);
  });

  it("reports a pasted status, a done item without progress and a renamed header, with cell addresses", async () => {
    const { host, api } = await ledger();
    const status = itemAddress(host, 7, H.status);
    await host.simulate.userEdit(SHEETS.ledger, status, "已完成");
    // Pasting bypasses the drop-down's validation: write as the host would store a paste.
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 8, H.status)}`, [["完成"]]);
    const progressCol = columnOf(host, H.progress);
    await host.simulate.userEdit(SHEETS.ledger, `${progressCol}5`, "工作进展");
    const report = await api.validate();
    expect(report.findings.map((f) => [f.kind, f.item, f.address])).toEqual([
      ["missing-column", null, `台账!${progressCol}5`],
      ["done-without-progress", 7, `台账!${progressCol}${rowOf(host, 7)}`],
      ["invalid-status", 8, `台账!${itemAddress(host, 8, H.status)}`],
      ["done-without-progress", 8, `台账!${progressCol}${rowOf(host, 8)}`],
    ]);
    expect(report.findings[2].message).toBe(
      `第 8 项（台账!${itemAddress(host, 8, H.status)}）的状态“完成”不在状态列表中。建议改为“已完成”（见“规范化建议”）。`,
    );
    expect(report.normalisations).toEqual([
      {
        address: `台账!${itemAddress(host, 8, H.status)}`,
        item: 8,
        from: "完成",
        to: "已完成",
        field: "status",
      },
    ]);
  });

  it("reads the status list from the settings sheet", async () => {
    const { host, api } = await ledger();
    host.workbook.seed(`${SHEETS.settings}!A7:D7`, [["暂缓", "否", "#FFFFFF", "#000000"]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 3, H.status)}`, [["暂缓"]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 4, H.status)}`, [["搁置"]]);
    const report = await api.validate();
    expect(report.findings.map((f) => [f.kind, f.item])).toEqual([["invalid-status", 4]]);
    expect(report.findings[0].message).toContain("未启动、推进中、已完成、滞后、暂缓");
  });

  it("applies normalisations in two syncs (check, then column runs), keeping text as text", async () => {
    const { host, api } = await ledger();
    for (const no of [3, 4, 5])
      host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, no, H.status)}`, [["完成 "]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 9, H.status)}`, [["进行中"]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 9, H.contact)}`, [["１３８１２３４５６７８"]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 10, H.no)}`, [["１０"]]);
    const report = await api.validate();
    expect(report.normalisations).toHaveLength(6);
    host.stats.reset();
    expect(await api.applyNormalisations(report.normalisations)).toBe(6);
    expect(host.stats.syncCount).toBe(2);
    expect(host.stats.syncs[1].labels.filter((l) => l.includes("values"))).toHaveLength(4);
    for (const no of [3, 4, 5]) expect(itemValue(host, no, H.status)).toBe("已完成");
    expect(itemValue(host, 9, H.status)).toBe("推进中");
    expect(itemValue(host, 9, H.contact)).toBe("13812345678");
    expect(itemValue(host, 10, H.no)).toBe(10);
    const after = await api.validate();
    expect(after.normalisations).toEqual([]);
    expect(after.findings.map((f) => f.kind)).toEqual([
      "done-without-progress",
      "done-without-progress",
      "done-without-progress",
    ]);
  });

  it("finds deleted rows and unknown 序号", async () => {
    const { host, api } = await ledger();
    const row = rowOf(host, 12);
    await personRuns(host, (ctx) =>
      ctx.workbook.worksheets.getItem(SHEETS.ledger).getRange(`${row}:${row}`).delete("Up"),
    );
    await host.simulate.userEdit(SHEETS.ledger, itemAddress(host, 13, H.no), 99);
    const report = await api.validate();
    expect(report.findings.map((f) => [f.kind, f.item, f.value ?? null])).toEqual([
      ["unknown-item", null, "99"],
      ["missing-item", 12, null],
      ["missing-item", 13, null],
    ]);
  });

  it("says there is no ledger yet, with the next step", async () => {
    installHost();
    const error = await createLedgerApi({ plan })
      .validate()
      .catch((e: unknown) => e);
    expect(isLedgerError(error) && [error.code, error.message, error.nextStep]).toEqual([
      "no-ledger",
      "尚未生成台账。",
      "请先点击“生成/更新台账”。",
    ]);
  });

  it("still validates when the ledger table was removed (reads the sheet from the header row)", async () => {
    const { host, api } = await ledger();
    await personRuns(host, (ctx) => ctx.workbook.tables.getItem("TZ_Ledger").convertToRange());
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 2, H.status)}`, [["进行中"]]);
    host.stats.reset();
    const report = await api.validate();
    expect(report.findings.map((f) => [f.kind, f.item])).toEqual([["invalid-status", 2]]);
    expect(host.stats.syncCount).toBeLessThanOrEqual(3);
  });
});
