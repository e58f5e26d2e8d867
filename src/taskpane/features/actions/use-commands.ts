import { useMemo } from "react";
import type { LedgerApi } from "../../../excel/api";
import type { RunCommand } from "../../state/use-pane-state";

export interface LedgerCommands {
  createOrUpdate(): Promise<void>;
  validate(): Promise<void>;
  refreshSummary(): Promise<void>;
  filterByDepartment(department: string | null): Promise<void>;
}

/** The action bar's commands; the overview is re-read after anything that changes the ledger. */
export function useLedgerCommands(
  api: LedgerApi,
  run: RunCommand,
  reloadOverview: () => Promise<void>,
): LedgerCommands {
  return useMemo(
    () => ({
      async createOrUpdate() {
        if (await run("apply", async () => ({ kind: "apply", report: await api.createOrUpdate() }))) {
          await reloadOverview();
        }
      },
      async validate() {
        await run("validate", async () => ({ kind: "validate", report: await api.validate() }));
      },
      async refreshSummary() {
        await run("summary", async () => ({ kind: "summary", report: await api.refreshSummary() }));
      },
      async filterByDepartment(department) {
        await run("filter", async () => {
          await api.filterByDepartment(department);
          return { kind: "filter", department };
        });
      },
    }),
    [api, run, reloadOverview],
  );
}
