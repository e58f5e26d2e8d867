/**
 * The single place the pane gets its LedgerApi (the Office.js adapter in src/excel). Kept apart so the entry,
 * tests and the browser harness can swap the factory without touching the pane.
 *
 * TO CONNECT (lead): when src/excel/ledger-api.ts exists, replace this file's body with
 *   export { createLedgerApi } from "../excel/ledger-api";
 * Until then the pane opens and says, in Chinese, that it cannot reach the workbook (start.tsx turns the
 * thrown LedgerError into an error message with the next step).
 */
import type { LedgerApi } from "../excel/api";
import { LedgerError } from "../excel/ledger-error";

export function createLedgerApi(): LedgerApi {
  throw new LedgerError(
    "unsupported",
    "这个版本的台账加载项缺少与 Excel 的连接模块，无法读写工作簿。",
    "请联系办公室获取完整版本的台账加载项。",
  );
}
