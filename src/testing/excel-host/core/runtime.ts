/** Shared state of one test host: model, stats, requirement sets, simulation switches and event handlers. */
import { localAddress } from "../address";
import { apiNotFound } from "../errors";
import type { WorkbookModel } from "../model/workbook-model";
import type { ChangeRecord } from "../model/types";
import type { RequestContextImpl } from "./context";
import { HostStats } from "./stats";

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: string;
  source: "Local" | "Remote";
  address: string;
  worksheetId: string;
  /** Only where ExcelApi 1.14 is supported (WorksheetChangedEventArgs.triggerSource); absent below. */
  triggerSource?: "Unknown" | "ThisLocalAddin";
  details?: ChangeRecord["details"];
  getRange(ctx: unknown): unknown;
  getRangeOrNullObject(ctx: unknown): unknown;
}

export type ChangedHandler = (args: WorksheetChangedArgs) => unknown;

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class HostRuntime {
  stats = new HostStats();
  /**
   * Cell-edit mode, as a span of time (Date.now() ms): a person is typing in a cell until `cellEditUntil`.
   * While it lasts, a request fails with InvalidOperationInCellEditMode unless its Excel.run asked for
   * `delayForCellEdit`, in which case it waits until the person leaves the cell
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions).
   */
  cellEditUntil = 0;
  /** Whether this Excel honours `Excel.run({ delayForCellEdit: true }, …)` (older builds ignore it). */
  delayForCellEditSupported = true;
  private cellEditWaiters: (() => void)[] = [];
  private cellEditTimer: ReturnType<typeof setTimeout> | null = null;
  sheetHandlers = new Map<string, Set<ChangedHandler>>();
  workbookHandlers = new Set<ChangedHandler>();
  handlerErrors: unknown[] = [];
  private pending: Promise<unknown>[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly supportedSets: Record<string, string>,
    public payloadLimitBytes: number,
    readonly createWorkbookProxy: (ctx: RequestContextImpl) => object,
    /** Response payload limit per sync (Excel on the web: 5 MB, like requests). */
    public responseLimitBytes: number = payloadLimitBytes,
  ) {}

  isSupported(set: string, version = "1.1"): boolean {
    const have = Object.entries(this.supportedSets).find(([k]) => k.toLowerCase() === set.toLowerCase())?.[1];
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  requireSet(set: string, version: string, api: string): void {
    if (!this.isSupported(set, version)) throw apiNotFound(api, set, version);
  }

  inCellEditMode(): boolean {
    return Date.now() < this.cellEditUntil;
  }

  /** Enters cell-edit mode for `ms` milliseconds from now (Infinity: until exitCellEdit). */
  enterCellEdit(ms: number): void {
    this.cellEditUntil = Date.now() + ms;
    if (this.cellEditTimer) clearTimeout(this.cellEditTimer);
    this.cellEditTimer = Number.isFinite(ms) ? setTimeout(() => this.exitCellEdit(), ms) : null;
  }

  exitCellEdit(): void {
    this.cellEditUntil = 0;
    if (this.cellEditTimer) clearTimeout(this.cellEditTimer);
    this.cellEditTimer = null;
    for (const wake of this.cellEditWaiters.splice(0)) wake();
  }

  /** Resolves when the person leaves the cell. */
  cellEditEnded(): Promise<void> {
    if (!this.inCellEditMode()) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  afterSync(): void {
    const changes = this.model.drainChanges();
    if (changes.length) this.dispatch(changes);
  }

  dispatch(changes: ChangeRecord[]): void {
    for (const ch of changes) {
      const handlers = [...(this.sheetHandlers.get(ch.sheetId) ?? []), ...this.workbookHandlers];
      if (!handlers.length) continue;
      const address = localAddress(ch.rect);
      const args: WorksheetChangedArgs = {
        type: "WorksheetChanged",
        changeType: ch.changeType,
        // EventSource: a co-author's edit reaches this Excel's handlers as "Remote" (Excel.EventSource).
        source: ch.source === "remote" ? "Remote" : "Local",
        address,
        worksheetId: ch.sheetId,
        ...(this.isSupported("ExcelApi", "1.14")
          ? { triggerSource: ch.source === "addin" ? ("ThisLocalAddin" as const) : ("Unknown" as const) }
          : {}),
        ...(ch.details ? { details: ch.details } : {}),
        getRange: (ctx) => rangeFrom(ctx, ch.sheetId, address),
        getRangeOrNullObject: (ctx) => rangeFrom(ctx, ch.sheetId, address),
      };
      for (const h of handlers) {
        const p = Promise.resolve()
          .then(() => h(args))
          .catch((e: unknown) => {
            this.handlerErrors.push(e);
          });
        this.pending.push(p);
      }
    }
  }

  /** Resolves once every event handler fired so far (and the ones they trigger) has finished. */
  async settle(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0);
      await Promise.all(batch);
    }
  }
}

function rangeFrom(ctx: unknown, sheetId: string, address: string): unknown {
  const c = ctx as { workbook: { worksheets: { getItem(id: string): { getRange(a: string): unknown } } } };
  return c.workbook.worksheets.getItem(sheetId).getRange(address);
}
