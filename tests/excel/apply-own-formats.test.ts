import { SHEETS } from "../../src/core/ledger/constants";
import { applyLedger } from "../../src/excel/apply";
import { CAPS, installHost, plan2019 } from "./support/host";
import { columnOf, personRuns } from "./support/ledger";

// A person's own conditional format on the status column (Home → Conditional Formatting → Highlight Cells
// Rules → Text that Contains) is a textComparison rule: loading `custom` on it fails in Excel
// (OfficeDev/office-js#2180), so reading the ledger must not ask for it.
const NOW = () => new Date("2019-05-01T08:00:00Z");
const L = SHEETS.ledger;

test("生成/更新台账 still works with a person's own “Text that Contains” rule on the status column", async () => {
  const host = installHost();
  await applyLedger(plan2019(), { capabilities: CAPS, now: NOW });
  const status = columnOf(host, "状态");
  await personRuns(host, (ctx) => {
    const cf = ctx.workbook.worksheets
      .getItem(L)
      .getRange(`${status}6:${status}35`)
      .conditionalFormats.add("ContainsText");
    cf.textComparison.format.font.color = "#9C0006";
    cf.textComparison.rule = { operator: "Contains", text: "滞后" };
  });
  const before = host.workbook.conditionalFormats(L).length;

  const report = await applyLedger(plan2019(), {
    capabilities: CAPS,
    now: NOW,
    run: { retryDelayMs: 1 },
  });
  expect(report.created).toBe(false);
  // The add-in's own rules are recognised as intact, the person's rule stays.
  expect(report.repairs).toEqual([]);
  expect(host.workbook.conditionalFormats(L)).toHaveLength(before);
  expect(host.workbook.conditionalFormats(L)).toContainEqual(
    expect.objectContaining({ type: "ContainsText" }),
  );
});
