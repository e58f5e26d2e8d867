/**
 * Text written into cells goes to the shared strings part, appended (existing entries keep their index, so
 * every t="s" cell keeps its text), as Excel, LibreOffice and ExcelJS all read it — escapes included
 * (ST_Xstring, xlsx/xstring.ts: a CR, which XML would read back as LF, as _x000D_). Inline strings were not
 * chosen: ExcelJS 4.4 (this project's reader) does not decode those escapes in them, so a CR would not
 * survive a round trip. The part is edited as text (a large ledger's strings take seconds to parse).
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { encodeXstring } from "../xstring";
import { children, element, NS, OpenPackage, relsPath } from "./package";

const SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const EMPTY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS.main}" count="0" uniqueCount="0"></sst>`;

export class SharedStrings {
  private index: Map<string, number> | null = null;
  private readonly appended: string[] = [];
  private added = 0;
  private readonly prefix: string;
  private readonly existing: number;

  private constructor(
    readonly part: string,
    private text: string,
    /** The part, its relationship and content type had to be created. */
    readonly created: boolean,
  ) {
    const root = /<((?:\w+:)?)sst\b([^>]*?)(\/?)>/.exec(text);
    this.prefix = root?.[1] ?? "";
    if (root && root[3] === "/") {
      const at = root.index + root[0].length;
      this.text =
        `${text.slice(0, root.index)}<${this.prefix}sst${root[2]}>` + `</${this.prefix}sst>${text.slice(at)}`;
    }
    this.existing = (this.text.match(/<(?:\w+:)?si[\s>/]/g) ?? []).length;
  }

  static async open(pkg: OpenPackage, wbPart: string, existing: string | null): Promise<SharedStrings> {
    if (existing && pkg.has(existing)) return new SharedStrings(existing, await pkg.text(existing), false);
    const part = existing ?? `${wbPart.slice(0, wbPart.lastIndexOf("/") + 1)}sharedStrings.xml`;
    return new SharedStrings(part, EMPTY, true);
  }

  /** The index of `text` (stored escaped), appended when no plain entry holds it yet. */
  indexOf(text: string): number {
    const stored = escapeXml(encodeXstring(text));
    const space = /^\s|\s$/.test(stored) ? ' xml:space="preserve"' : "";
    return this.add(
      stored,
      `<${this.prefix}si><${this.prefix}t${space}>${stored}</${this.prefix}t></${this.prefix}si>`,
    );
  }

  /** The index of another package's entry (text already stored escaped; runs kept), appended when new. */
  adopt(si: Element): number {
    const copy = si.cloneNode(true) as Element;
    const ts = [...children(copy, "t"), ...children(copy, "r").flatMap((r) => children(r, "t"))];
    // xml:space only where whitespace at an end must survive (ISO 29500's schema does not declare it on <t>).
    for (const t of ts) if (!/^\s|\s$/.test(t.textContent ?? "")) t.removeAttribute("xml:space");
    const fragment = new XMLSerializer()
      .serializeToString(copy as never)
      .replace(/\sxmlns(?::[\w.-]+)?="[^"]*"/, "")
      .replace(/<(\/?)(?!\w+:)(\w+)/g, `<$1${this.prefix}$2`);
    const plain = children(si, "t").length === 1 && children(si, "r").length === 0;
    const key = plain ? (/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/.exec(fragment)?.[1] ?? "") : null;
    return this.add(key, fragment);
  }

  get changed(): boolean {
    return this.added > 0;
  }

  /** Writes the part back (with its relationship and content type when new); the parts changed. */
  async save(pkg: OpenPackage, wbPart: string): Promise<string[]> {
    if (!this.changed) return [];
    const unique = this.existing + this.appended.length;
    const close = this.text.lastIndexOf(`</${this.prefix}sst>`);
    let text = this.text.slice(0, close) + this.appended.join("") + this.text.slice(close);
    text = text.replace(/<((?:\w+:)?)sst\b[^>]*>/, (tag) => {
      const count = Number(/\scount="(\d+)"/.exec(tag)?.[1] ?? "0") + this.added;
      const set = (t: string, name: string, v: number) =>
        new RegExp(`\\s${name}="`).test(t)
          ? t.replace(new RegExp(`(\\s${name}=")\\d*"`), `$1${v}"`)
          : t.replace(/>$/, ` ${name}="${v}">`);
      return set(set(tag, "count", Math.max(unique, count)), "uniqueCount", unique);
    });
    pkg.putText(this.part, text);
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

  /** `fragment` appended unless a plain entry with the same stored text (`key`) exists; its index. */
  private add(key: string | null, fragment: string): number {
    this.added++;
    const index = this.entries();
    const known = key === null ? undefined : index.get(key);
    if (known !== undefined) return known;
    const at = this.existing + this.appended.length;
    this.appended.push(fragment);
    if (key !== null) index.set(key, at);
    return at;
  }

  /** Plain entries (one <t>, no runs) by their stored text as it stands in the XML; the first of equal ones. */
  private entries(): Map<string, number> {
    if (this.index) return this.index;
    const index = new Map<string, number>();
    const si = /<((?:\w+:)?)si\b[^>]*?(\/?)>([\s\S]*?)(?:<\/\1si>|(?<=\/>))/g;
    let i = 0;
    for (let m = si.exec(this.text); m; m = si.exec(this.text), i++) {
      const plain = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/.exec(m[2] === "/" ? "" : m[3]);
      if (plain && !index.has(plain[1])) index.set(plain[1], i);
    }
    this.index = index;
    return index;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
