/** Excel.RequestContext look-alike: an operation queue applied to the model at `sync()`. */
import { HostError, hostError } from "../errors";
import type { HostRuntime } from "./runtime";
import { jsonSize } from "../../../core/util/json-size";

export interface QueuedOp {
  label: string;
  payload: unknown;
  run(): void;
}

export class RequestContextImpl {
  _host: HostRuntime;
  _queue: QueuedOp[] = [];
  /** Excel.run({ delayForCellEdit: true }, …): requests wait out cell-edit mode instead of failing. */
  _delayForCellEdit = false;
  /** JSON returned by the loads of the sync under way (counted against the response limit). */
  _responseBytes = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo = {};
  private _workbook: object | undefined;

  constructor(host: HostRuntime) {
    this._host = host;
  }

  get workbook(): object {
    if (!this._workbook) this._workbook = this._host.createWorkbookProxy(this);
    return this._workbook;
  }

  _enqueue(label: string, payload: unknown, run: () => void): void {
    this._queue.push({ label, payload, run });
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const queue = this._queue;
    this._queue = [];
    if (queue.length === 0) return passThroughValue;
    await Promise.resolve();
    const host = this._host;
    if (host.inCellEditMode() && this._delayForCellEdit && host.delayForCellEditSupported) {
      await host.cellEditEnded();
    }
    const payloadBytes = queue.reduce((n, op) => n + jsonSize(op.payload), 0);
    const record = {
      operations: queue.length,
      payloadBytes,
      responseBytes: 0,
      labels: queue.map((q) => q.label),
    } as {
      operations: number;
      payloadBytes: number;
      responseBytes: number;
      labels: string[];
      failed?: string;
    };
    host.stats.syncCount++;
    host.stats.operations += queue.length;
    host.stats.syncs.push(record);
    try {
      if (host.inCellEditMode()) {
        throw hostError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      if (payloadBytes > host.payloadLimitBytes) {
        throw hostError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${payloadBytes} > ${host.payloadLimitBytes} bytes).`,
        );
      }
      this._responseBytes = 0;
      for (const op of queue) {
        try {
          op.run();
        } catch (e) {
          if (e instanceof HostError) {
            e.debugInfo.statement = op.label;
            e.debugInfo.errorLocation = e.debugInfo.errorLocation ?? op.label;
          }
          throw e;
        }
      }
      record.responseBytes = this._responseBytes;
      // Excel on the web: 5 MB for a request and for its response ("Resource limits and performance
      // optimization for Office Add-ins", https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
      // Loaded values are counted as the JSON they come back as; over the limit the whole sync fails.
      if (this._responseBytes > host.responseLimitBytes) {
        throw hostError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${this._responseBytes} > ${host.responseLimitBytes} bytes).`,
        );
      }
    } catch (e) {
      record.failed = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      host.afterSync();
    }
    return passThroughValue;
  }
}

export type { HostError };
