/**
 * Before ExcelJS loads a ledger to read it: the sheets the reader never looks at (责任分解, 部门汇总, a merge
 * report…) are emptied in the zip, and the kept sheets lose their empty cells (`<c r="…" s="…"/>`: a style
 * and no value — most cells of a ledger), so ExcelJS does not build a cell for every styled blank. Sheet
 * names stay in the workbook (messages list them); values, formulas and number formats (dates) stay as they
 * are. First, a package another program saved is normalised so ExcelJS can read it (normalise-package.ts).
 * Anything unexpected in the package: no sheet is pruned; a zip JSZip cannot open: the bytes as they are.
 * Uses JSZip (ExcelJS's own zip library); no node-only APIs.
 */
import JSZip from "jszip";
import { openNormalised } from "./load-workbook";

/** A cell element without content: `<c r="B7" s="12"/>` (also with a namespace prefix). */
const EMPTY_CELL = /<(?:\w+:)?c(?:\s[^>]*)?\/>/g;

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** `bytes` normalised, with every worksheet not named in `keep` emptied and the others without empty cells. */
export async function pruneSheets(bytes: Uint8Array, keep: ReadonlySet<string>): Promise<Uint8Array> {
  const zip = await openNormalised(bytes);
  if (zip === null) return bytes;
  try {
    await emptyUnreadSheets(zip, keep);
  } catch {
    // not pruned: ExcelJS reads every sheet
  }
  // Stored, not deflated: ExcelJS unzips it again straight away.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

async function emptyUnreadSheets(zip: JSZip, keep: ReadonlySet<string>): Promise<void> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (workbook === undefined || rels === undefined) return;
  const targets = relationTargets(rels);
  const drop: string[] = [];
  const kept: string[] = [];
  for (const sheet of workbook.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attribute(sheet, "name");
    const id = attribute(sheet, "r:id") ?? attribute(sheet, "id");
    if (name === null || id === null) return;
    const path = targets.get(id);
    if (path === undefined) return;
    if (!zip.file(path)) continue;
    (keep.has(unescapeXml(name)) ? kept : drop).push(path);
  }
  for (const path of drop) {
    zip.file(path, EMPTY_SHEET);
    zip.remove(path.replace(/([^/]+)$/, "_rels/$1.rels"));
  }
  for (const path of kept) {
    const xml = await zip.file(path)?.async("string");
    if (xml !== undefined) zip.file(path, xml.replace(EMPTY_CELL, ""));
  }
}

/** Relationship id -> part path inside the package (targets are relative to xl/ unless absolute). */
function relationTargets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of rels.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id === null || target === null) continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  return out;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : null;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
