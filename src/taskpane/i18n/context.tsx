import { createContext, useContext, type ReactNode } from "react";
import { dictionaries } from "./locale";
import type { Locale, Messages } from "./messages";

const MessagesContext = createContext<Messages>(dictionaries["zh-CN"]);
const LocaleContext = createContext<Locale>("zh-CN");

export function I18nProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <LocaleContext.Provider value={locale}>
      <MessagesContext.Provider value={dictionaries[locale]}>{children}</MessagesContext.Provider>
    </LocaleContext.Provider>
  );
}

/** The pane's text in the current language. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The pane's language (for parts that carry their own texts, such as a lazily loaded feature). */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
