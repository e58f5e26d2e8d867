/**
 * createLedgerApi: the LedgerApi the task pane and ribbon commands use, on Office.js. Creating it touches no
 * workbook (no Excel.run); each method is one runExcel call.
 *
 * What the pane needs as it opens (the plan, the overview, the live check) is imported here; what runs only
 * when a person clicks — 生成/更新台账 (./apply and the sheet builders), 校验, 刷新汇总, the department filter,
 * the merge's reads and writes, the rounds — loads on first use, each its own chunk (not in the first load of
 * the pane or of the ribbon's function file).
 */
import { Plan } from "../core/plan/types";
import { StatusDef } from "../core/status/statuses";
import type { CurrentPlan, LedgerApi } from "./api";
import { BUNDLED_PLAN } from "./bundled-plan";
import { detectCapabilities } from "./capabilities";
import { readOverview } from "./overview";
import { selectAddress } from "./select";
import { readWorkbookPlan } from "./plan-sheet";
import { runExcel } from "./run";
import { LedgerWatch, watchLedger } from "./watch";

const applyModule = () => import(/* webpackChunkName: "ledger-apply" */ "./apply");
const validateModule = () => import(/* webpackChunkName: "ledger-validate" */ "./validate");
const summaryModule = () => import(/* webpackChunkName: "ledger-summary" */ "./summary");
const filterModule = () => import(/* webpackChunkName: "ledger-filter" */ "./filter");
const mergeModule = () => import(/* webpackChunkName: "ledger-merge" */ "./merge");
const roundsModule = () => import(/* webpackChunkName: "ledger-rounds" */ "./rounds/actions");

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
      const { applyLedger } = await applyModule();
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
    validate: async () => {
      const { validateWorkbook } = await validateModule();
      return validateWorkbook(await plan());
    },
    applyNormalisations: async (changes) => (await validateModule()).applyNormalisations(changes),
    refreshSummary: async () => {
      const { refreshSummary } = await summaryModule();
      return refreshSummary(await plan(), capabilities());
    },
    filterByDepartment: async (department) => (await filterModule()).filterByDepartment(department),
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
    readSnapshot: async () => {
      const { readLedgerSnapshot } = await mergeModule();
      return readLedgerSnapshot(await plan());
    },
    applyMerge: async (changes) => {
      const { applyMergeChanges } = await mergeModule();
      return applyMergeChanges(await plan(), changes);
    },
    readRoundReport: async () => (await roundsModule()).readRoundReport(await plan()),
    startRound: async (name, due) => {
      const { startRoundInWorkbook } = await roundsModule();
      const result = await startRoundInWorkbook(await plan(), name, due, roundOptions());
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
    closeRound: async () => {
      const { closeRoundInWorkbook } = await roundsModule();
      const result = await closeRoundInWorkbook(await plan(), roundOptions());
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
  };
}
