import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { LedgerApi } from "../../excel/api";
import { LedgerApiProvider } from "../api-context";
import { isDarkBackground, type HostInfo } from "../host";
import { I18nProvider, useMessages } from "../i18n/context";
import { localeFor } from "../i18n/locale";
import { ErrorBoundary } from "./ErrorBoundary";
import { Pane } from "./Pane";
import { DarkThemeProvider } from "../theme";
import { usePaneStyles } from "./pane.styles";

// The web page outside Office (its tabs and texts) is its own chunk: the pane in Excel never loads it.
const OutsideExcel = lazy(() => import(/* webpackChunkName: "outside" */ "./OutsideExcel"));

export interface AppProps {
  host: HostInfo;
  /** The workbook; null outside Excel. */
  api: LedgerApi | null;
}

/** Language from Office's display language, theme from Office's theme, everything inside an error boundary. */
export function App({ host, api }: AppProps): React.JSX.Element {
  const locale = localeFor(host.displayLanguage);
  const dark = host.kind === "excel" && isDarkBackground(host.bodyBackgroundColor);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={locale}>
      <DarkThemeProvider dark={dark}>
        <I18nProvider locale={locale}>
          <Body host={host} api={api} />
        </I18nProvider>
      </DarkThemeProvider>
    </FluentProvider>
  );
}

function Body({ host, api }: AppProps): React.JSX.Element {
  const styles = usePaneStyles();
  const t = useMessages();
  return (
    <div className={styles.provider}>
      <ErrorBoundary>
        {host.kind === "excel" && api ? (
          <LedgerApiProvider api={api}>
            <Pane />
          </LedgerApiProvider>
        ) : (
          <Suspense
            fallback={
              <main aria-label={t.appLabel}>
                <Spinner className={styles.fallback} size="small" label={t.loading} />
              </main>
            }
          >
            <OutsideExcel
              reason={host.kind === "outside" ? host.reason : "no-office"}
              host={host.kind === "outside" ? host.host : null}
            />
          </Suspense>
        )}
      </ErrorBoundary>
    </div>
  );
}
