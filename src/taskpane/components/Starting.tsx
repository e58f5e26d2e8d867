import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { dictionaries, localeFor } from "../i18n/locale";

/** Shown while waiting for Office.onReady (at most a few seconds), so the pane is never blank. */
export function Starting({ language }: { language: string }): React.JSX.Element {
  const locale = localeFor(language);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <Spinner size="medium" label={dictionaries[locale].starting} />
    </FluentProvider>
  );
}
