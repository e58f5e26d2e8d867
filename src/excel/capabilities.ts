/** What this Excel can do beyond the manifest's ExcelApi 1.7 (checked at run time, no Excel.run). */
import type { HostCapabilities } from "./api";

export function detectCapabilities(): HostCapabilities {
  const supported = (version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  const v18 = supported("1.8");
  return { pivotTables: v18, dataValidation: v18 };
}
