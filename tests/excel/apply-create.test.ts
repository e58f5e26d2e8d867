import { buildLedgerSpec } from "../../src/core/ledger/build";
import { NAMES, SHEETS } from "../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019, workbookSnapshot } from "./support/host";
import { columnOf, itemValue } from "./support/ledger";

const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

describe("creating the ledger", () => {
  test("writes every sheet, table, name, rule and the page setup in two syncs", async () => {
    const host = installHost();
    const plan = plan2019();
    const report = await applyLedger(plan, { capabilities: CAPS, now: NOW });
    expect(report).toMatchObject({ created: true, rowsWritten: 30, rowsKept: 0, repairs: [] });
    expect(host.stats.syncCount).toBe(2);
    expect(host.stats.tableRowAdds).toBe(0);
    expect(host.workbook.getSheetNames()).toEqual([
      "Sheet1",
      L,
      SHEETS.assignments,
      SHEETS.summary,
      SHEETS.settings,
      "TZ_Plan", // the plan the workbook carries (very hidden)
      "TZ_Key", // the master's merge key (very hidden): the copies it sends are sealed with it
    ]);
    expect(host.workbook.activeSheet()).toBe(L);

    const spec = buildLedgerSpec(plan, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
    });
    const tables = host.workbook.tables();
    expect(tables.map((t) => [t.name, t.address])).toEqual([
      ["TZ_Ledger", `${L}!A5:AH35`],
      ["TZ_Assignments", `${SHEETS.assignments}!A1:I${spec.layout.assignments.bodyRows + 1}`],
    ]);
    expect(tables[0].columns).toEqual(spec.sheets[0].tables[0].columns);
    expect(tables[0].style).toBe("TableStyleLight1");
    expect(
      host.workbook
        .names()
        .map((n) => n.name)
        .sort(),
    ).toEqual(spec.names.map((n) => n.name).sort());
    expect(host.workbook.names().find((n) => n.name === NAMES.ledgerStatus)?.formula).toBe(
      "='台账'!$AB$6:$AB$35",
    );

    expect(itemValue(host, 1, "板块")).toBe("一、着眼稳定预期,加强政策解读和回应关切");
    expect(itemValue(host, 1, "状态")).toBe("未启动");
    expect(itemValue(host, 1, "政策牵头起草部门")).toBe("负责");
    const status = columnOf(host, "状态");
    expect(host.workbook.dataValidations(L)).toEqual([
      expect.objectContaining({
        addresses: [`${status}6:${status}35`],
        type: "List",
        errorAlert: expect.objectContaining({ style: "Stop", title: "状态无效" }),
      }),
    ]);
    const state = columnOf(host, "时限状态");
    const due = columnOf(host, "完成时限");
    expect(host.workbook.conditionalFormats(L).map((c) => c.addresses)).toEqual([
      ...Array(4).fill([`${status}6:${status}35`]),
      ...Array(2).fill([`${state}6:${state}35`]),
      ...Array(2).fill([`${due}6:${due}35`]),
    ]);
    expect(host.workbook.freezePanes(L)).toEqual({ rows: 5, columns: 1 });
    expect(host.workbook.format(`${L}!A5`)).toMatchObject({ bold: true, fill: "#DDEBF7", wrapText: true });
    expect(host.workbook.format(`${L}!${columnOf(host, "完成时限")}6`).numberFormat).toBe("yyyy-mm-dd");
    expect(host.workbook.columnWidth(L, "D")).toBeCloseTo((36 * 7 + 5) * 0.75);
    const page = host.workbook.pageLayout(L);
    expect(page).toMatchObject({ orientation: "Landscape", paperSize: "A4", centerHorizontally: true });
    expect(page.printTitleRows).toBe(`${L}!5:5`);
    expect(page.footers.center).toBe("第 &P 页，共 &N 页");
    expect(host.workbook.sheetInfo(L)).toMatchObject({ tabColor: "#2F5597", showGridlines: false });
    expect(host.workbook.merges(SHEETS.summary).length).toBe(spec.sheets[2].merges.length);
    expect(host.workbook.warnings).toEqual([]);
  });

  test("text that looks like a formula, a number or a date stays text", async () => {
    const host = installHost();
    const plan = plan2019();
    plan.items[0].text = "=SUM(1,2) 不是公式";
    plan.items[1].text = "2019-06-30";
    plan.items[2].text = "+86 热线";
    await applyLedger(plan, { capabilities: CAPS, now: NOW });
    expect(itemValue(host, 1, "工作任务")).toBe("=SUM(1,2) 不是公式");
    expect(itemValue(host, 2, "工作任务")).toBe("2019-06-30");
    expect(itemValue(host, 3, "工作任务")).toBe("+86 热线");
    const again = await applyLedger(plan, { capabilities: CAPS, now: NOW });
    expect(again.rowsWritten).toBe(0);
  });

  test("without data validation the status list is left out with a note, not a repair", async () => {
    const host = installHost();
    const report = await applyLedger(plan2019(), {
      capabilities: { pivotTables: false, dataValidation: false },
      now: NOW,
    });
    expect(report.repairs).toEqual([]);
    expect(report.notes).toEqual([expect.stringContaining("不支持数据验证")]);
    expect(host.workbook.dataValidations(L)).toEqual([]);
    const again = await applyLedger(plan2019(), {
      capabilities: { pivotTables: false, dataValidation: false },
      now: NOW,
    });
    expect(again.repairs).toEqual([]);
  });

  test("on ExcelApi 1.8 the page setup (1.9) is skipped and everything else is written", async () => {
    const host = installHost({ supportedSets: { ExcelApi: "1.8" } });
    const report = await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
    expect(report.created).toBe(true);
    expect(host.workbook.pageLayout(L).footers.center).toBe("");
    expect(host.workbook.tables()).toHaveLength(2);
    expect(host.workbook.dataValidations(L)).toHaveLength(1);
  });

  test("a second run changes nothing", async () => {
    const host = installHost();
    await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
    const before = workbookSnapshot(host);
    host.stats.reset();
    const report = await applyLedger(plan2019(), {
      capabilities: CAPS,
      now: () => new Date("2020-01-01T00:00:00Z"),
    });
    expect(report).toMatchObject({ created: false, rowsWritten: 0, rowsKept: 30, repairs: [] });
    // Update: read in two syncs of fixed make-up (≤ 2.5 MB each at 3,000 items), then write (docs/excel-adapter.md).
    expect(host.stats.syncCount).toBeLessThanOrEqual(4);
    expect(host.stats.syncs.flatMap((s) => s.labels).filter((l) => /\((set)\)|\.add$|clear/.test(l))).toEqual(
      [],
    );
    expect(workbookSnapshot(host)).toEqual(before);
  });
});
