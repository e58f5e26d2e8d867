import { FluentProvider, Spinner, Text, webLightTheme } from "@fluentui/react-components";
import { dictionaries, localeFor } from "../i18n/locale";

/**
 * Shown while waiting for Office.onReady, so the pane is never blank; after a few seconds it also says how
 * long it has waited and what to do (in a live region, so a screen reader hears it too).
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
  const t = dictionaries[locale];
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <Spinner size="medium" label={t.starting} />
      <div role="status" aria-live="polite" style={{ padding: "12px", textAlign: "center" }}>
        {waitedSeconds === null ? null : <Text>{t.startingSlow(waitedSeconds)}</Text>}
      </div>
    </FluentProvider>
  );
}
