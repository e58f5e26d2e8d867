/**
 * readLedgerXlsx: .xlsx bytes -> LedgerSnapshot (what people filled in, by 序号). Finds columns by header
 * text, tolerates re-sorted rows, blank rows, moved/renamed/deleted columns. Problems are returned as
 * issues; nothing throws for a foreign or broken file. Runs in the browser too.
 */
import { ROUND_SHEETS } from "../core/rounds/constants";
import ExcelJS from "exceljs";
import { FILLED_FIELDS, FORMAT_VERSION, FilledField, LEDGER_HEADERS, SHEETS } from "../core/ledger/constants";
import { ReadField, locateColumns } from "../core/ledger/header-match";
import { itemNumber } from "../core/ledger/item-number";
import { addedColumns } from "../core/ledger/added-columns";
import { LedgerIssue, LedgerReadResult, SnapshotRow } from "../core/ledger/snapshot";
import { FilledRow } from "../core/ledger/types";
import { BASELINE_SHEET } from "../core/merge/constants";
import { KEY_SHEET } from "../core/ledger/key-sheet";
import { zipTooLarge } from "../core/util/zip-size";
import { cellText, headerKey, plainValue } from "./cells";
import { readSettings } from "./read-settings";
import { pruneSheets } from "./prune";
import { readUnplaced } from "./read-unplaced";
import { sniffFile, sniffMessage } from "./merge/sniff";

const HEADER_SCAN_ROWS = 60;

/** The sheets any reader of a ledger file looks at; ExcelJS is given the others empty (see prune.ts). */
const READ_SHEETS: ReadonlySet<string> = new Set([
  SHEETS.ledger,
  SHEETS.settings,
  SHEETS.unplaced,
  BASELINE_SHEET,
  KEY_SHEET,
  ROUND_SHEETS.data,
  ROUND_SHEETS.history,
]);

export async function readLedgerXlsx(bytes: Uint8Array | ArrayBuffer): Promise<LedgerReadResult> {
  const loaded = await loadLedgerWorkbook(bytes);
  if ("issue" in loaded) return { value: null, issues: [loaded.issue] };
  return readLedgerWorkbook(loaded.workbook);
}

/** .xlsx bytes -> an ExcelJS workbook, or the reason it is none (for callers that read more sheets). */
export async function loadLedgerWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  /** Sheets a caller reads besides the ledger reader's own (e.g. the plan sheet): not pruned either. */
  alsoRead: readonly string[] = [],
): Promise<{ workbook: ExcelJS.Workbook } | { issue: LedgerIssue }> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const fail = (message: string) => ({
    issue: { kind: "not-xlsx" as const, message, sheet: null, row: null },
  });
  const refused = sniffMessage(sniffFile(data));
  if (refused) return fail(`无法读取：${refused}`);
  const tooLarge = zipTooLarge(data);
  if (tooLarge) return fail(`无法读取：${tooLarge}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      (await pruneSheets(
        data,
        alsoRead.length > 0 ? new Set([...READ_SHEETS, ...alsoRead]) : READ_SHEETS,
      )) as unknown as ArrayBuffer,
    );
  } catch {
    return fail("无法读取：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）。");
  }
  if (wb.worksheets.length === 0) return fail("无法读取：文件已损坏，或不是有效的 Excel 工作簿（.xlsx）。");
  return { workbook: wb };
}

/** A loaded workbook -> LedgerSnapshot, as readLedgerXlsx. */
export function readLedgerWorkbook(wb: ExcelJS.Workbook): LedgerReadResult {
  const fail = (kind: LedgerIssue["kind"], message: string): LedgerReadResult => ({
    value: null,
    issues: [{ kind, message, sheet: null, row: null }],
  });
  const ws = wb.getWorksheet(SHEETS.ledger);
  if (!ws) {
    const names = wb.worksheets.map((w) => `“${w.name}”`).join("、") || "（无）";
    return fail(
      "no-ledger-sheet",
      `这不是台账文件：找不到名为“${SHEETS.ledger}”的工作表（文件中的工作表：${names}）。`,
    );
  }
  const issues: LedgerIssue[] = [];
  const settingsIssues: LedgerIssue[] = [];
  const { settings, departments } = readSettings(wb, settingsIssues);
  const header = findHeader(ws, departments);
  if (!header) {
    return fail(
      "no-header",
      `“${SHEETS.ledger}”表中找不到含“${LEDGER_HEADERS.no}”列的表头行，无法对应各项工作。`,
    );
  }
  // A renamed column is read where the header locator places it (by its neighbours), and still listed in
  // missingFields: its own header is not there, so a merge takes nothing from it and --from asks first.
  const missingFields = FILLED_FIELDS.filter((f) => !header.columns.has(f) || header.renamed.includes(f));
  for (const f of missingFields) {
    const at = header.columns.get(f);
    issues.push({
      kind: at === undefined ? "missing-column" : "renamed-column",
      message:
        at === undefined
          ? `“${SHEETS.ledger}”表中找不到“${LEDGER_HEADERS[f]}”列（可能已删除或改名），该列内容未读取。`
          : `“${SHEETS.ledger}”表中找不到“${LEDGER_HEADERS[f]}”列的表头；按位置把“${header.texts[at - 1]}”列当作“${LEDGER_HEADERS[f]}”读取（列被改名？）。`,
      sheet: SHEETS.ledger,
      row: header.row,
    });
  }
  for (const c of header.added) {
    issues.push({
      kind: "added-column",
      message: `“${SHEETS.ledger}”表第 ${c} 列“${header.texts[c - 1]}”是另加的列，不是台账的填写列：其中的内容放入“${SHEETS.unplaced}”表（按行列出），不会丢失。`,
      sheet: SHEETS.ledger,
      row: header.row,
    });
  }
  const rows = readRows(ws, header, issues);
  issues.push(...settingsIssues);
  if (settings.formatVersion !== null && settings.formatVersion > FORMAT_VERSION) {
    issues.push({
      kind: "format-version",
      message: `该台账的格式版本（${settings.formatVersion}）比本工具支持的（${FORMAT_VERSION}）更新，部分内容可能无法识别。`,
      sheet: SHEETS.settings,
      row: null,
    });
  }
  const renamedFields = header.renamed;
  return {
    value: {
      ...settings,
      rows,
      unplaced: readUnplaced(wb),
      missingFields,
      ...(renamedFields.length > 0 ? { renamedFields } : {}),
    },
    issues,
  };
}

/**
 * Where the 台账 sheet's fill-in columns are (1-based), as readLedgerWorkbook places them (a renamed column by
 * its neighbours); a field the sheet lacks is absent. Null without a 台账 sheet or a header. For writers that
 * change cells in place (the merge into the master).
 */
export function ledgerFieldColumns(
  wb: ExcelJS.Workbook,
): { headerRow: number; columns: Map<FilledField, number> } | null {
  const ws = wb.getWorksheet(SHEETS.ledger);
  if (!ws) return null;
  const header = findHeader(ws, readSettings(wb, []).departments);
  if (!header) return null;
  const columns = new Map<FilledField, number>();
  for (const f of FILLED_FIELDS) {
    const c = header.columns.get(f);
    if (c !== undefined) columns.set(f, c);
  }
  return { headerRow: header.row, columns };
}

interface Header {
  row: number;
  /** Sheet column (1-based) of each field found. */
  columns: Map<ReadField, number>;
  /** Fill-in fields found by their position (header changed). */
  renamed: FilledField[];
  /** The row's whitespace-free header texts, column 1 first. */
  texts: string[];
  /** Sheet columns (1-based) a person added (see core/ledger/added-columns.ts). */
  added: number[];
}

/** The first row the one header locator (core/ledger/header-match.ts) reads as the ledger's header. */
function findHeader(ws: ExcelJS.Worksheet, departments: readonly string[]): Header | null {
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) texts.push(headerKey(row.getCell(c).value));
    const { fields, renamed } = locateColumns(texts, departments);
    if (fields.has("no") && (fields.has("task") || fields.has("status"))) {
      const added = addedColumns(texts, new Set(fields.values()), departments).map((i) => i + 1);
      return { row: r, columns: new Map([...fields].map(([f, i]) => [f, i + 1])), renamed, texts, added };
    }
  }
  return null;
}

function readRows(ws: ExcelJS.Worksheet, header: Header, issues: LedgerIssue[]): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  const seen = new Map<number, number>();
  const col = (f: ReadField) => header.columns.get(f);
  // 责任部门, where a person may have corrected what the plan's reader got wrong (core/ledger/departments-cell.ts).
  const departmentsCol = header.texts.indexOf(LEDGER_HEADERS.departments);
  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (f: ReadField) => {
      const c = col(f);
      return c === undefined ? null : plainValue(row.getCell(c).value);
    };
    const values = Object.fromEntries(FILLED_FIELDS.map((f) => [f, get(f)])) as unknown as FilledRow;
    const formulas = formulaTexts(row, col);
    const task = col("task") === undefined ? "" : cellText(row.getCell(col("task") as number).value);
    const rawNo = col("no") === undefined ? null : row.getCell(col("no") as number).value;
    const noText = cellText(rawNo).trim();
    const hasContent =
      task !== "" ||
      Object.values(values).some((v) => v !== null) ||
      header.added.some((c) => plainValue(row.getCell(c).value) !== null);
    if (noText === "" && !hasContent) continue;
    const no = itemNumber(noText);
    if (no === null) {
      if (!hasContent) continue;
      issues.push({
        kind: noText === "" ? "row-without-no" : "bad-no",
        message:
          noText === ""
            ? `“${SHEETS.ledger}”表第 ${r} 行有内容但没有序号。`
            : `“${SHEETS.ledger}”表第 ${r} 行的序号“${noText}”无法识别。`,
        sheet: SHEETS.ledger,
        row: r,
      });
    } else if (seen.has(no)) {
      issues.push({
        kind: "duplicate-no",
        message: `序号 ${no} 重复出现（第 ${seen.get(no)} 行和第 ${r} 行）。`,
        sheet: SHEETS.ledger,
        row: r,
      });
    } else {
      seen.set(no, r);
    }
    const departments = departmentsCol === -1 ? null : cellText(row.getCell(departmentsCol + 1).value);
    const added = header.added
      .map((c) => ({ header: header.texts[c - 1], value: plainValue(row.getCell(c).value) }))
      .filter((a) => a.value !== null);
    const read: SnapshotRow = { no, task, values, sheetRow: r, departments };
    rows.push({ ...read, ...(formulas ? { formulas } : {}), ...(added.length > 0 ? { added } : {}) });
  }
  return rows;
}

/** Formulas typed into filled-in cells, as "=…" text (callers must never execute them). */
function formulaTexts(
  row: ExcelJS.Row,
  col: (f: ReadField) => number | undefined,
): Partial<Record<FilledField, string>> | undefined {
  let found: Partial<Record<FilledField, string>> | undefined;
  for (const f of FILLED_FIELDS) {
    const c = col(f);
    const formula = c === undefined ? undefined : row.getCell(c).formula;
    if (formula) (found ??= {})[f] = `=${formula}`;
  }
  return found;
}
