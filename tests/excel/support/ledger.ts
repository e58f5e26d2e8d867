/** Reading the ledger back from the host by header text (as a person would find things). */
import { ExcelHost } from "../../../src/testing/excel-host";
import { columnLetter } from "../../../src/core/ledger/a1";
import { LEDGER_LAYOUT, SHEETS } from "../../../src/core/ledger/constants";

/** Sheet column letter of a header in the ledger's header row. */
export function columnOf(host: ExcelHost, header: string): string {
  const used = host.workbook.usedRange(SHEETS.ledger) as string;
  const last = used.split(":")[1].replace(/\d+/g, "");
  const row = LEDGER_LAYOUT.headerRow;
  const headers = host.workbook.values(`${SHEETS.ledger}!A${row}:${last}${row}`)[0];
  const i = headers.findIndex((h) => h === header);
  if (i < 0) throw new Error(`no header ${header} in ${headers.join(",")}`);
  return columnLetter(i + 1);
}

/** Sheet row of item `no` (by 序号). */
export function rowOf(host: ExcelHost, no: number): number {
  const col = columnOf(host, "序号");
  const values = host.workbook.values(`${SHEETS.ledger}!${col}1:${col}5000`).map((r) => r[0]);
  const i = values.findIndex((v) => v === no);
  if (i < 0) throw new Error(`no row for item ${no}`);
  return i + 1;
}

/** What a cell of item `no` under `header` holds. */
export function itemValue(host: ExcelHost, no: number, header: string): unknown {
  return host.workbook.value(`${SHEETS.ledger}!${columnOf(host, header)}${rowOf(host, no)}`);
}

export function itemAddress(host: ExcelHost, no: number, header: string): string {
  return `${columnOf(host, header)}${rowOf(host, no)}`;
}

/** Runs a batch as the person at the keyboard would (deleting rows and columns). */
export async function personRuns(host: ExcelHost, fn: (ctx: Excel.RequestContext) => void): Promise<void> {
  await host.Excel.run(async (ctx) => {
    fn(ctx);
    await ctx.sync();
  });
}
