/**
 * A Word (.docx) plan → blocks: body paragraphs in order, with Word's automatic numbering rendered as the
 * label a reader sees (一、 （一） 1.), and tables row by row (a cell merged down repeats the cell above, as a
 * reader reads it). Read with the project's zip library (jszip) and an XML parser; nothing is uploaded.
 */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { Block } from "../core/plan/source";
import { LevelDef, NumberingCounter } from "./docx-numbering";

type El = Element;

function children(el: El, name?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (!name || n.nodeName === name)) out.push(n as unknown as El);
  return out;
}

function child(el: El | undefined, name: string): El | undefined {
  return el ? children(el, name)[0] : undefined;
}

function attr(el: El | undefined, name: string): string | null {
  return el ? el.getAttribute(name) : null;
}

/** The text of a paragraph: runs, tabs and breaks, without deleted text or field codes. */
function paragraphText(p: El): string {
  let out = "";
  const walk = (el: El): void => {
    for (const c of children(el)) {
      switch (c.nodeName) {
        case "w:t":
          out += c.textContent ?? "";
          break;
        case "w:tab":
          out += "\t";
          break;
        case "w:br":
        case "w:cr":
          out += "\n";
          break;
        case "w:del":
        case "w:delText":
        case "w:instrText":
        case "w:pPr":
        case "w:rPr":
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}

interface Styles {
  /** Numbering a paragraph style carries (w:numPr in styles.xml). */
  numbering: Map<string, { numId: string; ilvl: number }>;
}

function readStyles(doc: Document | null): Styles {
  const numbering = new Map<string, { numId: string; ilvl: number }>();
  if (!doc) return { numbering };
  for (const style of Array.from(doc.getElementsByTagName("w:style"))) {
    const numPr = child(child(style, "w:pPr"), "w:numPr");
    const numId = attr(child(numPr, "w:numId"), "w:val");
    const id = attr(style, "w:styleId");
    if (id && numId) numbering.set(id, { numId, ilvl: Number(attr(child(numPr, "w:ilvl"), "w:val") ?? 0) });
  }
  return { numbering };
}

function readLevels(doc: Document | null): (list: string, level: number) => LevelDef | null {
  if (!doc) return () => null;
  const abstract = new Map<string, Map<number, LevelDef>>();
  const lvl = (l: El): [number, LevelDef] => [
    Number(attr(l, "w:ilvl") ?? 0),
    {
      start: Number(attr(child(l, "w:start"), "w:val") ?? 1),
      format: attr(child(l, "w:numFmt"), "w:val") ?? "decimal",
      text: attr(child(l, "w:lvlText"), "w:val") ?? "",
    },
  ];
  for (const a of Array.from(doc.getElementsByTagName("w:abstractNum")))
    abstract.set(attr(a, "w:abstractNumId") ?? "", new Map(children(a, "w:lvl").map(lvl)));
  const nums = new Map<string, Map<number, LevelDef>>();
  for (const n of Array.from(doc.getElementsByTagName("w:num"))) {
    const base =
      abstract.get(attr(child(n, "w:abstractNumId"), "w:val") ?? "") ?? new Map<number, LevelDef>();
    const levels = new Map(base);
    for (const o of children(n, "w:lvlOverride")) {
      const ilvl = Number(attr(o, "w:ilvl") ?? 0);
      const inner = child(o, "w:lvl");
      if (inner) levels.set(ilvl, lvl(inner)[1]);
      const start = attr(child(o, "w:startOverride"), "w:val");
      const def = levels.get(ilvl);
      if (start && def) levels.set(ilvl, { ...def, start: Number(start) });
    }
    nums.set(attr(n, "w:numId") ?? "", levels);
  }
  return (list, level) => nums.get(list)?.get(level) ?? null;
}

async function xml(zip: JSZip, path: string): Promise<Document | null> {
  const file = zip.file(path);
  if (!file) return null;
  return new DOMParser().parseFromString(await file.async("string"), "text/xml") as unknown as Document;
}

export class DocxError extends Error {}

export async function readDocx(bytes: Uint8Array): Promise<Block[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError("不是有效的 Word（.docx）文件");
  }
  const document = await xml(zip, "word/document.xml");
  if (!document) throw new DocxError("Word 文件中没有正文（word/document.xml）");
  const styles = readStyles(await xml(zip, "word/styles.xml"));
  const counter = new NumberingCounter(readLevels(await xml(zip, "word/numbering.xml")));
  const body = document.getElementsByTagName("w:body")[0] as El | undefined;
  if (!body) throw new DocxError("Word 文件中没有正文");

  const label = (p: El): string => {
    const pPr = child(p, "w:pPr");
    const numPr = child(pPr, "w:numPr");
    let numId = attr(child(numPr, "w:numId"), "w:val");
    let ilvl = Number(attr(child(numPr, "w:ilvl"), "w:val") ?? 0);
    if (!numId) {
      const style = styles.numbering.get(attr(child(pPr, "w:pStyle"), "w:val") ?? "");
      if (style) [numId, ilvl] = [style.numId, style.ilvl];
    }
    return numId && numId !== "0" ? counter.next(numId, ilvl) : "";
  };
  const paragraphWithLabel = (p: El): string => {
    const l = label(p);
    return `${l}${paragraphText(p)}`;
  };

  const blocks: Block[] = [];
  let index = 0;
  const visit = (el: El): void => {
    for (const c of children(el)) {
      if (c.nodeName === "w:p") {
        index += 1;
        const l = label(c);
        for (const line of paragraphText(c).split("\n"))
          blocks.push({ kind: "paragraph", text: line.trim(), line: index, ...(l ? { numbering: l } : {}) });
      } else if (c.nodeName === "w:tbl") {
        index += 1;
        const rows: string[][] = [];
        const above: string[] = [];
        for (const tr of children(c, "w:tr")) {
          const row: string[] = [];
          for (const tc of children(tr, "w:tc")) {
            const tcPr = child(tc, "w:tcPr");
            const span = Number(attr(child(tcPr, "w:gridSpan"), "w:val") ?? 1);
            const vMerge = child(tcPr, "w:vMerge");
            const col = row.length;
            let text = children(tc, "w:p").map(paragraphWithLabel).join("\n").trim();
            if (vMerge && attr(vMerge, "w:val") !== "restart") text = above[col] ?? "";
            row.push(text);
            above[col] = text;
            for (let k = 1; k < span; k++) row.push("");
          }
          rows.push(row);
        }
        blocks.push({ kind: "table", rows, line: index });
      } else if (c.nodeName === "w:sdt" || c.nodeName === "w:sdtContent") visit(c);
    }
  };
  visit(body);
  return blocks.filter((b) => b.kind === "table" || b.text !== "");
}
