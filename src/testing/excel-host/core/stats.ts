/** Round-trip accounting: syncs, queued operations and request payload size. */

export interface SyncRecord {
  operations: number;
  payloadBytes: number;
  /** JSON returned by the sync's loads. */
  responseBytes: number;
  /** Labels of the queued operations, e.g. "Range.values(set)". */
  labels: string[];
  failed?: string;
}

export class HostStats {
  syncCount = 0;
  operations = 0;
  tableRowAdds = 0;
  syncs: SyncRecord[] = [];

  get maxPayloadBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.payloadBytes), 0);
  }

  get maxResponseBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  reset(): void {
    this.syncCount = 0;
    this.operations = 0;
    this.tableRowAdds = 0;
    this.syncs = [];
  }
}
