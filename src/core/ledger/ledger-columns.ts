/** The ledger table's columns: fixed ones, one per department, then the columns people fill in. */
import { Department } from "../plan/types";
import { FilledField, LEDGER_HEADERS } from "./constants";
import { AlignmentSpec } from "./types";

export type LedgerColumnKey = keyof typeof LEDGER_HEADERS | `dept:${string}`;

export interface LedgerColumn {
  key: LedgerColumnKey;
  header: string;
  width: number;
  fontSize: number;
  align: AlignmentSpec["horizontal"];
  /** A column people fill in (carried over on regeneration). */
  fillIn: FilledField | null;
  numberFormat?: string;
}

export const DEPARTMENT_COLUMN_WIDTH = 4;
export const DEPARTMENT_FONT_SIZE = 8;

export function ledgerColumns(departments: readonly Department[]): LedgerColumn[] {
  const c = (
    key: LedgerColumnKey,
    header: string,
    width: number,
    align: AlignmentSpec["horizontal"],
    fontSize = 9,
    fillIn: FilledField | null = null,
  ): LedgerColumn => ({ key, header, width, fontSize, align, fillIn });
  const H = LEDGER_HEADERS;
  const date = "yyyy-mm-dd";
  return [
    c("no", H.no, 4.5, "center"),
    c("section", H.section, 8, "left"),
    c("subsection", H.subsection, 8, "left"),
    c("task", H.task, 36, "left", 10),
    c("lead", H.lead, 7.5, "center"),
    c("departments", H.departments, 14, "left"),
    ...departments.map((d) =>
      c(`dept:${d.name}`, d.name, DEPARTMENT_COLUMN_WIDTH, "center", DEPARTMENT_FONT_SIZE),
    ),
    c("status", H.status, 7, "center", 9, "status"),
    c("progress", H.progress, 18, "left", 9, "progress"),
    c("problems", H.problems, 15, "left", 9, "problems"),
    c("contact", H.contact, 6.5, "center", 9, "contact"),
    { ...c("due", H.due, 9, "center", 9, "due"), numberFormat: date },
    { ...c("updated", H.updated, 9, "center", 9, "updated"), numberFormat: date },
  ];
}
