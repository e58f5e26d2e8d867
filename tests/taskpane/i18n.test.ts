import { enUS } from "../../src/taskpane/i18n/en-US";
import { dictionaries, localeFor } from "../../src/taskpane/i18n/locale";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import type { FindingKind } from "../../src/core/validation/types";
import type { LedgerErrorCode } from "../../src/excel/api";
import { sampleApply } from "./fake-api";

describe("dictionaries", () => {
  it("have the same keys, each of the same type", () => {
    const shape = (messages: object): string[] =>
      Object.entries(messages)
        .map(([key, value]) => `${key}:${typeof value}`)
        .sort();
    expect(shape(enUS)).toEqual(shape(zhCN));
    expect(Object.keys(dictionaries).sort()).toEqual(["en-US", "zh-CN"]);
  });

  it("have non-empty text for every key, different between the languages", () => {
    for (const [key, value] of Object.entries(zhCN)) {
      if (typeof value === "string") {
        expect(value.trim()).not.toBe("");
        expect(enUS[key as keyof typeof enUS]).not.toBe(value);
      }
    }
  });

  it("name every finding kind and error code in both languages", () => {
    // Records, so that a kind or code added to the contract without a test entry does not compile.
    const kinds = Object.keys({
      "invalid-status": true,
      "missing-item": true,
      "duplicate-item": true,
      "unknown-item": true,
      "missing-column": true,
      "done-without-progress": true,
      "other-plan": true,
    } satisfies Record<FindingKind, true>) as FindingKind[];
    const codes = Object.keys({
      "cell-edit-mode": true,
      "not-found": true,
      protected: true,
      "no-ledger": true,
      unsupported: true,
      "too-large": true,
      "other-plan": true,
      general: true,
    } satisfies Record<LedgerErrorCode, true>) as LedgerErrorCode[];
    for (const t of [zhCN, enUS]) {
      expect(new Set(kinds.map((k) => t.findingGroup(k, 1))).size).toBe(kinds.length);
      expect(new Set(codes.map((c) => t.errorTitle(c))).size).toBe(codes.length);
      for (const c of codes) expect(t.errorTitle(c)).toBeTruthy();
    }
  });
});

describe("result text", () => {
  it("says what 生成/更新台账 changed", () => {
    expect(zhCN.applyResult(sampleApply)).toBe(
      "已更新 30 行，保留 12 行已填内容，修复 1 处：补回部门列“商标局”。",
    );
    expect(zhCN.applyResult({ created: true, rowsWritten: 30, rowsKept: 0, repairs: [] })).toBe(
      "已新建台账，写入 30 行。",
    );
    expect(zhCN.applyResult({ created: false, rowsWritten: 0, rowsKept: 12, repairs: [] })).toBe(
      "台账已是最新，没有需要改动的内容。",
    );
    expect(
      enUS.applyResult({
        created: false,
        rowsWritten: 0,
        rowsKept: 3,
        repairs: [{ kind: "table", message: "补回表格" }],
      }),
    ).toBe("Kept what was filled in on 3 rows, repaired 1: 补回表格.");
  });

  it("says what 刷新汇总 did", () => {
    expect(zhCN.summaryResult({ mode: "pivot", created: true })).toBe("已新建数据透视表。");
    expect(zhCN.summaryResult({ mode: "pivot", created: false })).toBe("已刷新数据透视表。");
    expect(zhCN.summaryResult({ mode: "formula", created: false })).toBe(
      "此 Excel 不支持数据透视表（需要 ExcelApi 1.8）：“部门汇总”表中的公式汇总就是汇总结果，随台账自动更新，无需另建数据透视表。",
    );
  });
});

describe("localeFor", () => {
  it("is English for en-*, Chinese otherwise", () => {
    expect(localeFor("en-US")).toBe("en-US");
    expect(localeFor("EN-gb")).toBe("en-US");
    expect(localeFor("zh-CN")).toBe("zh-CN");
    expect(localeFor("fr-FR")).toBe("zh-CN");
    expect(localeFor("")).toBe("zh-CN");
    expect(localeFor(undefined)).toBe("zh-CN");
  });
});
