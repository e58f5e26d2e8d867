import { createContext, useContext, type ReactNode } from "react";
import { dictionaries } from "./locale";
import type { Locale, Messages } from "./messages";

const MessagesContext = createContext<Messages>(dictionaries["zh-CN"]);

export function I18nProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: ReactNode;
}): React.JSX.Element {
  return <MessagesContext.Provider value={dictionaries[locale]}>{children}</MessagesContext.Provider>;
}

/** The pane's text in the current language. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
