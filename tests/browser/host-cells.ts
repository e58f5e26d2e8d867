/** Reading the test host's workbook from a browser test (window.__excelHost in the page). */
import type { Page } from "playwright-core";
import type { ExcelHost } from "../../src/testing/excel-host";

type Host = { __excelHost: ExcelHost };

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  columns: string[];
  rowCount: number;
  filters: Record<string, unknown>;
}

export function tables(page: Page): Promise<TableInfo[]> {
  return page.evaluate(() => (window as unknown as Host).__excelHost.workbook.tables());
}

export async function table(page: Page, name: string): Promise<TableInfo> {
  const found = (await tables(page)).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name} in the host workbook`);
  return found;
}

export function values(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate((a) => (window as unknown as Host).__excelHost.workbook.values(a), address);
}

export function hiddenRows(page: Page, sheet: string): Promise<number[]> {
  return page.evaluate((s) => (window as unknown as Host).__excelHost.workbook.hiddenRows(s), sheet);
}

export function pivots(page: Page): Promise<{ name: string; sheet: string; address: string | null }[]> {
  return page.evaluate(() =>
    (window as unknown as Host).__excelHost.workbook
      .pivots()
      .map((p) => ({ name: p.name, sheet: p.sheet, address: p.address })),
  );
}

/** The active sheet and its selection as an A1 address such as "台账!AB8". */
export function selection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { workbook } = (window as unknown as Host).__excelHost;
    const sheet = workbook.model.sheetById(workbook.model.activeSheetId);
    const letters = (col: number): string => {
      let n = col + 1;
      let s = "";
      while (n > 0) {
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    const { row, col, rows, cols } = sheet.selection;
    const start = `${letters(col)}${row + 1}`;
    const end = `${letters(col + cols - 1)}${row + rows}`;
    return `${sheet.name}!${rows === 1 && cols === 1 ? start : `${start}:${end}`}`;
  });
}

/** A person types into cells (protection and Stop validations apply, onChanged handlers fire). */
export function userEdit(page: Page, sheet: string, address: string, value: unknown[][]): Promise<void> {
  return page.evaluate(([s, a, v]) => (window as unknown as Host).__excelHost.simulate.userEdit(s, a, v), [
    sheet,
    address,
    value,
  ] as const);
}

/** A person pastes values: no data validation (as in Excel), onChanged handlers fire. */
export function paste(page: Page, sheet: string, address: string, value: unknown[][]): Promise<void> {
  return page.evaluate(([s, a, v]) => (window as unknown as Host).__excelHost.simulate.userPaste(s, a, v), [
    sheet,
    address,
    value,
  ] as const);
}

/** Column letters of a 0-based index ("A", …, "Z", "AA", …). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses "台账!A5:AG35" into the table's first column index and header row (1-based). */
export function tableOrigin(address: string): { col: number; headerRow: number; lastRow: number } {
  const m = /!\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`unexpected table address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, headerRow: Number(m[2]), lastRow: Number(m[3]) };
}
