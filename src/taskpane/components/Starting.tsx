import { FluentProvider, Spinner, Text, webLightTheme } from "@fluentui/react-components";
import { useMessagesFor } from "../i18n/context";
import { localeFor } from "../i18n/locale";
import type { Locale } from "../i18n/messages";

/**
 * Shown while waiting for Office.onReady, so the pane is never blank; after a few seconds it also says how
 * long it has waited and what to do (in a live region, so a screen reader hears it too). In English, a bare
 * spinner until the English texts have loaded.
 */
export function Starting({
  language,
  waitedSeconds,
}: {
  language: string;
  /** null in the first seconds; then the seconds waited so far. */
  waitedSeconds: number | null;
}): React.JSX.Element {
  const locale = localeFor(language);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <Waiting locale={locale} waitedSeconds={waitedSeconds} />
    </FluentProvider>
  );
}

function Waiting({
  locale,
  waitedSeconds,
}: {
  locale: Locale;
  waitedSeconds: number | null;
}): React.JSX.Element {
  const t = useMessagesFor(locale);
  if (!t) return <Spinner size="medium" />;
  return (
    <>
      <Spinner size="medium" label={t.starting} />
      <div role="status" aria-live="polite" style={{ padding: "12px", textAlign: "center" }}>
        {waitedSeconds === null ? null : <Text>{t.startingSlow(waitedSeconds)}</Text>}
      </div>
    </>
  );
}
