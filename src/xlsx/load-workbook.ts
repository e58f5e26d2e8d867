/**
 * Every ExcelJS read of a file a person chose goes through here: the package is first normalised so ExcelJS can
 * read what other programs write (absolute part paths, inline strings, no styles…: normalise-package.ts). Used by
 * the ledger reader (through prune.ts), the plan sheet a ledger carries and a plan kept as an Excel task table.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { normalisePackage } from "./normalise-package";

/** The package of `bytes`, normalised; null when JSZip cannot open it or it holds no workbook. */
export async function openNormalised(bytes: Uint8Array): Promise<JSZip | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file("xl/workbook.xml")) return null;
    await normalisePackage(zip);
    return zip;
  } catch {
    return null;
  }
}

/** `bytes` loaded by ExcelJS after normalising; ExcelJS's own error when it still cannot read them. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const zip = await openNormalised(bytes);
  // Stored, not deflated: ExcelJS unzips it again straight away.
  const data = zip ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}
