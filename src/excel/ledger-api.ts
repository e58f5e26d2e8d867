/**
 * createLedgerApi: the LedgerApi the task pane and ribbon commands use, on Office.js. Creating it touches no
 * workbook (no Excel.run); each method is one runExcel call.
 */
import { Plan } from "../core/plan/types";
import { StatusDef } from "../core/status/statuses";
import type { LedgerApi } from "./api";
import { applyLedger } from "./apply";
import { BUNDLED_PLAN } from "./bundled-plan";
import { detectCapabilities } from "./capabilities";
import { filterByDepartment } from "./filter";
import { applyMergeChanges, readLedgerSnapshot } from "./merge";
import { readOverview } from "./overview";
import { selectAddress } from "./select";
import { refreshSummary } from "./summary";
import { applyNormalisations, validateWorkbook } from "./validate";
import { LedgerWatch, watchLedger } from "./watch";

export interface LedgerApiOptions {
  /** The plan the ledger follows (default: the bundled 2019 plan). */
  plan?: Plan;
  /** Status list for a new ledger (an existing one keeps its own). */
  statuses?: readonly StatusDef[];
  /** Clock for 生成时间 and 更新时间 stamps. */
  now?: () => Date;
  /** Where watch errors go when the subscriber passes no handler (default: console.error). */
  onWatchError?: (error: unknown) => void;
}

export function createLedgerApi(options: LedgerApiOptions = {}): LedgerApi {
  let plan = options.plan ?? BUNDLED_PLAN;
  const capabilities = () => detectCapabilities();
  /** Live checks under way: after each createOrUpdate they follow 台账, which it may have recreated. */
  const watches = new Set<LedgerWatch>();
  return {
    capabilities,
    /** The ApplyReport, plus `notes` (what this Excel could not do) and `syncs`. */
    createOrUpdate: async (input) => {
      const target = input?.plan ?? plan;
      const result = await applyLedger(target, {
        capabilities: capabilities(),
        ...(options.statuses ? { statuses: options.statuses } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(input?.issues ? { planIssues: input.issues } : {}),
      });
      plan = target;
      await Promise.all([...watches].map((w) => w.follow()));
      return result;
    },
    validate: () => validateWorkbook(plan),
    applyNormalisations: (changes) => applyNormalisations(changes),
    refreshSummary: () => refreshSummary(plan, capabilities()),
    filterByDepartment: (department) => filterByDepartment(department),
    readOverview: () => readOverview(plan),
    selectAddress: (address) => selectAddress(address),
    watchLedger: async (onChange, onError) => {
      const watch = await watchLedger(() => plan, onChange, {
        ...(options.now ? { now: options.now } : {}),
        onError: onError ?? options.onWatchError ?? ((error) => console.error("台账：实时校验失败", error)),
      });
      watches.add(watch);
      return async () => {
        watches.delete(watch);
        await watch();
      };
    },
    plan: () => plan,
    readSnapshot: () => readLedgerSnapshot(plan),
    applyMerge: (changes) => applyMergeChanges(plan, changes),
  };
}
