/** A fake LedgerApi for component tests: plain jest.fn methods (Excel semantics are tested elsewhere). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { planId } from "../../src/core/ledger/plan-id";
import type { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import type { Plan } from "../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import type { ApplyReport, LedgerApi } from "../../src/excel/api";
import type { Overview } from "../../src/core/overview/types";
import type { ValidationReport } from "../../src/core/validation/types";

export type FakeLedgerApi = { [K in keyof LedgerApi]: jest.MockedFunction<LedgerApi[K]> };

export const sampleOverview: Overview = {
  planTitle: "国家知识产权局2019年政务公开工作要点",
  issuer: "国家知识产权局办公室",
  totalItems: 30,
  doneItems: 12,
  byStatus: [
    { name: "未启动", count: 6, done: false, fill: "#EDEDED" },
    { name: "推进中", count: 10, done: false, fill: "#DDEBF7" },
    { name: "已完成", count: 12, done: true, fill: "#E2EFDA" },
    { name: "滞后", count: 2, done: false, fill: "#FCE4D6" },
  ],
  departments: [
    {
      name: "办公室",
      kind: "unit",
      total: 20,
      done: 10,
      lead: 8,
      rate: 0.5,
      byStatus: { 未启动: 2, 推进中: 6, 已完成: 10, 滞后: 2 },
      overdue: 3,
    },
    {
      name: "商标局",
      kind: "unit",
      total: 4,
      done: 1,
      lead: 1,
      rate: 0.25,
      byStatus: { 推进中: 2, 已完成: 1, 完成: 1 },
      overdue: 0,
    },
  ],
  invalidStatusItems: 0,
  overdueItems: 3,
};

export const sampleReport: ValidationReport = {
  findings: [
    {
      address: "台账!Q7",
      item: 5,
      kind: "invalid-status",
      message: "第 5 项的状态“完成”不在状态列表中（台账!Q7），请从下拉列表中选择。",
      value: "完成",
    },
    {
      address: "台账!R9",
      item: 7,
      kind: "done-without-progress",
      message: "第 7 项已完成但进展情况为空（台账!R9），请填写进展情况。",
    },
    {
      address: "台账!Q12",
      item: 10,
      kind: "invalid-status",
      message: "第 10 项的状态“进行中”不在状态列表中（台账!Q12），请从下拉列表中选择。",
      value: "进行中",
    },
    {
      address: null,
      item: 30,
      kind: "missing-item",
      message: "第 30 项在台账中没有对应的行，请点击“生成/更新台账”补回。",
    },
  ],
  normalisations: [{ address: "台账!Q7", item: 5, from: "完成", to: "已完成" }],
};

export const sampleApply: ApplyReport = {
  created: false,
  rowsWritten: 30,
  rowsKept: 12,
  repairs: [{ kind: "department-column", message: "补回部门列“商标局”" }],
};

/** The bundled 2019 plan (30 items), as the adapter has it. */
export const testPlan = JSON.parse(
  readFileSync(resolve(__dirname, "../../data/plans/cnipa-2019.json"), "utf8"),
) as Plan;

/** A fresh ledger of the test plan as readSnapshot gives it: every item 未启动, nothing else filled. */
export function freshSnapshot(plan: Plan = testPlan): LedgerSnapshot {
  return {
    formatVersion: 1,
    planId: planId(plan),
    planTitle: null,
    copyDepartment: null,
    statuses: [...DEFAULT_STATUSES],
    rows: plan.items.map((item, i) => ({
      no: item.no,
      task: item.text,
      values: { status: "未启动", progress: null, problems: null, contact: null, due: null, updated: null },
      sheetRow: 6 + i,
    })),
    unplaced: [],
  };
}

export function fakeApi(overrides: Partial<LedgerApi> = {}): FakeLedgerApi {
  const api: FakeLedgerApi = {
    capabilities: jest.fn(() => ({ pivotTables: true, dataValidation: true })),
    createOrUpdate: jest.fn(async () => sampleApply),
    validate: jest.fn(async () => sampleReport),
    applyNormalisations: jest.fn(async (changes) => changes.length),
    refreshSummary: jest.fn(async () => ({ mode: "pivot" as const, created: true })),
    filterByDepartment: jest.fn(async (_department: string | null): Promise<void> => undefined),
    readOverview: jest.fn(async () => sampleOverview),
    selectAddress: jest.fn(async (_address: string): Promise<void> => undefined),
    watchLedger: jest.fn(
      async (_onChange: (report: ValidationReport) => void): Promise<() => Promise<void>> =>
        jest.fn(async (): Promise<void> => undefined),
    ),
    loadPlan: jest.fn(async () => ({ plan: testPlan, source: "bundled" as const, issues: [] })),
    plan: jest.fn(() => testPlan),
    readSnapshot: jest.fn(async () => freshSnapshot()),
    applyMerge: jest.fn(async (changes) => ({
      cells: changes.length,
      items: new Set(changes.map((c) => c.no)).size,
    })),
    readRoundReport: jest.fn(async () => ({ round: null, reported: [], missing: [] })),
    startRound: jest.fn(async (_name: string, _due: string) => sampleApply),
    closeRound: jest.fn(async () => sampleApply),
  };
  for (const [key, value] of Object.entries(overrides)) {
    (api as Record<string, unknown>)[key] = jest.fn(value as (...args: unknown[]) => unknown);
  }
  return api;
}

/** A promise with its resolve/reject exposed, to hold a command in its busy state. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
