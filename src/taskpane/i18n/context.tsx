import { Spinner } from "@fluentui/react-components";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { loadedMessages, loadMessages } from "./locale";
import type { Locale, Messages } from "./messages";
import { zhCN } from "./zh-CN";

const MessagesContext = createContext<Messages>(zhCN);
const LocaleContext = createContext<Locale>("zh-CN");

/**
 * The texts of `locale`: at once when loaded (Chinese always is), else undefined while its chunk loads (the
 * component renders again when it has).
 */
export function useMessagesFor(locale: Locale): Messages | undefined {
  const [got, setGot] = useState<{ locale: Locale; messages: Messages } | null>(null);
  useEffect(() => {
    if (loadedMessages(locale)) return;
    let live = true;
    void loadMessages(locale).then((messages) => {
      if (live) setGot({ locale, messages });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  return loadedMessages(locale) ?? (got?.locale === locale ? got.messages : undefined);
}

/** Provides the texts of `locale`; a bare spinner until they have loaded (English, the first time). */
export function I18nProvider({
  locale,
  children,
}: {
  locale: Locale;
  children: ReactNode;
}): React.JSX.Element {
  const messages = useMessagesFor(locale);
  if (!messages) return <Spinner size="small" aria-label="Loading… 正在加载…" />;
  return (
    <LocaleContext.Provider value={locale}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
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
