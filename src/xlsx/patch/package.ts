/**
 * An .xlsx package opened for patching: parts read and parsed on demand, written back only when changed, so
 * every part nobody touched keeps its bytes. Relationship targets may be relative or absolute (openpyxl).
 * jszip + xmldom only: runs in the browser too.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import "../zip-utf8";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL_TYPES = {
  worksheet: `${NS.rel}/worksheet`,
  calcChain: `${NS.rel}/calcChain`,
  styles: `${NS.rel}/styles`,
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
} as const;

export interface SheetEntry {
  name: string;
  /** The <sheet> element in workbook.xml. */
  element: Element;
  /** Part name, without leading slash: xl/worksheets/sheet1.xml. */
  part: string;
  /** 0-based position in <sheets> (localSheetId). */
  index: number;
}

export class OpenPackage {
  private readonly docs = new Map<string, Document>();

  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array | ArrayBuffer): Promise<OpenPackage> {
    return new OpenPackage(await JSZip.loadAsync(bytes));
  }

  /** Whether the package holds `part` (or it was added by `put`). */
  has(part: string): boolean {
    return this.zip.file(part) !== null || this.docs.has(part);
  }

  /** The part parsed; edits to it are written back by `save`. */
  async xml(part: string): Promise<Document> {
    const cached = this.docs.get(part);
    if (cached) return cached;
    const file = this.zip.file(part);
    if (!file) throw new Error(`缺少部分 ${part}`);
    const doc = new DOMParser().parseFromString(
      await file.async("string"),
      "text/xml",
    ) as unknown as Document;
    this.docs.set(part, doc);
    return doc;
  }

  /** Marks a part parsed by `xml` as changed, or sets a part's whole text. */
  put(part: string, doc: Document): void {
    this.docs.set(part, doc);
    this.changed.add(part);
  }

  private readonly changed = new Set<string>();

  /** A part's text, unparsed (for large parts edited as text). */
  async text(part: string): Promise<string> {
    const file = this.zip.file(part);
    if (!file) throw new Error(`缺少部分 ${part}`);
    return file.async("string");
  }

  /** Sets a part's whole text (it must not also be edited as a parsed document). */
  putText(part: string, text: string): void {
    this.docs.delete(part);
    this.zip.file(part, text);
  }

  remove(part: string): void {
    this.zip.remove(part);
    this.docs.delete(part);
    this.changed.delete(part);
  }

  async save(): Promise<Uint8Array> {
    for (const part of this.changed) {
      const doc = this.docs.get(part);
      if (doc) this.zip.file(part, serialize(doc));
    }
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  /** The relationships part of `part` (created empty when `create`). */
  async rels(part: string, create = false): Promise<Document | null> {
    const path = relsPath(part);
    if (!this.has(path) && !this.docs.has(path)) {
      if (!create) return null;
      const doc = parse(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"/>`,
      );
      this.put(path, doc);
      return doc;
    }
    return this.xml(path);
  }

  async workbookPart(): Promise<string> {
    const rels = await this.rels("");
    const rel = rels
      ? children(rels.documentElement, "Relationship").find((r) =>
          /officeDocument$/.test(r.getAttribute("Type") ?? ""),
        )
      : undefined;
    return rel ? resolveTarget("", rel.getAttribute("Target") ?? "") : "xl/workbook.xml";
  }

  /** The workbook's sheets in order, with their part names. */
  async sheets(): Promise<SheetEntry[]> {
    const wbPart = await this.workbookPart();
    const wb = await this.xml(wbPart);
    const rels = await this.rels(wbPart);
    const byId = new Map(
      (rels ? children(rels.documentElement, "Relationship") : []).map((r) => [
        r.getAttribute("Id") ?? "",
        resolveTarget(wbPart, r.getAttribute("Target") ?? ""),
      ]),
    );
    const sheetsEl = children(wb.documentElement, "sheets")[0];
    return (sheetsEl ? children(sheetsEl, "sheet") : []).map((element, index) => ({
      name: element.getAttribute("name") ?? "",
      element,
      part: byId.get(element.getAttributeNS(NS.rel, "id") ?? "") ?? "",
      index,
    }));
  }
}

export function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

export function serialize(doc: Document): string {
  const text = new XMLSerializer().serializeToString(
    doc as unknown as Parameters<XMLSerializer["serializeToString"]>[0],
  );
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Element children of `parent` with local name `name` (any namespace). */
export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

/** `xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`; "" -> `_rels/.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target of `source` as a part name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  const path = target.startsWith("/") ? target.slice(1) : `${folder}${target}`;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** A fresh element in the main SpreadsheetML namespace (or `ns`). */
export function element(doc: Document, name: string, ns: string = NS.main): Element {
  const root = doc.documentElement;
  const prefix = root && root.namespaceURI === ns ? root.prefix : null;
  return doc.createElementNS(ns, prefix ? `${prefix}:${name}` : name);
}

/** Puts `child` into `parent` before the first element that comes later in `order` (a schema sequence). */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const rank = order.indexOf(child.localName);
  let before: Node | null = null;
  for (let n = parent.firstChild; n && !before; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const r = order.indexOf((n as Element).localName);
    if (r > rank || r === -1) before = n;
  }
  parent.insertBefore(child, before);
}

/** CT_Workbook's sequence. */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;
