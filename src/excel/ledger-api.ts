/**
 * createLedgerApi: the LedgerApi the task pane and ribbon commands use, on Office.js. Creating it touches no
 * workbook (no Excel.run); each method is one runExcel call.
 */
import { Plan } from "../core/plan/types";
import { StatusDef } from "../core/status/statuses";
import type { CurrentPlan, LedgerApi } from "./api";
import { applyLedger } from "./apply";
import { BUNDLED_PLAN } from "./bundled-plan";
import { detectCapabilities } from "./capabilities";
import { filterByDepartment } from "./filter";
import { applyMergeChanges, readLedgerSnapshot } from "./merge";
import { readOverview } from "./overview";
import { selectAddress } from "./select";
import { readWorkbookPlan } from "./plan-sheet";
import { runExcel } from "./run";
import { refreshSummary } from "./summary";
import { applyNormalisations, validateWorkbook } from "./validate";
import { LedgerWatch, watchLedger } from "./watch";

export interface LedgerApiOptions {
  /**
   * The plan the ledger follows. Default: the plan the workbook carries (its plan sheet), else — a new
   * workbook, or a ledger from before workbooks carried their plan — the bundled 2019 plan.
   */
  plan?: Plan;
  /** Status list for a new ledger (an existing one keeps its own). */
  statuses?: readonly StatusDef[];
  /** Clock for 生成时间 and 更新时间 stamps. */
  now?: () => Date;
  /** Where watch errors go when the subscriber passes no handler (default: console.error). */
  onWatchError?: (error: unknown) => void;
}

export function createLedgerApi(options: LedgerApiOptions = {}): LedgerApi {
  /** The plan the methods work from: given, else the workbook's own (its plan sheet), else the sample. */
  let current: Promise<CurrentPlan> | null = options.plan
    ? Promise.resolve({ plan: options.plan, source: "given", issues: [] })
    : null;
  /** The plan last settled, for the synchronous `plan()`. */
  let known: Plan = options.plan ?? BUNDLED_PLAN;
  const loadPlan = (): Promise<CurrentPlan> => {
    current ??= runExcel((context) => readWorkbookPlan(context)).then(
      (read): CurrentPlan => {
        if (read.found && read.plan) return { plan: read.plan, source: "workbook", issues: read.issues };
        // No plan sheet: a ledger from before the workbook carried its plan, made from the bundled plan.
        return { plan: BUNDLED_PLAN, source: "bundled", issues: read.found ? read.issues : [] };
      },
      (error: unknown) => {
        current = null; // try again next time (Excel busy, say)
        throw error;
      },
    );
    return current.then((c) => {
      known = c.plan;
      return c;
    });
  };
  const plan = async (): Promise<Plan> => (await loadPlan()).plan;
  const capabilities = () => detectCapabilities();
  /** Live checks under way: after each createOrUpdate they follow 台账, which it may have recreated. */
  const watches = new Set<LedgerWatch>();
  const roundOptions = () => ({
    capabilities: capabilities(),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    capabilities,
    /** The ApplyReport, plus `notes` (what this Excel could not do) and `syncs`. */
    createOrUpdate: async (input) => {
      const target = input?.plan ?? (await plan());
      const result = await applyLedger(target, {
        capabilities: capabilities(),
        ...(options.statuses ? { statuses: options.statuses } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(input?.issues ? { planIssues: input.issues } : {}),
      });
      // The workbook now carries this plan.
      known = target;
      current = Promise.resolve({
        plan: target,
        source: options.plan === target ? "given" : "workbook",
        issues: [],
      });
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
    validate: async () => validateWorkbook(await plan()),
    applyNormalisations: (changes) => applyNormalisations(changes),
    refreshSummary: async () => refreshSummary(await plan(), capabilities()),
    filterByDepartment: (department) => filterByDepartment(department),
    readOverview: async () => readOverview(await plan()),
    selectAddress: (address) => selectAddress(address),
    watchLedger: async (onChange, onError) => {
      await loadPlan();
      const watch = await watchLedger(() => known, onChange, {
        ...(options.now ? { now: options.now } : {}),
        onError: onError ?? options.onWatchError ?? ((error) => console.error("台账：实时校验失败", error)),
      });
      watches.add(watch);
      return async () => {
        watches.delete(watch);
        await watch();
      };
    },
    loadPlan,
    plan: () => known,
    readSnapshot: async () => readLedgerSnapshot(await plan()),
    applyMerge: async (changes) => applyMergeChanges(await plan(), changes),
    // The rounds' code loads when the 本轮 panel first asks (not in the pane's first load).
    readRoundReport: async () => (await import("./rounds/actions")).readRoundReport(await plan()),
    startRound: async (name, due) => {
      const { startRoundInWorkbook } = await import("./rounds/actions");
      const result = await startRoundInWorkbook(await plan(), name, due, roundOptions());
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
    closeRound: async () => {
      const { closeRoundInWorkbook } = await import("./rounds/actions");
      const result = await closeRoundInWorkbook(await plan(), roundOptions());
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
  };
}
