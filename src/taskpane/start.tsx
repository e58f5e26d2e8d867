import { createRoot } from "react-dom/client";
import type { LedgerApi } from "../excel/api";
import { App } from "./components/App";
import { Starting } from "./components/Starting";
import { detectHost, type HostScope } from "./host";

/**
 * Renders a "connecting" spinner at once, waits for Office.onReady — as long as it takes, saying after a few
 * seconds how long it has waited and what to do — then renders the pane: inside Excel with the workbook's
 * LedgerApi, elsewhere with instructions for loading the add-in.
 */
export async function start(
  container: HTMLElement,
  scope: HostScope,
  createApi: () => LedgerApi,
): Promise<void> {
  const root = createRoot(container);
  const language = scope.language ?? "zh-CN";
  root.render(<Starting language={language} waitedSeconds={null} />);
  const host = await detectHost(scope, {
    onWaiting: (seconds) => root.render(<Starting language={language} waitedSeconds={seconds} />),
  });
  root.render(<App host={host} api={host.kind === "excel" ? connect(createApi) : null} />);
}

/** The adapter, or — when creating it fails — one whose every call fails the same way, so the pane says why. */
function connect(createApi: () => LedgerApi): LedgerApi {
  try {
    return createApi();
  } catch (thrown) {
    console.error("[taizhang] could not create the LedgerApi", thrown);
    return unavailableApi(thrown);
  }
}

export function unavailableApi(reason: unknown): LedgerApi {
  const fail = (): Promise<never> => Promise.reject(reason);
  return {
    capabilities: () => ({ pivotTables: false, dataValidation: false }),
    createOrUpdate: fail,
    validate: fail,
    applyNormalisations: fail,
    refreshSummary: fail,
    filterByDepartment: fail,
    readOverview: fail,
    selectAddress: fail,
    watchLedger: fail,
    loadPlan: fail,
    plan: () => {
      throw reason;
    },
    readSnapshot: fail,
    applyMerge: fail,
    readRoundReport: fail,
    startRound: fail,
    closeRound: fail,
  };
}
