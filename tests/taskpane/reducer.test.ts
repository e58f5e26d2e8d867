import { initialPaneState, paneReducer } from "../../src/taskpane/state/reducer";
import { toPaneError } from "../../src/taskpane/state/pane-error";
import type { PaneState } from "../../src/taskpane/state/types";
import { LedgerError } from "../../src/excel/ledger-error";
import { sampleApply, sampleOverview, sampleReport } from "./fake-api";

const ready: PaneState = { ...initialPaneState, overview: { status: "ready", overview: sampleOverview } };

describe("paneReducer", () => {
  it("starts loading the overview with nothing busy", () => {
    expect(initialPaneState).toEqual({
      busy: null,
      result: null,
      error: null,
      overview: { status: "loading" },
      validation: null,
      department: null,
    });
  });

  it("marks a command busy and clears the previous error", () => {
    const withError = { ...ready, error: toPaneError("apply", new Error("x")) };
    const next = paneReducer(withError, { type: "command-started", command: "apply" });
    expect(next.busy).toBe("apply");
    expect(next.error).toBeNull();
  });

  it("stores a command's result and ends busy", () => {
    const busy = paneReducer(ready, { type: "command-started", command: "apply" });
    const next = paneReducer(busy, {
      type: "command-succeeded",
      result: { kind: "apply", report: sampleApply },
    });
    expect(next.busy).toBeNull();
    expect(next.result).toEqual({ kind: "apply", report: sampleApply });
  });

  it("keeps the validation report from 校验 and the department from the filter", () => {
    const validated = paneReducer(ready, {
      type: "command-succeeded",
      result: { kind: "validate", report: sampleReport },
    });
    expect(validated.validation).toBe(sampleReport);
    const filtered = paneReducer(validated, {
      type: "command-succeeded",
      result: { kind: "filter", department: "商标局" },
    });
    expect(filtered.department).toBe("商标局");
    expect(filtered.validation).toBe(sampleReport);
    const cleared = paneReducer(filtered, {
      type: "command-succeeded",
      result: { kind: "filter", department: null },
    });
    expect(cleared.department).toBeNull();
  });

  it("ends the failing command and drops its stale result", () => {
    const withResult = { ...ready, result: { kind: "normalise" as const, count: 2 } };
    const busy = paneReducer(withResult, { type: "command-started", command: "summary" });
    const error = toPaneError(
      "summary",
      new LedgerError("protected", "工作表受保护。", "请撤销保护后再试。"),
    );
    const next = paneReducer(busy, { type: "failed", error });
    expect(next.busy).toBeNull();
    expect(next.result).toBeNull();
    expect(next.error).toEqual({
      source: "summary",
      code: "protected",
      message: "工作表受保护。",
      nextStep: "请撤销保护后再试。",
    });
  });

  it("leaves a running command busy when background work fails", () => {
    const busy = paneReducer(ready, { type: "command-started", command: "apply" });
    const next = paneReducer(busy, { type: "failed", error: toPaneError("watch", new Error("gone")) });
    expect(next.busy).toBe("apply");
    expect(next.error?.source).toBe("watch");
    expect(next.overview).toBe(busy.overview);
  });

  it("marks the overview failed when reading it fails", () => {
    const next = paneReducer(initialPaneState, {
      type: "failed",
      error: toPaneError("overview", new Error("x")),
    });
    expect(next.overview).toEqual({ status: "failed" });
  });

  it("keeps showing the current overview while it is re-read", () => {
    expect(paneReducer(ready, { type: "overview-loading" })).toBe(ready);
    const failed: PaneState = { ...ready, overview: { status: "failed" } };
    expect(paneReducer(failed, { type: "overview-loading" }).overview).toEqual({ status: "loading" });
    expect(paneReducer(failed, { type: "overview-loaded", overview: null }).overview).toEqual({
      status: "ready",
      overview: null,
    });
  });

  it("replaces the validation report when the sheet changes and dismisses messages", () => {
    const next = paneReducer(ready, { type: "validation-changed", report: sampleReport });
    expect(next.validation).toBe(sampleReport);
    const shown = {
      ...next,
      result: { kind: "normalise" as const, count: 1 },
      error: toPaneError("select", null),
    };
    expect(paneReducer(shown, { type: "dismiss-result" }).result).toBeNull();
    expect(paneReducer(shown, { type: "dismiss-error" }).error).toBeNull();
  });

  it("does not mutate the state it is given", () => {
    const frozen = Object.freeze({ ...ready });
    expect(() => paneReducer(frozen, { type: "command-started", command: "validate" })).not.toThrow();
    expect(frozen.busy).toBeNull();
  });
});

describe("toPaneError", () => {
  it("keeps a LedgerError's code, message and next step", () => {
    const error = new LedgerError("no-ledger", "还没有台账。", "请先点击“生成/更新台账”。");
    expect(toPaneError("validate", error)).toEqual({
      source: "validate",
      code: "no-ledger",
      message: "还没有台账。",
      nextStep: "请先点击“生成/更新台账”。",
    });
  });

  it("hides anything else behind a general error", () => {
    expect(toPaneError("apply", new RangeError("index 7"))).toEqual({
      source: "apply",
      code: "general",
      message: null,
      nextStep: null,
    });
  });
});
