/** The workbook's status list, read back from the 设置 sheet's status block (pure). */
import { statusesFromRows } from "../ledger/settings-read";
import { DEFAULT_STATUSES, StatusDef } from "../status/statuses";
import { GridValue } from "./grid";

/**
 * Rows of the status block below its header (名称, 计入完成, 填充色, 字体色), read as every host reads them
 * (core/ledger/settings-sheet.ts). Null when there are none (the caller falls back to the default list).
 */
export function statusesFromSettings(rows: readonly GridValue[][]): StatusDef[] | null {
  const statuses = statusesFromRows(rows);
  return statuses.length > 0 ? statuses : null;
}

/** The settings list, or the default list when the settings sheet has none. */
export function workbookStatuses(rows: readonly GridValue[][] | null): readonly StatusDef[] {
  return (rows && statusesFromSettings(rows)) ?? DEFAULT_STATUSES;
}
