import { LEDGER_HEADERS as H } from "../../../src/core/ledger/constants";
import { DEFAULT_STATUSES } from "../../../src/core/status/statuses";
import { statusesFromSettings, workbookStatuses } from "../../../src/core/validation/settings";
import { validateLedger } from "../../../src/core/validation/validate";
import { plan2019 } from "../../ledger/plan-2019";
import { columnLetter } from "../../../src/core/ledger/a1";
import { cellOf, col, freshGrid, rowOf, setCell } from "./grid-fixture";

const plan = plan2019();

describe("validateLedger", () => {
  it("finds nothing in a fresh ledger", () => {
    const report = validateLedger(freshGrid(plan), plan, DEFAULT_STATUSES);
    expect(report).toEqual({ findings: [], normalisations: [] });
  });

  it("reports a pasted status not in the list, naming the item and the cell, and proposes the listed name", () => {
    const grid = freshGrid(plan);
    setCell(grid, 7, H.status, "完成");
    setCell(grid, 7, H.progress, "已印发");
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    const cell = cellOf(grid, 7, H.status);
    expect(report.findings).toEqual([
      {
        address: cell,
        item: 7,
        kind: "invalid-status",
        message: `第 7 项（${cell}）的状态“完成”不在状态列表中。建议改为“已完成”（见“规范化建议”）。`,
        value: "完成",
      },
    ]);
    expect(report.normalisations).toEqual([
      { address: cell, item: 7, from: "完成", to: "已完成", field: "status" },
    ]);
  });

  it("lists the allowed statuses when a bad status has no obvious fix", () => {
    const grid = freshGrid(plan);
    setCell(grid, 3, H.status, "暂缓");
    const [finding] = validateLedger(grid, plan, DEFAULT_STATUSES).findings;
    expect(finding.kind).toBe("invalid-status");
    expect(finding.message).toContain("请从下拉列表中选择：未启动、推进中、已完成、滞后。");
  });

  it("uses the workbook's own status list", () => {
    const grid = freshGrid(plan);
    setCell(grid, 2, H.status, "暂缓");
    const statuses = [...DEFAULT_STATUSES, { name: "暂缓", done: false, fill: "#FFFFFF", font: "#000000" }];
    expect(validateLedger(grid, plan, statuses).findings).toEqual([]);
  });

  it("reports a done status without progress text, at the progress cell", () => {
    const grid = freshGrid(plan);
    setCell(grid, 12, H.status, "已完成");
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    const cell = cellOf(grid, 12, H.progress);
    expect(report.findings).toEqual([
      {
        address: cell,
        item: 12,
        kind: "done-without-progress",
        message: `第 12 项（${cell}）的状态为“已完成”，但“进展情况”为空。请填写完成情况。`,
      },
    ]);
    setCell(grid, 12, H.progress, "　");
    expect(validateLedger(grid, plan, DEFAULT_STATUSES).findings).toHaveLength(1);
    setCell(grid, 12, H.progress, "已报送");
    expect(validateLedger(grid, plan, DEFAULT_STATUSES).findings).toEqual([]);
  });

  it("also checks progress for a variant that normalises to a done status", () => {
    const grid = freshGrid(plan);
    setCell(grid, 5, H.status, "已经完成");
    const kinds = validateLedger(grid, plan, DEFAULT_STATUSES).findings.map((f) => f.kind);
    expect(kinds).toEqual(["invalid-status", "done-without-progress"]);
  });

  it("reports missing, duplicated and unknown items by 序号 against the plan", () => {
    const grid = freshGrid(plan);
    const noCol = col(grid, H.no);
    grid.body.splice(rowOf(grid, 9), 1); // item 9 deleted
    const real21 = cellOf(grid, 21, H.no);
    const former20 = cellOf(grid, 20, H.no);
    grid.body[rowOf(grid, 20)][noCol] = 21; // 20 becomes a second 21 → 20 missing, 21 duplicated
    grid.body.push(grid.body[0].map((_, i) => (i === noCol ? 31 : i === col(grid, H.task) ? "新增" : "")));
    grid.body.push(grid.body[0].map((_, i) => (i === col(grid, H.progress) ? "无序号的内容" : "")));
    grid.body.push(grid.body[0].map(() => "")); // an empty row is fine
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    const summary = report.findings.map((f) => [f.kind, f.item, f.address]);
    expect(summary).toEqual([
      ["duplicate-item", 21, real21],
      ["unknown-item", null, "台账!A35"],
      ["unknown-item", null, "台账!A36"],
      ["missing-item", 9, null],
      ["missing-item", 20, null],
    ]);
    const [dup, unknown, withoutNo, missing] = report.findings;
    expect(dup.message).toBe(
      `第 21 项在台账中重复出现（${real21}，首次出现在 ${former20}）。请删除或合并重复的行。`,
    );
    expect(unknown.message).toBe(
      "台账!A35 的序号“31”不在工作要点中（共 30 项）。请核对序号；多余的行可以删除。",
    );
    expect(withoutNo.message).toContain("没有序号");
    expect(missing.message).toMatch(
      /^第 9 项（.+）在台账中没有对应的行（可能已被删除）。请点击“生成\/更新台账”修复/,
    );
  });

  it("reads a 序号 typed as full-width text and proposes plain digits", () => {
    const grid = freshGrid(plan);
    grid.body[rowOf(grid, 4)][col(grid, H.no)] = "４";
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    expect(report.findings).toEqual([]);
    expect(report.normalisations).toEqual([
      { address: "台账!A9", item: 4, from: "４", to: "4", field: "no" },
    ]);
  });

  it("reports required columns renamed (the header cell) or deleted (no cell)", () => {
    const grid = freshGrid(plan);
    const progress = col(grid, H.progress);
    grid.headers[progress] = "工作进展"; // an alias: still read, but reported as renamed
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    const letter = columnLetter(progress + 1);
    expect(report.findings).toEqual([
      {
        address: `台账!${letter}5`,
        item: null,
        kind: "missing-column",
        message: `台账!${letter}5 的列标题“工作进展”应为“进展情况”（列被改名）。请改回“进展情况”，或点击“生成/更新台账”修复（已填写的内容会保留）。`,
        value: "工作进展",
      },
    ]);

    grid.headers[progress] = "备注"; // not an alias, same position: renamed, column still used
    setCell(grid, 1, H.status, "已完成");
    const renamed = validateLedger(grid, plan, DEFAULT_STATUSES).findings;
    expect(renamed.map((f) => [f.kind, f.value])).toEqual([
      ["missing-column", "备注"],
      ["done-without-progress", undefined],
    ]);

    const status = col(grid, H.status);
    grid.headers.splice(status, 1);
    grid.body.forEach((row) => row.splice(status, 1));
    const deleted = validateLedger(freshGridWithout(H.contact), plan, DEFAULT_STATUSES).findings;
    expect(deleted).toEqual([
      {
        address: null,
        item: null,
        kind: "missing-column",
        message: "台账缺少“联系人”列（可能已被删除）。请点击“生成/更新台账”修复（已填写的内容会保留）。",
      },
    ]);
  });

  it("reports a deleted department column", () => {
    const dept = plan.departments[2].name;
    const findings = validateLedger(freshGridWithout(dept), plan, DEFAULT_STATUSES).findings;
    expect(findings.map((f) => f.message)).toEqual([
      `台账缺少“${dept}”列（可能已被删除）。请点击“生成/更新台账”修复（已填写的内容会保留）。`,
    ]);
  });

  it("proposes clean-ups of stray spaces and full-width letters in free text", () => {
    const grid = freshGrid(plan);
    setCell(grid, 2, H.progress, "\u3000已完成第１阶段 ");
    setCell(grid, 2, H.contact, "张三　");
    const report = validateLedger(grid, plan, DEFAULT_STATUSES);
    expect(report.findings).toEqual([]);
    expect(report.normalisations.map((n) => [n.item, n.from, n.to])).toEqual([
      [2, "\u3000已完成第１阶段 ", "已完成第1阶段"],
      [2, "张三　", "张三"],
    ]);
  });
});

describe("status list from the settings sheet", () => {
  it("reads names, done flags and colours until the first blank name", () => {
    const rows = [
      ["未启动", "否", "#ededed", "#404040"],
      ["已完成", "是", "#E2EFDA", "bad"],
      ["", "", "", ""],
      ["ignored", "是", "", ""],
    ];
    expect(statusesFromSettings(rows)).toEqual([
      { name: "未启动", done: false, fill: "#EDEDED", font: "#404040" },
      { name: "已完成", done: true, fill: "#E2EFDA", font: "#000000" },
    ]);
    expect(workbookStatuses([["", ""]])).toBe(DEFAULT_STATUSES);
    expect(workbookStatuses(null)).toBe(DEFAULT_STATUSES);
  });
});

function freshGridWithout(header: string) {
  const grid = freshGrid(plan);
  const c = col(grid, header);
  grid.headers.splice(c, 1);
  grid.body.forEach((row) => row.splice(c, 1));
  return grid;
}
