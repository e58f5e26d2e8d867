/** Excel's rules for a worksheet's name: 1–31 characters, none of \ / ? * [ ] :, no quote at either end, unique. */
import { hostError, invalidArgument } from "../errors";
import type { SheetModel } from "./types";

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;

/** Throws as Excel does when `name` is not a valid new name for a sheet (`except`: the sheet being renamed). */
export function checkSheetName(
  name: string,
  findSheet: (name: string) => SheetModel | undefined,
  except?: SheetModel,
): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || INVALID_SHEET_CHARS.test(name)) {
    throw invalidArgument("Worksheet.name", `invalid sheet name "${name}"`);
  }
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument("Worksheet.name", `invalid sheet name "${name}"`);
  const clash = findSheet(name);
  if (clash && clash !== except) {
    throw hostError(
      "ItemAlreadyExists",
      `A worksheet named "${name}" already exists.`,
      "WorksheetCollection.add",
    );
  }
}
