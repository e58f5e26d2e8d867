/**
 * The write side of one Excel.run: queues operations and keeps each request under the payload limit
 * (Excel on the web: 5 MB per request). Large 2-D writes are split by rows into chunks; a sync is made
 * only when the next chunk would not fit in the current request.
 */
import { jsonSize } from "../../core/util/json-size";

/** Request payload we allow ourselves per sync: under half of Excel on the web's 5 MB, for headroom (issue 11). */
export const REQUEST_LIMIT_BYTES = 2_400_000;
/** Largest single 2-D write. */
export const CHUNK_BYTES = 1_000_000;
/** Rough request size of a small queued operation (property set, method call). */
const SMALL_OP_BYTES = 200;

export interface Capabilities {
  /** ExcelApi version check (Office.context.requirements.isSetSupported). */
  api(version: string): boolean;
  dataValidation: boolean;
}

export class WriteBatch {
  private pending = 0;
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly caps: Capabilities,
    private readonly limit = REQUEST_LIMIT_BYTES,
  ) {}

  /** Accounts for a small operation. */
  op(count = 1): void {
    this.pending += SMALL_OP_BYTES * count;
  }

  /** Makes room for `bytes` in the current request, syncing first if they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }

  /**
   * Writes a 2-D array at (row, col) (1-based) through `values`, or `formulas` when it holds a formula,
   * in row chunks of at most CHUNK_BYTES.
   */
  async write(sheet: Excel.Worksheet, row: number, col: number, data: unknown[][]): Promise<void> {
    if (data.length === 0) return;
    const width = data[0].length;
    let start = 0;
    while (start < data.length) {
      let bytes = 0;
      let end = start;
      const chunkLimit = Math.min(CHUNK_BYTES, this.limit / 2);
      while (end < data.length) {
        const b = jsonSize(data[end]) + 1;
        if (end > start && bytes + b > chunkLimit) break;
        bytes += b;
        end++;
      }
      const chunk = data.slice(start, end);
      await this.room(bytes);
      const target = sheet.getRangeByIndexes(row - 1 + start, col - 1, chunk.length, width);
      if (chunk.some((line) => line.some((v) => typeof v === "string" && v.startsWith("=")))) {
        target.formulas = chunk;
      } else {
        target.values = chunk;
      }
      start = end;
    }
  }
}

/** Office.js requirement-set check (false outside Office). */
export function officeApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
