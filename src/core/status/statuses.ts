/**
 * The status vocabulary of a ledger. A workbook carries its own list (settings sheet); this is the
 * default for a new ledger. The first status is the default for a fresh row.
 */
export interface StatusDef {
  name: string;
  /** Whether an item in this status counts as done in completion rates. */
  done: boolean;
  /** Fill colour for conditional formatting, #RRGGBB. */
  fill: string;
  /** Font colour that reads on that fill, #RRGGBB. */
  font: string;
}

export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { name: "未启动", done: false, fill: "#EDEDED", font: "#404040" },
  { name: "推进中", done: false, fill: "#DDEBF7", font: "#1F4E79" },
  { name: "已完成", done: true, fill: "#E2EFDA", font: "#375623" },
  { name: "滞后", done: false, fill: "#FCE4D6", font: "#C00000" },
];

export function defaultStatus(statuses: readonly StatusDef[]): string {
  return statuses.length > 0 ? statuses[0].name : "";
}

export function isDone(statuses: readonly StatusDef[], name: string): boolean {
  return statuses.some((s) => s.name === name && s.done);
}
