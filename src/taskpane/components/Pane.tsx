import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useEffect } from "react";
import type { ValidationReport } from "../../core/validation/types";
import { useLedgerApi } from "../api-context";
import { ActionBar } from "../features/actions/ActionBar";
import { useLedgerCommands } from "../features/actions/use-commands";
import { Header } from "../features/header/Header";
import { useOverview } from "../features/header/use-overview";
import { ErrorBar } from "../features/messages/ErrorBar";
import { ResultBar } from "../features/messages/ResultBar";
import { useRibbonFailure } from "../features/messages/ribbon-failure";
import { RibbonFailureBar } from "../features/messages/RibbonFailureBar";
import { useLedgerWatch, useValidationCommands } from "../features/validation/use-validation";
import { useMessages } from "../i18n/context";
import { usePaneState } from "../state/use-pane-state";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePaneStyles } from "./pane.styles";

// Not needed for the first paint: separate chunks.
const ValidationPanel = lazy(() => import("../features/validation/ValidationPanel"));
const DepartmentOverview = lazy(() => import("../features/overview/DepartmentOverview"));
const MergeSection = lazy(() => import("../features/merge/MergeSection"));
const DistributeSection = lazy(() => import("../features/merge/DistributeSection"));

/** The pane inside Excel: header, actions, messages, validation results, per-department overview. */
export function Pane(): React.JSX.Element {
  const api = useLedgerApi();
  const t = useMessages();
  const styles = usePaneStyles();
  const { state, dispatch, run } = usePaneState();
  const reloadOverview = useOverview(api, dispatch);
  const commands = useLedgerCommands(api, run, reloadOverview);
  const validation = useValidationCommands(api, run, dispatch);
  const overview = state.overview.status === "ready" ? state.overview.overview : null;
  useLedgerWatch(api, dispatch, overview !== null, () => void reloadOverview());
  const ribbon = useRibbonFailure();
  const { dismiss: dismissRibbonFailure } = ribbon;
  const summaryRefreshed = state.result?.kind === "summary";
  useEffect(() => {
    // The pane's own 刷新汇总 worked: the ribbon's earlier failure no longer applies.
    if (summaryRefreshed) dismissRibbonFailure();
  }, [summaryRefreshed, dismissRibbonFailure]);
  const fallback = <Spinner className={styles.fallback} size="small" label={t.loading} />;
  // A clean report is said once: by the result message while it is shown, by the panel otherwise.
  const cleanInResult = state.result?.kind === "validate" && isClean(state.result.report);
  return (
    <main className={styles.main} aria-label={t.appLabel}>
      <Header overview={state.overview} />
      {ribbon.failure ? <RibbonFailureBar failure={ribbon.failure} onDismiss={ribbon.dismiss} /> : null}
      {state.error ? (
        <ErrorBar error={state.error} onDismiss={() => dispatch({ type: "dismiss-error" })} />
      ) : null}
      <ActionBar
        busy={state.busy}
        departments={overview ? overview.departments.map((d) => d.name) : []}
        department={state.department}
        commands={commands}
      />
      {state.result ? (
        <ResultBar result={state.result} onDismiss={() => dispatch({ type: "dismiss-result" })} />
      ) : null}
      {state.validation && !(cleanInResult && isClean(state.validation)) ? (
        <ErrorBoundary>
          <Suspense fallback={fallback}>
            <ValidationPanel
              report={state.validation}
              busy={state.busy}
              onSelect={(address) => void validation.selectAddress(address)}
              onApplyNormalisations={(changes) => void validation.applyNormalisations(changes)}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {overview ? (
        <ErrorBoundary>
          <Suspense fallback={fallback}>
            <MergeSection api={api} run={run} busy={state.busy} onWritten={() => void reloadOverview()} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {overview && overview.departments.length > 0 ? (
        <ErrorBoundary>
          <Suspense fallback={fallback}>
            <DistributeSection api={api} departments={overview.departments.map((d) => d.name)} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {overview && overview.departments.length > 0 ? (
        <ErrorBoundary>
          <Suspense fallback={fallback}>
            <DepartmentOverview overview={overview} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </main>
  );
}

function isClean(report: ValidationReport): boolean {
  return report.findings.length === 0 && report.normalisations.length === 0;
}
