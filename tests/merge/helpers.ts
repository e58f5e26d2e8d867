/** Building masters and returned copies for merge tests: real writer, then realistic edits with ExcelJS. */
import ExcelJS from "exceljs";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { carryOver } from "../../src/core/ledger/carry-over";
import { LEDGER_HEADERS, META_LABELS, SHEETS } from "../../src/core/ledger/constants";
import { FilledRow } from "../../src/core/ledger/types";
import { buildCopySpec } from "../../src/core/merge/copy-spec";
import { Plan } from "../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { readCarriedXlsx } from "../../src/xlsx/read-carried";
import { writeLedgerXlsx } from "../../src/xlsx/write";

export type Field = keyof typeof LEDGER_HEADERS;

/** A fixed merge key for test masters (a real master gets a random one: core/ledger/key-sheet.ts). */
export const TEST_KEY = "0123456789abcdef".repeat(4);

export async function writeMaster(
  plan: Plan,
  filled?: Record<number, FilledRow>,
  mergeKey: string | null = TEST_KEY,
): Promise<Uint8Array> {
  return writeLedgerXlsx(
    buildLedgerSpec(plan, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
      filled,
      mergeKey,
    }),
  );
}

/** What `taizhang workbook --from MASTER --for DEPT` writes. */
export async function sendCopy(plan: Plan, master: Uint8Array, dept: string): Promise<Uint8Array> {
  const read = await readLedgerXlsx(master);
  const filled = carryOver(plan, read.value!).filled;
  const copy = buildCopySpec(plan, dept, {
    statuses: DEFAULT_STATUSES,
    generatedAt: "2019-07-01T08:00:00.000Z",
    filled,
    mergeKey: (await readCarriedXlsx(master)).mergeKey,
  });
  if (!copy.ok) throw new Error(copy.message);
  return writeLedgerXlsx(copy.spec);
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A ledger sheet opened for editing: cells by 序号 and header text, wherever they are now. */
export class LedgerEditor {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  static async open(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; ed: LedgerEditor }> {
    const wb = await load(bytes);
    return { wb, ed: new LedgerEditor(wb.getWorksheet(SHEETS.ledger)!) };
  }

  headerRow(): number {
    for (let r = 1; r <= 20; r++) if (this.ws.getRow(r).getCell(1).value === LEDGER_HEADERS.no) return r;
    throw new Error("no header row");
  }

  col(field: Field): number {
    const row = this.ws.getRow(this.headerRow());
    for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === LEDGER_HEADERS[field]) return c;
    throw new Error(`no column ${field}`);
  }

  row(no: number): number {
    for (let r = this.headerRow() + 1; r <= this.ws.rowCount; r++)
      if (this.ws.getRow(r).getCell(1).value === no) return r;
    throw new Error(`no row ${no}`);
  }

  cell(no: number, field: Field): ExcelJS.Cell {
    return this.ws.getRow(this.row(no)).getCell(this.col(field));
  }

  set(no: number, field: Field, value: ExcelJS.CellValue): this {
    this.cell(no, field).value = value;
    return this;
  }

  /** Body rows (values only), from the header down. */
  bodyRows(): number[] {
    const out: number[] = [];
    for (let r = this.headerRow() + 1; r <= this.ws.rowCount; r++) out.push(r);
    return out;
  }
}

/** Sets a metadata value on the settings sheet (格式版本, 计划标识…). */
export function setMeta(wb: ExcelJS.Workbook, label: string, value: ExcelJS.CellValue): void {
  const ws = wb.getWorksheet(SHEETS.settings)!;
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === label) row.getCell(col + 1).value = value;
    });
  });
}

export { META_LABELS };

/** Values in the 合并报告 sheet, as text rows. */
export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
    }
    rows.push(cells);
  });
  return rows;
}
