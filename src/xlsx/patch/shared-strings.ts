/**
 * Text written into cells goes to the shared strings part, appended (existing entries keep their index, so
 * every t="s" cell keeps its text), as Excel, LibreOffice and ExcelJS all read it — escapes included
 * (ST_Xstring, xlsx/xstring.ts: a CR, which XML would read back as LF, as _x000D_). Inline strings were not
 * chosen: ExcelJS 4.4 (this project's reader) does not decode those escapes in them, so a CR would not
 * survive a round trip.
 */
import { encodeXstring } from "../xstring";
import { children, element, NS, OpenPackage, parse, relsPath } from "./package";

const SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

export class SharedStrings {
  private index: Map<string, number> | null = null;
  private added = 0;

  private constructor(
    readonly part: string,
    readonly doc: Document,
    /** The part, its relationship and content type had to be created. */
    readonly created: boolean,
  ) {}

  static async open(pkg: OpenPackage, wbPart: string, existing: string | null): Promise<SharedStrings> {
    if (existing && pkg.has(existing)) return new SharedStrings(existing, await pkg.xml(existing), false);
    const part = existing ?? `${wbPart.slice(0, wbPart.lastIndexOf("/") + 1)}sharedStrings.xml`;
    const doc = parse(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS.main}" count="0" uniqueCount="0"/>`,
    );
    return new SharedStrings(part, doc, true);
  }

  /** The index of `text` (stored escaped), appended when no plain entry holds it yet. */
  indexOf(text: string): number {
    const stored = encodeXstring(text);
    const index = this.entries();
    const known = index.get(stored);
    this.added++;
    if (known !== undefined) return known;
    const si = element(this.doc, "si");
    const t = element(this.doc, "t");
    // Only where whitespace at an end must survive: ISO 29500's schema does not declare xml:space on <t>
    // (Excel and ExcelJS write it there all the same).
    if (/^\s|\s$/.test(stored))
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.appendChild(this.doc.createTextNode(stored));
    si.appendChild(t);
    const at = children(this.doc.documentElement, "si").length;
    this.doc.documentElement.appendChild(si);
    index.set(stored, at);
    return at;
  }

  /** The index of another package's entry (text already stored escaped; runs kept), appended when new. */
  adopt(si: Element): number {
    const t = children(si, "t");
    this.added++;
    if (t.length === 1 && children(si, "r").length === 0) {
      const stored = t[0].textContent ?? "";
      const known = this.entries().get(stored);
      if (known !== undefined) return known;
    }
    const copy = this.doc.importNode(si, true) as Element;
    for (const e of [...children(copy, "t"), ...children(copy, "r").flatMap((r) => children(r, "t"))]) {
      if (!/^\s|\s$/.test(e.textContent ?? "")) e.removeAttribute("xml:space");
    }
    const at = children(this.doc.documentElement, "si").length;
    this.doc.documentElement.appendChild(copy);
    if (t.length === 1 && children(si, "r").length === 0) this.entries().set(t[0].textContent ?? "", at);
    return at;
  }

  get changed(): boolean {
    return this.added > 0;
  }

  /** Writes the part back (with its relationship and content type when new); the parts changed. */
  async save(pkg: OpenPackage, wbPart: string): Promise<string[]> {
    if (!this.changed) return [];
    const root = this.doc.documentElement;
    const unique = children(root, "si").length;
    root.setAttribute("uniqueCount", String(unique));
    const count = Number(root.getAttribute("count") ?? "0");
    root.setAttribute("count", String(Math.max(unique, (Number.isFinite(count) ? count : 0) + this.added)));
    pkg.put(this.part, this.doc);
    if (!this.created) return [this.part];
    const rels = (await pkg.rels(wbPart, true)) as Document;
    const ids = children(rels.documentElement, "Relationship").map((r) => r.getAttribute("Id") ?? "");
    let k = ids.length + 1;
    while (ids.includes(`rId${k}`)) k++;
    const rel = element(rels, "Relationship", NS.pkgRel);
    rel.setAttribute("Id", `rId${k}`);
    rel.setAttribute("Type", SST_TYPE);
    rel.setAttribute("Target", this.part.slice(wbPart.lastIndexOf("/") + 1));
    rels.documentElement.appendChild(rel);
    pkg.put(relsPath(wbPart), rels);
    const types = await pkg.xml("[Content_Types].xml");
    const override = element(types, "Override", NS.types);
    override.setAttribute("PartName", `/${this.part}`);
    override.setAttribute("ContentType", SST_CONTENT);
    types.documentElement.appendChild(override);
    pkg.put("[Content_Types].xml", types);
    return [this.part, relsPath(wbPart), "[Content_Types].xml"];
  }

  /** Plain entries (one <t>, no runs) by their stored text; the first of equal ones. */
  private entries(): Map<string, number> {
    if (this.index) return this.index;
    const index = new Map<string, number>();
    children(this.doc.documentElement, "si").forEach((si, i) => {
      const t = children(si, "t");
      if (t.length === 1 && children(si, "r").length === 0 && !index.has(t[0].textContent ?? "")) {
        index.set(t[0].textContent ?? "", i);
      }
    });
    this.index = index;
    return index;
  }
}
