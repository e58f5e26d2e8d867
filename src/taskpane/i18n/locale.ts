import { enUS } from "./en-US";
import type { Locale, Messages } from "./messages";
import { zhCN } from "./zh-CN";

export const dictionaries: Record<Locale, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/** English when the display language starts with "en"; Chinese otherwise. */
export function localeFor(displayLanguage: string | null | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}
