import { Spinner, Text } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ValidationReport } from "../../core/validation/types";
import { useLedgerApi } from "../api-context";
import { ActionBar } from "../features/actions/ActionBar";
import { useLedgerCommands } from "../features/actions/use-commands";
import { Header } from "../features/header/Header";
import { useOverview } from "../features/header/use-overview";
import type { ImportTarget } from "../features/import/use-import";
import { ErrorBar } from "../features/messages/ErrorBar";
import { ResultBar } from "../features/messages/ResultBar";
import { useRibbonFailure } from "../features/messages/ribbon-failure";
import { RibbonFailureBar } from "../features/messages/RibbonFailureBar";
import { useLedgerWatch, useValidationCommands } from "../features/validation/use-validation";
import { useMessages } from "../i18n/context";
import { usePaneState } from "../state/use-pane-state";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePaneStyles } from "./pane.styles";
import { PaneTabs } from "./PaneTabs";

// Not needed for the first paint: separate chunks.
const ValidationPanel = lazy(() => import("../features/validation/ValidationPanel"));
const DepartmentOverview = lazy(() => import("../features/overview/DepartmentOverview"));
const MergeSection = lazy(() => import("../features/merge/MergeSection"));
const DistributeSection = lazy(() => import("../features/merge/DistributeSection"));
const ImportSection = lazy(() => import("../features/import/ImportSection"));
const RoundPanel = lazy(() => import("../features/rounds/RoundPanel"));

/**
 * The pane's tabs: the ledger's actions, the summary, the reporting round, sharing copies and merging them,
 * importing a plan.
 */
export type PaneTab = "ledger" | "summary" | "round" | "share" | "import";
const TABS: readonly PaneTab[] = ["ledger", "summary", "round", "share", "import"];

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
  const [tab, setTab] = useState<PaneTab>("ledger");
  // A tab's content is made when first shown and kept (hidden) after: a merge or import preview survives a
  // look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<PaneTab>>(() => new Set<PaneTab>(["ledger"]));
  const departments = overview ? overview.departments.map((d) => d.name) : [];
  const lazyPart = (part: ReactNode) => (
    <ErrorBoundary>
      <Suspense fallback={fallback}>{part}</Suspense>
    </ErrorBoundary>
  );
  const importTarget = useMemo<ImportTarget>(
    () => ({ kind: "workbook", api, run, onWritten: () => void reloadOverview() }),
    [api, run, reloadOverview],
  );
  const tabLabel: Record<PaneTab, string> = {
    ledger: t.tabLedger,
    summary: t.tabSummary,
    round: t.tabRound,
    share: t.tabShare,
    import: t.tabImport,
  };
  return (
    <main className={styles.main} aria-label={t.appLabel}>
      <Header overview={state.overview} />
      {ribbon.failure ? <RibbonFailureBar failure={ribbon.failure} onDismiss={ribbon.dismiss} /> : null}
      {state.error ? (
        <ErrorBar error={state.error} onDismiss={() => dispatch({ type: "dismiss-error" })} />
      ) : null}
      {state.result ? (
        <ResultBar result={state.result} onDismiss={() => dispatch({ type: "dismiss-result" })} />
      ) : null}
      <PaneTabs
        label={t.tabsLabel}
        idPrefix="taizhang"
        tabs={TABS.map((value) => ({ value, label: tabLabel[value] }))}
        selected={tab}
        onSelect={(next) => {
          setTab(next);
          setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
        }}
      />
      <TabPanel tab="ledger" selected={tab} visited={visited}>
        <ActionBar
          busy={state.busy}
          departments={departments}
          department={state.department}
          commands={commands}
        />
        {state.validation && !(cleanInResult && isClean(state.validation))
          ? lazyPart(
              <ValidationPanel
                report={state.validation}
                busy={state.busy}
                onSelect={(address) => void validation.selectAddress(address)}
                onApplyNormalisations={(changes) => void validation.applyNormalisations(changes)}
              />,
            )
          : null}
      </TabPanel>
      <TabPanel tab="summary" selected={tab} visited={visited}>
        {overview && overview.departments.length > 0 ? (
          lazyPart(<DepartmentOverview overview={overview} />)
        ) : (
          <Text className={styles.empty}>{t.summaryEmpty}</Text>
        )}
      </TabPanel>
      <TabPanel tab="round" selected={tab} visited={visited}>
        {overview ? (
          lazyPart(<RoundPanel api={api} onWritten={() => void reloadOverview()} />)
        ) : (
          <Text className={styles.empty}>{t.roundEmpty}</Text>
        )}
      </TabPanel>
      <TabPanel tab="share" selected={tab} visited={visited}>
        {overview ? (
          <>
            {lazyPart(
              <MergeSection api={api} run={run} busy={state.busy} onWritten={() => void reloadOverview()} />,
            )}
            {departments.length > 0
              ? lazyPart(<DistributeSection api={api} departments={departments} />)
              : null}
          </>
        ) : (
          <Text className={styles.empty}>{t.shareEmpty}</Text>
        )}
      </TabPanel>
      <TabPanel tab="import" selected={tab} visited={visited}>
        {lazyPart(<ImportSection target={importTarget} busy={state.busy} hasLedger={overview !== null} />)}
      </TabPanel>
    </main>
  );
}

function TabPanel({
  tab,
  selected,
  visited,
  children,
}: {
  tab: PaneTab;
  selected: PaneTab;
  visited: ReadonlySet<PaneTab>;
  children: ReactNode;
}): React.JSX.Element {
  const styles = usePaneStyles();
  return (
    <div
      role="tabpanel"
      id={`taizhang-panel-${tab}`}
      aria-labelledby={`taizhang-tab-${tab}`}
      hidden={tab !== selected}
      className={styles.panel}
    >
      {visited.has(tab) ? children : null}
    </div>
  );
}

function isClean(report: ValidationReport): boolean {
  return report.findings.length === 0 && report.normalisations.length === 0;
}
