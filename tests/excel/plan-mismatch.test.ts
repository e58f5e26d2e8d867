/** A workbook whose ledger was made for another plan: validate and the overview say so, in one sync. */
import { LEDGER_HEADERS as H, SHEETS } from "../../src/core/ledger/constants";
import { planId } from "../../src/core/ledger/plan-id";
import { Plan } from "../../src/core/plan/types";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { isLedgerError } from "../../src/excel/ledger-error";
import { installHost, plan2019 } from "./support/host";
import { itemAddress } from "./support/ledger";

const plan = plan2019();

/** Another plan: another title, one item worded differently (so another 计划标识). */
function otherPlan(): Plan {
  const other = plan2019();
  other.title = "某局2020年政务公开工作要点";
  other.items[0] = { ...other.items[0], text: `${other.items[0].text}（2020年修订）` };
  return other;
}

/** The 设置 cell holding 计划标识. */
function planIdCell(host: ReturnType<typeof installHost>): string {
  const rows = host.workbook.values(`${SHEETS.settings}!I3:J20`);
  const at = rows.findIndex((row) => row[0] === "计划标识");
  if (at < 0) throw new Error("no 计划标识 on 设置");
  return `${SHEETS.settings}!J${3 + at}`;
}

describe("a ledger of another plan", () => {
  it("validate reports one finding naming both plans, instead of misleading findings, in one sync", async () => {
    const other = otherPlan();
    const host = installHost();
    await createLedgerApi({ plan: other }).createOrUpdate();
    // Something this plan would otherwise flag (an invalid status): not reported against the wrong plan.
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 3, H.status)}`, [["搁置"]]);
    host.stats.reset();
    const report = await createLedgerApi({ plan }).validate();
    expect(host.stats.syncCount).toBe(1);
    expect(report.normalisations).toEqual([]);
    expect(report.findings).toEqual([
      {
        address: planIdCell(host),
        item: null,
        kind: "other-plan",
        value: planId(other),
        message:
          `本工作簿的台账属于另一计划（“${other.title}”，计划标识 ${planId(other)}），` +
          `无法按本计划（“${plan.title}”，计划标识 ${planId(plan)}）校验。` +
          "请打开按本计划生成的台账工作簿；如确需把本工作簿改为本计划的台账，请先备份，再点击“生成/更新台账”（已填写的内容按序号保留）。",
      },
    ]);
  });

  it("the overview is a clear error, not this plan's progress, in one sync", async () => {
    const other = otherPlan();
    const host = installHost();
    await createLedgerApi({ plan: other }).createOrUpdate();
    host.stats.reset();
    const error = await createLedgerApi({ plan })
      .readOverview()
      .catch((e: unknown) => e);
    expect(host.stats.syncCount).toBe(1);
    expect(isLedgerError(error) && error.code).toBe("other-plan");
    expect(isLedgerError(error) && error.message).toBe(
      `本工作簿的台账属于另一计划（“${other.title}”，计划标识 ${planId(other)}），` +
        `无法按本计划（“${plan.title}”，计划标识 ${planId(plan)}）校验。`,
    );
    expect(isLedgerError(error) && error.nextStep).toContain("请打开按本计划生成的台账工作簿");
  });

  it("a ledger of this plan, or one without a 计划标识, is checked as usual", async () => {
    const host = installHost();
    const api = createLedgerApi({ plan });
    await api.createOrUpdate();
    expect(await api.validate()).toEqual({ findings: [], normalisations: [] });
    expect((await api.readOverview())?.totalItems).toBe(plan.items.length);

    host.workbook.seed(planIdCell(host), [[""]]);
    host.workbook.seed(`${SHEETS.ledger}!${itemAddress(host, 3, H.status)}`, [["搁置"]]);
    expect((await api.validate()).findings.map((f) => [f.kind, f.item])).toEqual([["invalid-status", 3]]);
    expect((await api.readOverview())?.invalidStatusItems).toBe(1);
  });
});
