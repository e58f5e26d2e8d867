/**
 * One status vocabulary: 校验 (statusProposal) and merge (checkStatus) read every typed status the same way.
 */
import { checkStatus } from "../../../src/core/merge/status";
import { DEFAULT_STATUSES, StatusDef } from "../../../src/core/status/statuses";
import { STATUS_VARIANTS, cleanStatus, listedStatus } from "../../../src/core/status/variants";
import { statusProposal } from "../../../src/core/validation/normalise";

const NAMES = DEFAULT_STATUSES.map((s) => s.name);

/** The listed status 校验 says the text stands for (the text itself when listed), or null. */
function byValidation(typed: string, names: readonly string[]): string | null {
  return names.includes(typed) ? typed : statusProposal(typed, names);
}

/** The same from merge. */
function byMerge(typed: string, statuses: readonly StatusDef[]): string | null {
  const check = checkStatus(typed, statuses);
  return check.ok && typeof check.value === "string" ? check.value : null;
}

/** Both variant lists as they stood before they were one table: every entry must still map. */
const FORMER_VALIDATION =
  "完成 已经完成 完成了 已完成了 全部完成 已办结 办结 进行中 正在进行 正在推进 推进 在推进 未开始 尚未开始 尚未启动 没有启动 延期 逾期 进度滞后".split(
    " ",
  );
const FORMER_MERGE =
  "完成 已经完成 完成了 全部完成 办结 已办结 已落实 进行中 正在推进 正在进行 推进 在推进 已启动 未开始 尚未启动 未开展 尚未开展 延期 延误 逾期 进度滞后".split(
    " ",
  );

describe("one status vocabulary", () => {
  it("is the union of the variant lists 校验 and merge had", () => {
    expect(Object.keys(STATUS_VARIANTS).sort()).toEqual(
      [...new Set([...FORMER_VALIDATION, ...FORMER_MERGE])].sort(),
    );
    for (const to of Object.values(STATUS_VARIANTS)) expect(NAMES).toContain(to);
  });

  it.each(Object.entries(STATUS_VARIANTS))("%s → %s in 校验 and merge alike", (typed, to) => {
    expect(listedStatus(typed, NAMES)).toBe(to);
    expect(byValidation(typed, NAMES)).toBe(to);
    expect(byMerge(typed, DEFAULT_STATUSES)).toBe(to);
  });

  it.each([
    ["已完成", "已完成"],
    [" 已完成", "已完成"],
    ["已完成\u3000", "已完成"],
    ["推 进 中", "推进中"],
    ["完成。", "已完成"],
    ["完成！", "已完成"],
    ["完成．", "已完成"],
    ["\u3000完成 ", "已完成"],
    ["\u200b未开展", "未启动"],
    ["已推进中", "推进中"],
    ["已滞后", "滞后"],
    ["暂缓", null],
    ["做完啦", null],
    ["   ", null],
    ["。", null],
  ])("%j → %s in 校验 and merge alike", (typed, to) => {
    expect(byValidation(typed, NAMES)).toBe(to);
    expect(byMerge(typed, DEFAULT_STATUSES)).toBe(to);
  });

  it("maps onto a workbook's own list only, in 校验 and merge alike", () => {
    const own: StatusDef[] = ["未启动", "办理中", "办结"].map((name) => ({
      name,
      done: name === "办结",
      fill: "#FFFFFF",
      font: "#000000",
    }));
    const names = own.map((s) => s.name);
    for (const [typed, to] of [
      ["完成", null],
      ["办结 ", "办结"],
      ["已办结", "办结"],
      ["尚未开始", "未启动"],
    ] as const) {
      expect(byValidation(typed, names)).toBe(to);
      expect(byMerge(typed, own)).toBe(to);
    }
  });

  it("cleans a typed status to a short code", () => {
    expect(cleanStatus("\u3000推 进\u00a0中！")).toBe("推进中");
    expect(cleanStatus("ＡＢ１")).toBe("AB1");
  });
});
