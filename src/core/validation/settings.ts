/** The workbook's status list, read back from the 设置 sheet's status block (pure). */
import { YES } from "../ledger/constants";
import { DEFAULT_STATUSES, StatusDef } from "../status/statuses";
import { GridValue } from "./grid";
import { cellText, trimEdges } from "./text";

/**
 * Rows of the status block below its header (名称, 计入完成, 填充色, 字体色), read until the first blank
 * name. Null when there are none (the caller falls back to the default list).
 */
export function statusesFromSettings(rows: readonly GridValue[][]): StatusDef[] | null {
  const statuses: StatusDef[] = [];
  for (const row of rows) {
    const name = trimEdges(cellText(row[0] ?? null));
    if (name === "") break;
    statuses.push({
      name,
      done: trimEdges(cellText(row[1] ?? null)) === YES,
      fill: colour(row[2] ?? null, "#FFFFFF"),
      font: colour(row[3] ?? null, "#000000"),
    });
  }
  return statuses.length > 0 ? statuses : null;
}

/** The settings list, or the default list when the settings sheet has none. */
export function workbookStatuses(rows: readonly GridValue[][] | null): readonly StatusDef[] {
  return (rows && statusesFromSettings(rows)) ?? DEFAULT_STATUSES;
}

function colour(value: GridValue, fallback: string): string {
  const t = trimEdges(cellText(value)).toUpperCase();
  return /^#[0-9A-F]{6}$/.test(t) ? t : fallback;
}
