import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title3,
} from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { outsideText } from "../features/outside/outside-text";
import { useLocale, useMessages } from "../i18n/context";
import type { OutsideReason } from "../i18n/messages";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePaneStyles } from "./pane.styles";
import { PaneTabs } from "./PaneTabs";

// Each tab is its own chunk, loaded when first shown; ExcelJS and jszip only once a file is worked on.
const ImportSection = lazy(() => import("../features/import/ImportSection"));
const OutsideDistribute = lazy(() => import("../features/outside/OutsideDistribute"));
const OutsideMerge = lazy(() => import("../features/outside/OutsideMerge"));
const FILE_TARGET = { kind: "file" } as const;

type WebTab = "import" | "distribute" | "merge";
const TABS: readonly WebTab[] = ["import", "distribute", "merge"];

/**
 * Shown when the page is not running inside Excel: why, how to load the add-in — and the same app on files
 * for people whose Office cannot run the add-in (WPS, old Office): 导入计划 (a new ledger .xlsx), 分发 (every
 * department's copy in one .zip), 合并 (the returned copies merged into a downloaded ledger, with its report).
 */
export default function OutsideExcel({
  reason,
  host,
}: {
  reason: OutsideReason;
  host: string | null;
}): React.JSX.Element {
  const t = useMessages();
  const w = outsideText[useLocale()];
  const styles = usePaneStyles();
  const [tab, setTab] = useState<WebTab>("import");
  // A tab's content is made when first shown and kept (hidden) after: a preview or report survives a look
  // at another tab.
  const [visited, setVisited] = useState<ReadonlySet<WebTab>>(() => new Set<WebTab>(["import"]));
  const label: Record<WebTab, string> = {
    import: w.tabImport,
    distribute: w.tabDistribute,
    merge: w.tabMerge,
  };
  const panel = (value: WebTab, part: ReactNode) => (
    <div
      role="tabpanel"
      id={`taizhang-web-panel-${value}`}
      aria-labelledby={`taizhang-web-tab-${value}`}
      hidden={tab !== value}
      className={styles.panel}
    >
      {visited.has(value) ? (
        <ErrorBoundary>
          <Suspense fallback={<Spinner className={styles.fallback} size="small" label={t.loading} />}>
            {part}
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
  return (
    <main className={styles.main} aria-label={t.appLabel}>
      <Title3 as="h1">{t.defaultTitle}</Title3>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.outsideTitle}</MessageBarTitle>
          {t.outsideReason(reason, host)}
          <ul className={styles.list}>
            <li>{t.outsideWeb}</li>
            <li>{t.outsideDesktop}</li>
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Text size={200} className={styles.empty}>
        {w.intro}
      </Text>
      <PaneTabs
        label={w.tabsLabel}
        idPrefix="taizhang-web"
        tabs={TABS.map((value) => ({ value, label: label[value] }))}
        selected={tab}
        onSelect={(next) => {
          setTab(next);
          setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
        }}
      />
      {panel("import", <ImportSection target={FILE_TARGET} busy={null} hasLedger={false} />)}
      {panel("distribute", <OutsideDistribute />)}
      {panel("merge", <OutsideMerge />)}
    </main>
  );
}
