/**
 * The one door to Excel: every batch of the add-in goes through `runExcel`, which maps Office.js errors to
 * LedgerErrors (Chinese message + next step) and waits while the person is editing a cell.
 *
 * Every batch runs as `Excel.run({ delayForCellEdit: true }, …)`: Excel then holds the batch until the person
 * leaves the cell instead of failing it (Excel.RunOptions,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions; article "Delay execution while cell
 * is being edited"). No requirement set is given for the option; an Excel that does not know it ignores it and
 * fails the batch with InvalidOperationInCellEditMode as before — there runExcel tries again every
 * `retryDelayMs` for up to `editModeWaitMs`.
 */
import { LedgerError } from "./ledger-error";
import { officeCode } from "./office-code";

export interface RunOptions {
  /** Where Excel ignores delayForCellEdit: how long to keep retrying a batch refused in cell-edit mode (default 15 s). */
  editModeWaitMs?: number;
  /** Wait between those retries in ms (default 500). */
  retryDelayMs?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function toLedgerError(error: unknown): LedgerError {
  if (error instanceof LedgerError) return error;
  const code = officeCode(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new LedgerError(
        "cell-edit-mode",
        "Excel 正处于单元格编辑状态，暂时无法写入。",
        "请按 Enter 或 Esc 结束单元格编辑，然后再试一次。",
        code,
      );
    case "ItemNotFound":
      return new LedgerError(
        "not-found",
        "工作簿中找不到台账需要的工作表、表格或名称，可能已被删除或改名。",
        "请点击“生成/更新台账”修复台账结构（已填写的内容会保留）。",
        code,
      );
    case "AccessDenied":
      return new LedgerError(
        "protected",
        "工作表受保护或工作簿为只读，无法写入。",
        "请在“审阅 → 撤消工作表保护”中取消保护，或向办公室索取可编辑的副本后再试。",
        code,
      );
    case "ApiNotFound":
      return new LedgerError(
        "unsupported",
        "当前版本的 Excel 不支持此功能。",
        "请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版；台账中的公式汇总不受影响。",
        code,
      );
    // Excel on the web allows 5 MB per request and 5 MB per response: a read of a very large ledger can
    // exceed the response limit as a write can exceed the request limit — same message, same next step.
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new LedgerError(
        "too-large",
        "一次读写的数据超过了 Excel 的单次请求上限。",
        "请联系维护人员；这是加载项的缺陷，不是您的操作问题。",
        code,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new LedgerError(
        "general",
        `Excel 未能完成操作：${detail}`,
        "请稍后重试；如果问题持续，请保存工作簿、重新打开后再试。",
        code,
      );
    }
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one Excel batch, delayed while the person edits a cell; maps errors to LedgerErrors. */
export async function runExcel<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
  const budget = options.editModeWaitMs ?? 15_000;
  const delay = options.retryDelayMs ?? 500;
  const started = Date.now();
  for (;;) {
    try {
      return await Excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      if (officeCode(error) === "InvalidOperationInCellEditMode" && Date.now() - started + delay <= budget) {
        await wait(delay);
        continue;
      }
      throw toLedgerError(error);
    }
  }
}
