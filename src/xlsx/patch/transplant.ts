/**
 * Whole sheets brought from another package (one written by writeLedgerXlsx): a sheet of the same name is
 * replaced in its place, a new one is added after the others. Its shared strings and formats are appended to
 * the target's shared strings and styles, its sheet-local names (print titles) come along. A sheet with
 * parts of its own (drawings, tables, comments) is refused: only plain sheets are brought over.
 */
import {
  children,
  CONTENT_TYPES,
  element,
  insertInOrder,
  NS,
  OpenPackage,
  REL_TYPES,
  relsPath,
  resolveTarget,
  WORKBOOK_ORDER,
} from "./package";
import { SharedStrings } from "./shared-strings";
import { StyleBook } from "./styles";

export type TransplantOutcome = { ok: true; changed: string[] } | { ok: false; message: string };

export async function transplantSheets(
  target: OpenPackage,
  donor: OpenPackage,
  names: readonly string[],
  styles: StyleBook | null,
  strings: SharedStrings,
): Promise<TransplantOutcome> {
  const changed = new Set<string>();
  const donorSheets = await donor.sheets();
  const donorStrings = await sharedStrings(donor);
  const donorStyles = await stylesOf(donor);
  for (const name of names) {
    const from = donorSheets.find((s) => s.name === name);
    if (!from) return { ok: false, message: `来源中没有工作表“${name}”。` };
    const rels = await donor.rels(from.part);
    if (rels && children(rels.documentElement, "Relationship").length > 0) {
      return { ok: false, message: `工作表“${name}”带有图形、表格或批注等部分，不能整表移入。` };
    }
    const doc = await donor.xml(from.part);
    shareStrings(doc, donorStrings, strings);
    restyle(doc, donorStyles, styles);
    for (const view of Array.from(doc.getElementsByTagNameNS(NS.main, "sheetView")))
      view.removeAttribute("tabSelected");
    const placed = await place(target, name, from.element.getAttribute("state"), doc);
    placed.forEach((p) => changed.add(p));
    await copyLocalNames(target, donor, from.index, name);
  }
  return { ok: true, changed: [...changed] };
}

/** Puts the sheet's XML at the target sheet of that name, or adds a sheet. The parts changed. */
async function place(
  target: OpenPackage,
  name: string,
  state: string | null,
  doc: Document,
): Promise<string[]> {
  const wbPart = await target.workbookPart();
  const wb = await target.xml(wbPart);
  const existing = (await target.sheets()).find((s) => s.name === name);
  if (existing && existing.part && target.has(existing.part)) {
    target.put(existing.part, doc);
    const oldRels = relsPath(existing.part);
    const changed = [existing.part, wbPart];
    if (target.has(oldRels)) {
      target.remove(oldRels);
      changed.push(oldRels);
    }
    if (state) existing.element.setAttribute("state", state);
    else existing.element.removeAttribute("state");
    target.put(wbPart, wb);
    return changed;
  }
  let n = 1;
  while (target.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  target.put(part, doc);
  const rels = (await target.rels(wbPart, true)) as Document;
  const ids = children(rels.documentElement, "Relationship").map((r) => r.getAttribute("Id") ?? "");
  let k = ids.length + 1;
  while (ids.includes(`rId${k}`)) k++;
  const rel = element(rels, "Relationship", NS.pkgRel);
  rel.setAttribute("Id", `rId${k}`);
  rel.setAttribute("Type", REL_TYPES.worksheet);
  rel.setAttribute("Target", relativeTarget(wbPart, part));
  rels.documentElement.appendChild(rel);
  target.put(relsPath(wbPart), rels);
  const types = await target.xml("[Content_Types].xml");
  const override = element(types, "Override", NS.types);
  override.setAttribute("PartName", `/${part}`);
  override.setAttribute("ContentType", CONTENT_TYPES.worksheet);
  types.documentElement.appendChild(override);
  target.put("[Content_Types].xml", types);
  const root = wb.documentElement;
  const sheets = children(root, "sheets")[0];
  const sheetIds = children(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId") ?? "0"));
  const sheet = element(wb, "sheet", root.namespaceURI ?? undefined);
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", String(Math.max(0, ...sheetIds) + 1));
  if (state) sheet.setAttribute("state", state);
  const prefix = root.lookupPrefix(NS.rel) ?? "r";
  sheet.setAttributeNS(NS.rel, `${prefix}:id`, `rId${k}`);
  sheets.appendChild(sheet);
  target.put(wbPart, wb);
  return [part, relsPath(wbPart), "[Content_Types].xml", wbPart];
}

/** The donor's names local to its sheet (print titles…) replace the target sheet's names of the same name. */
async function copyLocalNames(
  target: OpenPackage,
  donor: OpenPackage,
  donorIndex: number,
  name: string,
): Promise<void> {
  const donorWb = await donor.xml(await donor.workbookPart());
  const local = children(
    children(donorWb.documentElement, "definedNames")[0] ?? donorWb.documentElement,
    "definedName",
  ).filter((d) => d.getAttribute("localSheetId") === String(donorIndex));
  if (local.length === 0) return;
  const index = (await target.sheets()).find((s) => s.name === name)?.index ?? 0;
  const wbPart = await target.workbookPart();
  const wb = await target.xml(wbPart);
  const root = wb.documentElement;
  let names = children(root, "definedNames")[0];
  if (!names) {
    names = element(wb, "definedNames", root.namespaceURI ?? undefined);
    insertInOrder(root, names, WORKBOOK_ORDER);
  }
  for (const d of local) {
    for (const old of children(names, "definedName")) {
      if (
        old.getAttribute("localSheetId") === String(index) &&
        old.getAttribute("name") === d.getAttribute("name")
      )
        names.removeChild(old);
    }
    const copy = wb.importNode(d, true) as Element;
    copy.setAttribute("localSheetId", String(index));
    names.appendChild(copy);
  }
  target.put(wbPart, wb);
}

async function sharedStrings(pkg: OpenPackage): Promise<Element[]> {
  const wbPart = await pkg.workbookPart();
  const rels = await pkg.rels(wbPart);
  const rel = rels
    ? children(rels.documentElement, "Relationship").find((r) =>
        /\/sharedStrings$/.test(r.getAttribute("Type") ?? ""),
      )
    : undefined;
  if (!rel) return [];
  const part = resolveTarget(wbPart, rel.getAttribute("Target") ?? "");
  return pkg.has(part) ? children((await pkg.xml(part)).documentElement, "si") : [];
}

async function stylesOf(pkg: OpenPackage): Promise<Document | null> {
  const wbPart = await pkg.workbookPart();
  const rels = await pkg.rels(wbPart);
  const rel = rels
    ? children(rels.documentElement, "Relationship").find((r) => r.getAttribute("Type") === REL_TYPES.styles)
    : undefined;
  const part = rel ? resolveTarget(wbPart, rel.getAttribute("Target") ?? "") : "";
  return part && pkg.has(part) ? pkg.xml(part) : null;
}

/** Shared-string cells pointing at the target's shared strings (the donor's entries appended there). */
function shareStrings(doc: Document, from: readonly Element[], into: SharedStrings): void {
  for (const c of Array.from(doc.getElementsByTagNameNS(NS.main, "c"))) {
    if (c.getAttribute("t") !== "s") continue;
    const v = children(c, "v")[0];
    const si = from[Number(v?.textContent ?? "-1")];
    if (!v || !si) continue;
    while (v.firstChild) v.removeChild(v.firstChild);
    v.appendChild(doc.createTextNode(String(into.adopt(si))));
  }
  // xml:space only where whitespace at an end must survive (ISO 29500's schema does not declare it on <t>).
  for (const t of Array.from(doc.getElementsByTagNameNS(NS.main, "t"))) {
    if (!/^\s|\s$/.test(t.textContent ?? "")) t.removeAttribute("xml:space");
  }
}

/** Every format reference of the sheet (cells, rows, columns, conditional formats) as one of the target's. */
function restyle(doc: Document, from: Document | null, into: StyleBook | null): void {
  const xfs = new Map<string, string>();
  const xf = (s: string): string => {
    let mapped = xfs.get(s);
    if (mapped === undefined) {
      mapped = from && into ? String(into.importXf(from, Number(s))) : "0";
      xfs.set(s, mapped);
    }
    return mapped;
  };
  for (const [tag, attr] of [
    ["c", "s"],
    ["row", "s"],
    ["col", "style"],
  ] as const) {
    for (const e of Array.from(doc.getElementsByTagNameNS(NS.main, tag))) {
      const s = e.getAttribute(attr);
      if (s !== null && s !== "") e.setAttribute(attr, xf(s));
    }
  }
  for (const rule of Array.from(doc.getElementsByTagNameNS(NS.main, "cfRule"))) {
    const id = rule.getAttribute("dxfId");
    if (id !== null)
      rule.setAttribute("dxfId", from && into ? String(into.importDxf(from, Number(id))) : "0");
  }
}

/** `part` relative to the folder of `source` (both part names). */
function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
