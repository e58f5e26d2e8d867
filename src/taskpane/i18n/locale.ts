import type { Locale, Messages } from "./messages";
import { zhCN } from "./zh-CN";

/**
 * Each language's texts. Chinese, the default, is in the pane's first load; English is its own chunk, loaded
 * only when the display language is English (see `messagesFor`).
 */
export const dictionaries: Record<Locale, () => Promise<Messages>> = {
  "zh-CN": () => Promise.resolve(zhCN),
  "en-US": async () => (await import(/* webpackChunkName: "i18n-en" */ "./en-US")).enUS,
};

/** Texts loaded so far (Chinese from the start). */
const loaded: Partial<Record<Locale, Messages>> = { "zh-CN": zhCN };
const loading: Partial<Record<Locale, Promise<Messages>>> = {};

/** The texts of `locale` if already loaded, else undefined (`loadMessages` loads them). */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded[locale];
}

/**
 * Loads the texts of `locale` once (the same promise every time it is asked). Should its chunk fail to load
 * (the network), the pane speaks Chinese rather than not at all, and the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  loading[locale] ??= dictionaries[locale]().then(
    (messages) => (loaded[locale] = messages),
    (error: unknown) => {
      console.error(`[taizhang] could not load the ${locale} texts`, error);
      delete loading[locale];
      return zhCN;
    },
  );
  return loading[locale];
}

/** English when the display language starts with "en"; Chinese otherwise. */
export function localeFor(displayLanguage: string | null | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}
