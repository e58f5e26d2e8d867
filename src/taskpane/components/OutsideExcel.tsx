import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3 } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useMessages } from "../i18n/context";
import type { OutsideReason } from "../i18n/messages";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePaneStyles } from "./pane.styles";

// Outside Office the page still makes a ledger file: 导入计划 with a download (its own chunks).
const ImportSection = lazy(() => import("../features/import/ImportSection"));
const FILE_TARGET = { kind: "file" } as const;

/**
 * Shown when the page is not running inside Excel: why, how to load the add-in — and 导入计划, which makes a
 * ledger file (.xlsx) in the browser for people whose Office cannot run the add-in (WPS, old Office).
 */
export function OutsideExcel({
  reason,
  host,
}: {
  reason: OutsideReason;
  host: string | null;
}): React.JSX.Element {
  const t = useMessages();
  const styles = usePaneStyles();
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
      <ErrorBoundary>
        <Suspense fallback={<Spinner className={styles.fallback} size="small" label={t.loading} />}>
          <ImportSection target={FILE_TARGET} busy={null} hasLedger={false} />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
