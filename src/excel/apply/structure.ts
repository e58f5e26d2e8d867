/** Tables, the status validation, conditional formats and workbook names, from the spec. */
import { rangeAddress } from "../../core/ledger/a1";
import {
  ConditionalFormatSpec,
  ListValidationSpec,
  NamedRangeSpec,
  TableSpec,
} from "../../core/ledger/types";
import { ConditionalFormatState, LedgerState } from "../read-ledger";
import { WriteBatch } from "./batch";
import { rangeOf } from "./dress";

type Sheet = Excel.Worksheet;

function styleTable(b: WriteBatch, table: Excel.Table, t: TableSpec): void {
  table.name = t.name;
  table.style = t.style;
  table.showBandedRows = t.showRowStripes;
  b.op(3);
}

/** Defines the table over cells already written (never row by row). */
export function addTable(b: WriteBatch, sheet: Sheet, t: TableSpec): void {
  const table = sheet.tables.add(rangeOf(sheet, t.range), true);
  b.op();
  styleTable(b, table, t);
}

/**
 * Makes an existing table cover the spec's range: `resize` (ExcelApi 1.13), otherwise convert it to a plain
 * range (cells, values and formats stay) and define it again over the same cells.
 */
export function fitTable(b: WriteBatch, sheet: Sheet, t: TableSpec): void {
  const table = b.context.workbook.tables.getItem(t.name);
  if (b.caps.api("1.13")) {
    table.resize(rangeOf(sheet, t.range));
    b.op(2);
    return;
  }
  table.convertToRange();
  b.op(2);
  addTable(b, sheet, t);
}

export function setValidation(b: WriteBatch, sheet: Sheet, v: ListValidationSpec, clearFirst: boolean): void {
  const dv = rangeOf(sheet, v.range).dataValidation;
  if (clearFirst) dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.text };
  b.op(clearFirst ? 5 : 4);
}

/** Adds the rules so that the spec's first rule ends with the highest priority (as the spec orders them). */
export function addConditionalFormats(
  b: WriteBatch,
  sheet: Sheet,
  list: readonly ConditionalFormatSpec[],
): void {
  for (const cf of [...list].reverse()) {
    const format = rangeOf(sheet, cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula}`;
    if (cf.fill) format.custom.format.fill.color = cf.fill;
    if (cf.font?.color) format.custom.format.font.color = cf.font.color;
    if (cf.font?.bold !== undefined) format.custom.format.font.bold = cf.font.bold;
    b.op(5);
  }
}

const norm = (c: string | null | undefined) => (c ?? "").toUpperCase();

/** Whether the rules read over the status range are exactly the spec's. */
export function conditionalFormatsMatch(
  have: readonly ConditionalFormatState[],
  want: readonly ConditionalFormatSpec[],
): boolean {
  if (have.length !== want.length) return false;
  return want.every((w) =>
    have.some(
      (h) =>
        normaliseFormula(h.formula ?? "") === normaliseFormula(w.formula) &&
        norm(h.fill) === norm(w.fill) &&
        norm(h.font) === norm(w.font?.color) &&
        (w.font?.bold === undefined || !!h.bold === w.font.bold),
    ),
  );
}

function normaliseFormula(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
}

/** A name's reference as written (quotes around sheet names and "$" do not matter when comparing). */
function normaliseRef(f: string): string {
  return f.replace(/^=/, "").replace(/'/g, "").replace(/\s+/g, "").toUpperCase();
}

export interface NameRepair {
  name: string;
  missing: boolean;
}

/** Adds missing names and redefines changed ones; returns what was repaired. */
export function syncNames(
  b: WriteBatch,
  state: LedgerState | null,
  names: readonly NamedRangeSpec[],
): NameRepair[] {
  const out: NameRepair[] = [];
  for (const n of names) {
    const have = state?.names.find((x) => x.name.toLowerCase() === n.name.toLowerCase());
    if (have && normaliseRef(have.formula) === normaliseRef(n.formula)) continue;
    if (have) {
      b.context.workbook.names.getItem(have.name).delete();
      b.op();
    }
    b.context.workbook.names.add(n.name, `=${n.formula}`, n.comment);
    b.op();
    if (state) out.push({ name: n.name, missing: !have });
  }
  return out;
}

export function tableAddress(t: TableSpec): string {
  return rangeAddress(t.range);
}
