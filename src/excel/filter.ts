/**
 * Filtering the ledger to one department's items: a custom "<>" criterion (non-blank) on the department's
 * column of TZ_Ledger; null clears every filter. Uses the table column filter of ExcelApi 1.2 (Table.autoFilter
 * needs 1.9, above the manifest's 1.7).
 */
import { SHEETS, TABLES } from "../core/ledger/constants";
import { LedgerError } from "./ledger-error";
import { noLedgerError } from "./ledger-grid";
import { runExcel } from "./run";
import { officeCode } from "./office-code";

function unknownDepartment(department: string): LedgerError {
  return new LedgerError(
    "not-found",
    `台账中没有“${department}”列，无法按该部门筛选。`,
    "请点击“生成/更新台账”补回部门列（已填写的内容会保留），然后再筛选。",
  );
}

/** Two syncs: read the table's headers, then clear and apply the filter. */
export function filterByDepartment(department: string | null): Promise<void> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(TABLES.ledger);
    const header = table.getHeaderRowRange().load("values");
    try {
      await context.sync();
    } catch (error) {
      if (officeCode(error) !== "ItemNotFound") throw error;
      const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.ledger).load("name");
      await context.sync();
      if (sheet.isNullObject) throw noLedgerError();
      throw error;
    }
    const headers = header.values[0].map((v) => String(v ?? "").replace(/\s+/g, ""));
    const index = department === null ? -1 : headers.indexOf(department.replace(/\s+/g, ""));
    if (department !== null && index < 0) throw unknownDepartment(department);
    table.clearFilters();
    if (index >= 0) table.columns.getItemAt(index).filter.applyCustomFilter("<>");
    await context.sync();
  });
}
