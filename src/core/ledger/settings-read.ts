/**
 * Reading the 设置 sheet back: the one reader every host uses (the .xlsx reader, the add-in, validation), over
 * plain cell arrays the host has read. One rule for what a cell says: 计入完成 counts only when it says 是 (a
 * blank or other text: not done); a colour that is not #RRGGBB reads as white fill / black font.
 *
 * Apart from the sheet's writer (settings-sheet.ts, which re-exports it) so that reading does not bring the
 * writer's calendar lists along — the pane's first load reads 设置 but writes it only on 生成/更新台账.
 */
import { StatusDef } from "../status/statuses";
import { META_LABELS, SETTINGS_HEADERS, SETTINGS_LAYOUT, YES } from "./constants";

/** What the 设置 sheet says, as read back. */
export interface SettingsRead {
  /** The status list, in sheet order; empty when the sheet has none. */
  statuses: StatusDef[];
  /** The department list (部门名称), in sheet order; empty when the sheet has none. */
  departments: string[];
  /** Metadata label → the value beside it, as the host read it. */
  meta: ReadonlyMap<string, unknown>;
}

const COLOUR = /^#[0-9A-F]{6}$/;
const LABEL_SCAN_ROWS = 200;

/** A plain cell as trimmed text: strings as they are, numbers and booleans as printed, anything else "". */
export function settingsText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

function colour(value: unknown, fallback: string): string {
  const t = settingsText(value).toUpperCase();
  return COLOUR.test(t) ? t : fallback;
}

/**
 * The rows of the status block below its header (名称, 计入完成, 填充色, 字体色), read until the first blank
 * name and at most SETTINGS_LAYOUT.maxStatuses of them.
 */
export function statusesFromRows(rows: readonly (readonly unknown[])[]): StatusDef[] {
  const statuses: StatusDef[] = [];
  for (const row of rows.slice(0, SETTINGS_LAYOUT.maxStatuses)) {
    const name = settingsText(row[0]);
    if (name === "") break;
    statuses.push({
      name,
      done: settingsText(row[1]) === YES,
      fill: colour(row[2], "#FFFFFF"),
      font: colour(row[3], "#000000"),
    });
  }
  return statuses;
}

/**
 * The whole 设置 sheet as read by a host, `cells[0][0]` being A1: the status block under its 名称 header, the
 * departments under 部门名称 and each metadata label's neighbour, all found by their labels (so a moved block
 * is still read).
 */
export function readSettingsCells(cells: readonly (readonly unknown[])[]): SettingsRead {
  const labels = new Map<string, { row: number; col: number }>();
  cells.slice(0, LABEL_SCAN_ROWS).forEach((line, row) =>
    line.forEach((value, col) => {
      const key = settingsText(value).replace(/\s+/g, "");
      if (key !== "" && !labels.has(key)) labels.set(key, { row, col });
    }),
  );
  const head = labels.get(SETTINGS_HEADERS.statusName);
  const statuses = head
    ? statusesFromRows(cells.slice(head.row + 1).map((line) => line.slice(head.col, head.col + 4)))
    : [];
  const depts = labels.get(SETTINGS_HEADERS.departmentName);
  const departments: string[] = [];
  for (const line of depts ? cells.slice(depts.row + 1) : []) {
    const name = settingsText(line[depts?.col ?? 0]);
    if (name === "") break;
    departments.push(name);
  }
  const meta = new Map<string, unknown>();
  for (const label of Object.values(META_LABELS)) {
    const at = labels.get(label);
    if (at) meta.set(label, cells[at.row]?.[at.col + 1] ?? null);
  }
  return { statuses, departments, meta };
}

/** A metadata value as trimmed text, null when blank or absent. */
export function metaText(read: SettingsRead, label: string): string | null {
  const text = settingsText(read.meta.get(label));
  return text === "" ? null : text;
}

/** 格式版本 as a whole number, null when absent or not one. */
export function metaFormatVersion(read: SettingsRead): number | null {
  const text = metaText(read, META_LABELS.formatVersion);
  return text !== null && /^\d+$/.test(text) ? Number(text) : null;
}
