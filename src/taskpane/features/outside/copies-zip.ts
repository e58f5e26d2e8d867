/**
 * 分发 on the web page (a lazily loaded chunk: it brings ExcelJS and jszip): every department's copy of the
 * chosen ledger file, made by the CLI's copy maker (xlsx/copies-from-ledger.ts), in one .zip.
 */
import JSZip from "jszip";
import { BUNDLED_PLAN } from "../../../excel/bundled-plan";
import { copiesFromLedger } from "../../../xlsx/copies-from-ledger";

export type CopiesZip =
  | {
      ok: true;
      fileName: string;
      bytes: Uint8Array;
      copies: { department: string; items: number }[];
      /** 序号 of the items in no copy (only placeholder departments). */
      undistributed: number[];
      /** False: the ledger has no merge key, the copies are unsealed. */
      sealed: boolean;
    }
  | { ok: false; message: string };

export async function copiesZip(
  name: string,
  bytes: Uint8Array,
  now: () => Date = () => new Date(),
): Promise<CopiesZip> {
  const made = await copiesFromLedger(bytes, {
    fallbackPlan: BUNDLED_PLAN,
    generatedAt: now().toISOString(),
  });
  if (!made.ok) return made;
  const zip = new JSZip();
  // The copies are .xlsx files, already compressed: stored as they are.
  for (const copy of made.copies) zip.file(copy.fileName, copy.bytes, { compression: "STORE" });
  const base = name.replace(/\.xlsx$/i, "") || made.planTitle;
  return {
    ok: true,
    fileName: `${base}-部门副本.zip`,
    bytes: await zip.generateAsync({ type: "uint8array" }),
    copies: made.copies.map((c) => ({ department: c.department, items: c.items.length })),
    undistributed: made.undistributed,
    sealed: made.sealed,
  };
}

export { download } from "../merge/department-copy";
export const ZIP_TYPE = "application/zip";
