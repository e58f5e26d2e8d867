/**
 * patchWorkbook: an .xlsx package and what to change in it -> the new package, in which every part not
 * named in `changedParts` has exactly its old bytes. Cell writes keep their cells' formats; whole sheets are
 * brought from another package (transplant.ts); Excel recalculates on open. jszip + xmldom: runs in the
 * browser too. A request it cannot carry out safely is answered { ok: false } and nothing is produced.
 */
import { dropCalcChain, recalcOnLoad } from "./calc";
import { parseRef } from "./cell-ref";
import { children, OpenPackage, REL_TYPES, resolveTarget } from "./package";
import { PlacedWrite, writeCells } from "./sheet-cells";
import { spliceCells } from "./sheet-splice";
import { SharedStrings } from "./shared-strings";
import { StyleBook } from "./styles";
import { transplantSheets } from "./transplant";
import { CellWrite, PatchResult, WorkbookPatch } from "./types";

export async function patchWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  patch: WorkbookPatch,
): Promise<PatchResult> {
  let pkg: OpenPackage;
  try {
    pkg = await OpenPackage.open(bytes);
  } catch {
    return { ok: false, message: "无法打开：不是有效的 .xlsx 压缩包。" };
  }
  try {
    return await apply(pkg, patch);
  } catch (e) {
    return { ok: false, message: `无法改写工作簿：${e instanceof Error ? e.message : String(e)}` };
  }
}

async function apply(pkg: OpenPackage, patch: WorkbookPatch): Promise<PatchResult> {
  const changed = new Set<string>();
  const stylesPart = await partOfType(pkg, REL_TYPES.styles);
  const styles = stylesPart && pkg.has(stylesPart) ? new StyleBook(await pkg.xml(stylesPart)) : null;
  if (!styles && patch.requireStyles) return { ok: false, message: "工作簿没有样式部分" };
  const stylesBefore = styles ? countEntries(styles.doc) : "";
  const wbPart = await pkg.workbookPart();
  const wb = await pkg.xml(wbPart);
  const pr = children(wb.documentElement, "workbookPr")[0];
  const date1904 = ["1", "true"].includes(pr?.getAttribute("date1904") ?? "");
  let formulasChanged = false;
  const strings = await SharedStrings.open(pkg, wbPart, await partOfType(pkg, SST_REL));

  const bySheet = new Map<string, PlacedWrite[]>();
  for (const w of patch.cells ?? []) {
    const at = place(w);
    if (!at) return { ok: false, message: `单元格位置“${String(w.ref)}”无法识别。` };
    bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), { ...at, value: w.value, style: w.style }]);
  }
  const sheets = await pkg.sheets();
  for (const clear of patch.clearFills ?? []) {
    const marked = styles?.entriesWithFill(clear.fill);
    const sheet = sheets.find((s) => s.name === clear.sheet);
    if (!marked || marked.size === 0 || !sheet || !pkg.has(sheet.part)) continue;
    const writes = bySheet.get(clear.sheet) ?? [];
    const rgb = clear.fill.replace(/^#/, "").slice(-6).toUpperCase();
    const columns = new Set(clear.columns);
    for (const at of cellsStyled(await pkg.text(sheet.part), marked)) {
      if (!columns.has(at.col) || at.row < (clear.fromRow ?? 1)) continue;
      const i = writes.findIndex((w) => w.row === at.row && w.col === at.col);
      const fill = writes[i]?.style?.fill;
      if (fill && fill.replace(/^#/, "").slice(-6).toUpperCase() === rgb) continue;
      if (i < 0) writes.push({ ...at, style: { clearFill: clear.fill } });
      else writes[i] = { ...writes[i], style: { ...writes[i].style, clearFill: clear.fill } };
    }
    if (writes.length > 0) bySheet.set(clear.sheet, writes);
  }
  for (const [name, writes] of bySheet) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet || !pkg.has(sheet.part)) return { ok: false, message: `工作簿中没有工作表“${name}”。` };
    const ctx = { styles, strings, date1904 };
    // Large sheets are edited as text, parsing only the rows written (sheet-splice.ts); odd ones whole.
    const spliced = spliceCells(await pkg.text(sheet.part), writes, ctx);
    const doc = spliced ? null : await pkg.xml(sheet.part);
    const done = spliced ? spliced.outcome : writeCells(doc as Document, writes, ctx);
    if (!done.ok) return { ok: false, message: `工作表“${name}”：${done.message}` };
    formulasChanged ||= done.formulasChanged;
    if (spliced) pkg.putText(sheet.part, spliced.xml);
    else pkg.put(sheet.part, doc as Document);
    changed.add(sheet.part);
  }

  if (patch.transplant && patch.transplant.sheets.length > 0) {
    const donor = await OpenPackage.open(patch.transplant.from);
    const moved = await transplantSheets(pkg, donor, patch.transplant.sheets, styles, strings);
    if (!moved.ok) return moved;
    moved.changed.forEach((p) => changed.add(p));
    formulasChanged = true;
  }

  (await strings.save(pkg, wbPart)).forEach((p) => changed.add(p));
  if (styles && stylesPart && countEntries(styles.doc) !== stylesBefore) {
    pkg.put(stylesPart, styles.doc);
    changed.add(stylesPart);
  }
  if (changed.size > 0) {
    changed.add(await recalcOnLoad(pkg));
    if (formulasChanged) (await dropCalcChain(pkg)).forEach((p) => changed.add(p));
  }
  return { ok: true, bytes: await pkg.save(), changedParts: [...changed].sort() };
}

/** The cells of a worksheet's XML whose style (s=) is one of `styles`, found by their tags (unparsed). */
function cellsStyled(xml: string, styles: ReadonlySet<number>): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) {
    const s = /\ss="(\d+)"/.exec(m[1]);
    if (!s || !styles.has(Number(s[1]))) continue;
    const at = parseRef(/\sr="([^"]+)"/.exec(m[1])?.[1] ?? "");
    if (at) out.push(at);
  }
  return out;
}

const SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

function place(w: CellWrite): { row: number; col: number } | null {
  if (typeof w.ref === "string") return parseRef(w.ref);
  const { row, col } = w.ref;
  return Number.isInteger(row) &&
    Number.isInteger(col) &&
    row >= 1 &&
    col >= 1 &&
    row <= 1_048_576 &&
    col <= 16_384
    ? { row, col }
    : null;
}

async function partOfType(pkg: OpenPackage, type: string): Promise<string | null> {
  const wbPart = await pkg.workbookPart();
  const rels = await pkg.rels(wbPart);
  const rel = rels
    ? children(rels.documentElement, "Relationship").find((r) => r.getAttribute("Type") === type)
    : undefined;
  return rel ? resolveTarget(wbPart, rel.getAttribute("Target") ?? "") : null;
}

/** A fingerprint of the styles part's entry counts: it changes only when an entry was appended. */
function countEntries(doc: Document): string {
  const root = doc.documentElement;
  return ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]
    .map((n) => children(children(root, n)[0] ?? root, childName(n)).length)
    .join(",");
}

function childName(container: string): string {
  return (
    { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" }[
      container
    ] ?? ""
  );
}
