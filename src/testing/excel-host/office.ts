/** Office namespace look-alike: onReady, requirements, displayLanguage, theme, actions (ribbon commands). */
import type { HostRuntime } from "./core/runtime";

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  themeId?: string;
}

export const DEFAULT_THEME: OfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

export interface CommandEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

export type CommandHandler = (event: CommandEvent) => unknown;

export interface CommandInvocation {
  id: string;
  completed: boolean;
  error?: unknown;
}

/** Ribbon commands registered through Office.actions.associate. */
export class CommandRegistry {
  readonly handlers = new Map<string, CommandHandler>();
  readonly invocations: CommandInvocation[] = [];

  /**
   * Runs a ribbon command; resolves when the handler calls `event.completed()` (rejects if it throws). May be
   * called before `start()`: Excel dispatches a click as soon as the function file has loaded, and
   * Office.onReady need not have resolved by then — so the function must be associated at the file's top
   * level (Microsoft's FunctionFile example, https://learn.microsoft.com/en-us/javascript/api/manifest/functionfile);
   * an association still waiting in onReady is "no handler" here.
   */
  invoke(id: string, timeoutMs = 5000): Promise<CommandInvocation> {
    const handler = this.handlers.get(id);
    if (!handler)
      return Promise.reject(new Error(`Excel test host: no handler associated with command "${id}"`));
    const record: CommandInvocation = { id, completed: false };
    this.invocations.push(record);
    return new Promise<CommandInvocation>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`command "${id}" never called event.completed()`)),
        timeoutMs,
      );
      const event: CommandEvent = {
        source: { id },
        completed: () => {
          record.completed = true;
          clearTimeout(timer);
          resolve(record);
        },
      };
      try {
        const r = handler(event);
        if (r && typeof (r as Promise<unknown>).then === "function") {
          (r as Promise<unknown>).catch((e: unknown) => {
            record.error = e;
            clearTimeout(timer);
            reject(e);
          });
        }
      } catch (e) {
        record.error = e;
        clearTimeout(timer);
        reject(e);
      }
    });
  }
}

export interface OfficeOptions {
  displayLanguage: string;
  theme: OfficeTheme;
  platform: string;
}

export function createOffice(runtime: HostRuntime, commands: CommandRegistry, opts: OfficeOptions) {
  let ready = false;
  const waiting: (() => void)[] = [];
  const info = { host: "Excel", platform: opts.platform };
  const office = {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    initialize: undefined as undefined | ((reason?: string) => void),
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      return new Promise((resolve) => {
        const done = () => {
          callback?.(info);
          resolve(info);
        };
        if (ready) done();
        else waiting.push(done);
      });
    },
    context: {
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.displayLanguage,
      officeTheme: { ...opts.theme },
      host: "Excel",
      platform: opts.platform,
      diagnostics: { host: "Excel", platform: opts.platform, version: "16.0.0000.0000" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          runtime.isSupported(name, minVersion === undefined ? "1.1" : String(minVersion)),
      },
    },
    actions: {
      associate: (id: string, fn: CommandHandler): void => {
        commands.handlers.set(id, fn);
      },
    },
  };
  /** Marks Office as initialised: resolves onReady promises and calls Office.initialize. */
  const start = (): void => {
    if (ready) return;
    ready = true;
    office.initialize?.("Inserted");
    for (const w of waiting.splice(0)) w();
  };
  return { office, start };
}
