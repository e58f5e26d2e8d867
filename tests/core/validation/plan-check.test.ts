import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { planId } from "../../../src/core/ledger/plan-id";
import { Plan } from "../../../src/core/plan/types";
import { otherPlanFinding, workbookPlanFromSettings } from "../../../src/core/validation/plan-check";

const plan = JSON.parse(
  readFileSync(resolve(__dirname, "../../../data/plans/cnipa-2019.json"), "utf8"),
) as Plan;

/** 设置's metadata block from row 3 on (label in I, value in J), as a fresh ledger has it. */
function settingsRows(id: string | null, title: string | null): (string | number | null)[][] {
  return [
    ["格式版本", 1],
    ["计划标识", id ?? ""],
    ["计划标题", title ?? ""],
    ["印发单位", "国家知识产权局办公室"],
    ["", ""],
  ];
}

describe("workbookPlanFromSettings", () => {
  it("reads the plan's id (with its cell) and title", () => {
    expect(workbookPlanFromSettings(settingsRows("plan-x-0000abcd", "某局2020年要点"))).toEqual({
      id: "plan-x-0000abcd",
      title: "某局2020年要点",
      address: "设置!J4",
    });
  });

  it("says nothing when the workbook records no id", () => {
    expect(workbookPlanFromSettings(settingsRows(null, null))).toEqual({
      id: null,
      title: null,
      address: null,
    });
    expect(workbookPlanFromSettings([])).toEqual({ id: null, title: null, address: null });
  });
});

describe("otherPlanFinding", () => {
  it("is null for a ledger of this plan, or one that does not say", () => {
    expect(otherPlanFinding({ id: planId(plan), title: plan.title, address: "设置!J4" }, plan)).toBeNull();
    expect(otherPlanFinding({ id: null, title: null, address: null }, plan)).toBeNull();
  });

  it("names the other plan, this one, and what to do", () => {
    const finding = otherPlanFinding(
      { id: "plan-x-0000abcd", title: "某局2020年要点", address: "设置!J4" },
      plan,
    );
    expect(finding).toEqual({
      address: "设置!J4",
      item: null,
      kind: "other-plan",
      value: "plan-x-0000abcd",
      message: expect.stringContaining(
        "本工作簿的台账属于另一计划（“某局2020年要点”，计划标识 plan-x-0000abcd），无法按本计划（",
      ),
    });
    expect(finding?.message).toContain(planId(plan));
    expect(finding?.message).toContain("请打开按本计划生成的台账工作簿");
  });

  it("without a title, names the other plan by its id", () => {
    const finding = otherPlanFinding({ id: "plan-x-0000abcd", title: null, address: "设置!J4" }, plan);
    expect(finding?.message).toMatch(/^本工作簿的台账属于另一计划（计划标识 plan-x-0000abcd），/);
  });
});
