/** Round-trip accounting: syncs, queued operations and request payload size. */

export interface SyncRecord {
  operations: number;
  payloadBytes: number;
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

  reset(): void {
    this.syncCount = 0;
    this.operations = 0;
    this.tableRowAdds = 0;
    this.syncs = [];
  }
}

/** UTF-8 byte length of the JSON form of `value`, computed by hand so it runs in any browser. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const s = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
