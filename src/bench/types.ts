/** The fields of one JSON line. */
export type BenchFields = Record<string, string | number | boolean | string[] | number[]>;

/** A bench case: runs once in its own process so its peak RSS is its own. */
export interface BenchCase {
  /** Unique id, e.g. "workbook-write:cnipa-2019". */
  id: string;
  /** Does the work; returns extra fields for the JSON line (bench name, plan, items, …). */
  run(): Promise<BenchFields>;
  /** Extra node flags for the case's process (e.g. a heap cap), reported in the JSON line as `node`. */
  nodeArgs?: string[];
}
