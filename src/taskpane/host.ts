/**
 * Where the pane is running: inside Excel (then the pane talks to the workbook) or somewhere else (then it
 * explains how to load the add-in). Reads only Office.onReady and Office.context; no Excel.run here.
 */
import type { OutsideReason } from "./i18n/messages";

export type HostInfo =
  | { kind: "excel"; displayLanguage: string; bodyBackgroundColor: string | null }
  | { kind: "outside"; reason: OutsideReason; host: string | null; displayLanguage: string };

/** What detectHost needs from the page: the Office global (when office.js loaded) and the browser language. */
export interface HostScope {
  Office?: Pick<typeof Office, "onReady" | "context">;
  language?: string;
}

/** After this long without Office.onReady the pane says it is still waiting (and keeps waiting). */
export const HOST_SLOW_MS = 3000;

export interface WaitOptions {
  /** Called once HOST_SLOW_MS have passed, then every second, with the seconds waited so far. */
  onWaiting?: (seconds: number) => void;
  slowAfterMs?: number;
}

/**
 * Waits for Office.onReady for as long as it takes: on a slow network office.js can need well over a few
 * seconds inside Excel, and a timeout would tell a person in Excel that they are not (issue 11, bug 8). Only
 * what office.js itself says — no Office on the page, or onReady with another host or none — is "outside".
 */
export function detectHost(scope: HostScope, options: WaitOptions = {}): Promise<HostInfo> {
  const browserLanguage = scope.language ?? "zh-CN";
  const office = scope.Office;
  if (!office || typeof office.onReady !== "function") {
    return Promise.resolve({
      kind: "outside",
      reason: "no-office",
      host: null,
      displayLanguage: browserLanguage,
    });
  }
  return new Promise<HostInfo>((resolve) => {
    const began = Date.now();
    let ticker: ReturnType<typeof setInterval> | null = null;
    const report = (): void => options.onWaiting?.(Math.round((Date.now() - began) / 1000));
    const timer = setTimeout(() => {
      report();
      ticker = setInterval(report, 1000);
    }, options.slowAfterMs ?? HOST_SLOW_MS);
    const settle = (info: HostInfo): void => {
      clearTimeout(timer);
      if (ticker) clearInterval(ticker);
      resolve(info);
    };
    office
      .onReady()
      .then(({ host }) => {
        const name = host ? String(host) : null;
        if (name !== "Excel") {
          settle({
            kind: "outside",
            reason: name === null ? "no-office" : "other-host",
            host: name,
            displayLanguage: browserLanguage,
          });
          return;
        }
        const context = office.context as Partial<Office.Context> | undefined;
        settle({
          kind: "excel",
          displayLanguage: context?.displayLanguage || browserLanguage,
          bodyBackgroundColor: context?.officeTheme?.bodyBackgroundColor ?? null,
        });
      })
      .catch(() =>
        settle({ kind: "outside", reason: "no-office", host: null, displayLanguage: browserLanguage }),
      );
  });
}

/** True for a dark Office theme: the body background is darker than mid grey (relative luminance < 0.18). */
export function isDarkBackground(color: string | null): boolean {
  const match = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.18;
}
