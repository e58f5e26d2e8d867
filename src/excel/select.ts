/** Showing a cell a finding points at: activate its worksheet and select it. One sync. */
import { LedgerError } from "./ledger-error";
import { runExcel } from "./run";

export function selectAddress(address: string): Promise<void> {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) {
    return Promise.reject(
      new LedgerError("general", `无法定位单元格“${address}”。`, "请在工作表中手动查找该单元格。"),
    );
  }
  const sheetName = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const local = address.slice(bang + 1);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(local).select();
    await context.sync();
  });
}
