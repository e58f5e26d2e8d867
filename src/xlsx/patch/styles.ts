/**
 * The target's styles part, extended only by appending: a cell's existing format with a fill or a number
 * format on top (derive), or a format of another package's cell brought over (importXf / importDxf). Existing
 * entries never move, so every s= and dxfId= already in the package keeps its meaning.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { children, element } from "./package";
import { StyleHint } from "./types";

/** Order of styleSheet's children (ISO 29500 CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export class StyleBook {
  private readonly derived = new Map<string, number>();
  private readonly seen = new Map<string, Map<string, number>>();

  constructor(readonly doc: Document) {}

  /** The index of a cellXfs entry: `base` with the hint on top (appended once per base and hint). */
  derive(base: number, hint: StyleHint): number {
    const key = `${base}|${hint.fill ?? ""}|${hint.numFmt ?? ""}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xfs = this.container("cellXfs");
    const source = children(xfs, "xf")[base] ?? children(xfs, "xf")[0];
    const xf = source ? (source.cloneNode(true) as Element) : element(this.doc, "xf");
    if (!source)
      for (const a of ["numFmtId", "fontId", "fillId", "borderId", "xfId"]) xf.setAttribute(a, "0");
    if (hint.fill) {
      xf.setAttribute("fillId", String(this.fill(hint.fill)));
      xf.setAttribute("applyFill", "1");
    }
    if (hint.numFmt) {
      xf.setAttribute("numFmtId", String(this.numFmt(hint.numFmt)));
      xf.setAttribute("applyNumberFormat", "1");
    }
    const index = this.append("cellXfs", xf);
    this.derived.set(key, index);
    return index;
  }

  /** The solid background of cellXfs entry `index` as "RRGGBB" (upper case), or null. */
  solidFill(index: number): string | null {
    const xf = children(this.container("cellXfs"), "xf")[index];
    if (!xf) return null;
    const fill = children(this.container("fills"), "fill")[Number(xf.getAttribute("fillId") ?? "0")];
    const pattern = fill ? children(fill, "patternFill")[0] : undefined;
    if (!pattern || pattern.getAttribute("patternType") !== "solid") return null;
    const rgb = children(pattern, "fgColor")[0]?.getAttribute("rgb");
    return rgb && /^[0-9a-f]{6,8}$/i.test(rgb) ? rgb.slice(-6).toUpperCase() : null;
  }

  /** The cellXfs entries with the solid background `color`. */
  entriesWithFill(color: string): Set<number> {
    const rgb = rgbOf(color);
    const out = new Set<number>();
    const count = children(this.container("cellXfs"), "xf").length;
    for (let i = 0; i < count; i++) if (this.solidFill(i) === rgb) out.add(i);
    return out;
  }

  /**
   * Entry `index` without the solid background `color` (itself when it has another): the entry that is the
   * same but for its fill — the first such, which is the one the fill was put on (a fill is put on by
   * appending: derive) — or, when the package has none, a copy without any fill, appended once.
   */
  withoutFill(index: number, color: string): number {
    const rgb = rgbOf(color);
    if (this.solidFill(index) !== rgb) return index;
    const xfs = children(this.container("cellXfs"), "xf");
    const key = fillless(xfs[index]);
    const same = xfs.findIndex((xf, i) => i !== index && fillless(xf) === key && this.solidFill(i) !== rgb);
    if (same >= 0) return same;
    const copy = xfs[index].cloneNode(true) as Element;
    copy.setAttribute("fillId", "0");
    copy.removeAttribute("applyFill");
    return this.once("cellXfs", copy);
  }

  /** Whether cellXfs entry `index` shows numbers as dates. */
  isDate(index: number): boolean {
    const xf = children(this.container("cellXfs"), "xf")[index];
    const id = Number(xf?.getAttribute("numFmtId") ?? "0");
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const fmt = children(this.container("numFmts"), "numFmt").find(
      (n) => n.getAttribute("numFmtId") === String(id),
    );
    const code = (fmt?.getAttribute("formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    return /[ymdhs]/i.test(code);
  }

  /** Another package's cellXfs entry, with its font, fill, border and number format, as an entry here. */
  importXf(donor: Document, index: number): number {
    const donorRoot = donor.documentElement;
    const get = (name: string, child: string, i: string | null) =>
      children(children(donorRoot, name)[0] ?? donorRoot, child)[Number(i ?? "0")];
    const xf = children(children(donorRoot, "cellXfs")[0] ?? donorRoot, "xf")[index];
    if (!xf) return 0;
    const copy = this.doc.importNode(xf, true) as Element;
    const font = get("fonts", "font", xf.getAttribute("fontId"));
    const fill = get("fills", "fill", xf.getAttribute("fillId"));
    const border = get("borders", "border", xf.getAttribute("borderId"));
    if (font) copy.setAttribute("fontId", String(this.once("fonts", font)));
    if (fill) copy.setAttribute("fillId", String(this.once("fills", fill)));
    if (border) copy.setAttribute("borderId", String(this.once("borders", border)));
    const numFmtId = Number(xf.getAttribute("numFmtId") ?? "0");
    if (numFmtId >= 164) {
      const code = children(children(donorRoot, "numFmts")[0] ?? donorRoot, "numFmt")
        .find((n) => n.getAttribute("numFmtId") === String(numFmtId))
        ?.getAttribute("formatCode");
      copy.setAttribute("numFmtId", code ? String(this.numFmt(code)) : "0");
    }
    copy.setAttribute("xfId", "0");
    return this.once("cellXfs", copy);
  }

  /** Another package's differential format (conditional formatting) as one here. */
  importDxf(donor: Document, index: number): number {
    const dxf = children(children(donor.documentElement, "dxfs")[0] ?? donor.documentElement, "dxf")[index];
    return dxf ? this.once("dxfs", dxf) : 0;
  }

  private fill(color: string): number {
    const rgb = `FF${color.replace(/^#/, "").toUpperCase()}`.slice(-8);
    const fill = element(this.doc, "fill");
    const pattern = element(this.doc, "patternFill");
    pattern.setAttribute("patternType", "solid");
    const fg = element(this.doc, "fgColor");
    fg.setAttribute("rgb", rgb);
    const bg = element(this.doc, "bgColor");
    bg.setAttribute("indexed", "64");
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    return this.once("fills", fill);
  }

  private numFmt(code: string): number {
    const fmts = this.container("numFmts");
    const existing = children(fmts, "numFmt").find((n) => n.getAttribute("formatCode") === code);
    if (existing) return Number(existing.getAttribute("numFmtId"));
    const ids = children(fmts, "numFmt").map((n) => Number(n.getAttribute("numFmtId") ?? "0"));
    const id = Math.max(163, ...ids) + 1;
    const fmt = element(this.doc, "numFmt");
    fmt.setAttribute("numFmtId", String(id));
    fmt.setAttribute("formatCode", code);
    this.append("numFmts", fmt);
    return id;
  }

  /** The index of an entry equal to `node` in `name`, appending a copy when there is none. */
  private once(name: string, node: Element): number {
    const text = new XMLSerializer().serializeToString(
      node as unknown as Parameters<XMLSerializer["serializeToString"]>[0],
    );
    const key = text.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
    let index = this.seen.get(name);
    if (!index) {
      index = new Map();
      const entries = [...elementChildren(this.container(name))];
      entries.forEach((e, i) => {
        const k = new XMLSerializer()
          .serializeToString(e as unknown as Parameters<XMLSerializer["serializeToString"]>[0])
          .replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
        if (!index?.has(k)) index?.set(k, i);
      });
      this.seen.set(name, index);
    }
    const found = index.get(key);
    if (found !== undefined) return found;
    const at = this.append(name, this.doc.importNode(node, true) as Element);
    index.set(key, at);
    return at;
  }

  private append(name: string, node: Element): number {
    const box = this.container(name);
    box.appendChild(node);
    const count = [...elementChildren(box)].length;
    box.setAttribute("count", String(count));
    return count - 1;
  }

  /** The styleSheet's `name` element, created in its place when missing. */
  private container(name: string): Element {
    const root = this.doc.documentElement;
    const found = children(root, name)[0];
    if (found) return found;
    const made = element(this.doc, name, root.namespaceURI ?? undefined);
    const later = ORDER.slice(ORDER.indexOf(name) + 1);
    let before: Node | null = null;
    for (let n = root.firstChild; n && !before; n = n.nextSibling) {
      if (
        n.nodeType === 1 &&
        (later.includes((n as Element).localName) || !ORDER.includes((n as Element).localName))
      )
        before = n;
    }
    root.insertBefore(made, before);
    made.setAttribute("count", "0");
    return made;
  }
}

function rgbOf(color: string): string {
  return color.replace(/^#/, "").slice(-6).toUpperCase();
}

/** An xf entry as text without its fill: its attributes but fillId and applyFill, sorted, then its children. */
function fillless(xf: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < xf.attributes.length; i++) {
    const a = xf.attributes.item(i);
    if (a && a.name !== "fillId" && a.name !== "applyFill" && !a.name.startsWith("xmlns"))
      attrs.push(`${a.name}=${a.value}`);
  }
  const inner = [...elementChildren(xf)]
    .map((e) =>
      new XMLSerializer()
        .serializeToString(e as unknown as Parameters<XMLSerializer["serializeToString"]>[0])
        .replace(/\sxmlns(:\w+)?="[^"]*"/g, ""),
    )
    .join("");
  return `${attrs.sort().join(" ")}|${inner}`;
}

function* elementChildren(parent: Element): Generator<Element> {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as Element;
}
