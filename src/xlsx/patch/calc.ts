/**
 * After cells or sheets changed: Excel recalculates everything on open (calcPr fullCalcOnLoad), and the calc
 * chain — a cache of where formulas are, wrong once formulas move — is dropped with its relationship and
 * content type (Excel rebuilds it; it is optional).
 */
import {
  children,
  element,
  insertInOrder,
  OpenPackage,
  REL_TYPES,
  resolveTarget,
  WORKBOOK_ORDER,
} from "./package";

export async function recalcOnLoad(pkg: OpenPackage): Promise<string> {
  const part = await pkg.workbookPart();
  const doc = await pkg.xml(part);
  const root = doc.documentElement;
  let calcPr = children(root, "calcPr")[0];
  if (!calcPr) {
    calcPr = element(doc, "calcPr", root.namespaceURI ?? undefined);
    insertInOrder(root, calcPr, WORKBOOK_ORDER);
  }
  calcPr.setAttribute("fullCalcOnLoad", "1");
  pkg.put(part, doc);
  return part;
}

/** Removes the calc chain; the names of the parts changed (none when there was no chain). */
export async function dropCalcChain(pkg: OpenPackage): Promise<string[]> {
  const wbPart = await pkg.workbookPart();
  const rels = await pkg.rels(wbPart);
  if (!rels) return [];
  const rel = children(rels.documentElement, "Relationship").find(
    (r) => r.getAttribute("Type") === REL_TYPES.calcChain,
  );
  if (!rel) return [];
  const part = resolveTarget(wbPart, rel.getAttribute("Target") ?? "");
  rels.documentElement.removeChild(rel);
  const relsPart = wbPart.replace(/([^/]*)$/, "_rels/$1.rels");
  pkg.put(relsPart, rels);
  pkg.remove(part);
  const changed = [relsPart, part];
  if (pkg.has("[Content_Types].xml")) {
    const types = await pkg.xml("[Content_Types].xml");
    const entries = children(types.documentElement, "Override").filter(
      (o) => o.getAttribute("PartName") === `/${part}`,
    );
    for (const o of entries) types.documentElement.removeChild(o);
    if (entries.length > 0) {
      pkg.put("[Content_Types].xml", types);
      changed.push("[Content_Types].xml");
    }
  }
  return changed;
}
