/**
 * What a file is, from its bytes, before ExcelJS sees it (src/core/util/file-kind.ts), and the Chinese message
 * for one that cannot be a ledger workbook: .xls, .et, .ods, a Word document, an encrypted file (how to resave
 * or unlock it: src/core/util/foreign-file-messages.ts).
 */
import { FileKind, fileKind } from "../../core/util/file-kind";
import { ledgerFileRefusal } from "../../core/util/foreign-file-messages";

export type { FileKind };

export const sniffFile = fileKind;

/** The Chinese message for a file that cannot be a ledger workbook, or null if it may be one. */
export function sniffMessage(kind: FileKind): string | null {
  return ledgerFileRefusal(kind);
}
