/** In-memory Excel JavaScript API host for tests (jest and browser). Plain TypeScript, no Node imports. */
import { workbookProxy } from "./api/workbook";
import type { RequestContextImpl } from "./core/context";
import { HostRuntime } from "./core/runtime";
import { HostStats } from "./core/stats";
import { createExcelNamespace, OfficeExtensionNamespace } from "./excel-namespace";
import { WorkbookInspector } from "./inspect";
import { WorkbookModel } from "./model/workbook-model";
import { CommandRegistry, DEFAULT_THEME, OfficeTheme, createOffice } from "./office";
import { Simulator } from "./simulate";

export interface ExcelHostOptions {
  /** Requirement sets and versions, e.g. { ExcelApi: "1.12" }; merged over the defaults. */
  supportedSets?: Record<string, string>;
  displayLanguage?: string;
  theme?: Partial<OfficeTheme>;
  /** Request payload limit per sync (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Response payload limit per sync (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  platform?: string;
  /** Resolve Office.onReady on the next macrotask (default true). */
  autoStart?: boolean;
  /** Whether Excel.run honours `delayForCellEdit` (default true; false: an older Excel that ignores it). */
  delayForCellEdit?: boolean;
}

export const DEFAULT_SUPPORTED_SETS: Record<string, string> = {
  ExcelApi: "1.17",
  ExcelApiOnline: "1.1",
  RibbonApi: "1.1",
  SharedRuntime: "1.1",
  AddinCommands: "1.1",
  DialogApi: "1.2",
};

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ExcelHost {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  workbook: WorkbookInspector;
  stats: HostStats;
  simulate: Simulator;
  commands: CommandRegistry;
  runtime: HostRuntime;
  /** Resolves Office.onReady and calls Office.initialize (done automatically unless autoStart is false). */
  start(): void;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const displayLanguage = options.displayLanguage ?? "zh-CN";
  const model = new WorkbookModel(displayLanguage);
  const runtime = new HostRuntime(
    model,
    { ...DEFAULT_SUPPORTED_SETS, ...(options.supportedSets ?? {}) },
    options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    (ctx: RequestContextImpl) => workbookProxy(ctx),
    options.responseLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
  );
  runtime.delayForCellEditSupported = options.delayForCellEdit ?? true;
  const commands = new CommandRegistry();
  const { office, start } = createOffice(runtime, commands, {
    displayLanguage,
    theme: { ...DEFAULT_THEME, ...(options.theme ?? {}) },
    platform: options.platform ?? "OfficeOnline",
  });
  const workbook = new WorkbookInspector(model);
  if (options.autoStart !== false) setTimeout(start, 0);
  return {
    Excel: createExcelNamespace(runtime) as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    OfficeExtension: OfficeExtensionNamespace as unknown as typeof OfficeExtension,
    workbook,
    stats: runtime.stats,
    simulate: new Simulator(runtime, workbook),
    commands,
    runtime,
    start,
  };
}

/** Sets `Excel`, `Office` and `OfficeExtension` on `target` (globalThis in jest, window in the browser). */
export function installExcelHost(target: object, host: ExcelHost): void {
  const t = target as Record<string, unknown>;
  t.Excel = host.Excel;
  t.Office = host.Office;
  t.OfficeExtension = host.OfficeExtension;
}

export { HostError, NotImplementedError } from "./errors";
export type { WorksheetChangedArgs } from "./core/runtime";
