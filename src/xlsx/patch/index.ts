/** Writing into an existing .xlsx package, keeping every untouched part byte for byte (see patch-workbook.ts). */
export { patchWorkbook } from "./patch-workbook";
export type {
  CellWrite,
  FillClear,
  PatchResult,
  PatchValue,
  SheetTransplant,
  StyleHint,
  WorkbookPatch,
} from "./types";
