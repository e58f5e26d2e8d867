/**
 * Cell writes into a large worksheet without parsing it whole: only the rows written (with the sheet's root
 * tag, dimension and columns, for namespaces and column formats) are parsed, changed by writeCells, and
 * spliced back as text; new rows go before the first row below them. Every other byte of the sheet stays.
 * Null when the sheet's layout does not allow it (rows without r=, no sheetData): the caller parses it whole.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { children, parse } from "./package";
import { CellsOutcome, PlacedWrite, SheetContext, writeCells } from "./sheet-cells";

interface RowSpan {
  r: number;
  start: number;
  end: number;
}

export function spliceCells(
  xml: string,
  writes: readonly PlacedWrite[],
  ctx: SheetContext,
): { outcome: CellsOutcome; xml: string } | null {
  const root = /<((?:\w+:)?)worksheet\b[^>]*>/.exec(xml);
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!root || !open || open[2] === "/") return null;
  const p = open[1];
  const close = xml.indexOf(`</${p}sheetData>`, open.index);
  if (close < 0) return null;
  const rows = rowSpans(xml, p, open.index + open[0].length, close);
  if (!rows) return null;
  const wanted = new Set(writes.map((w) => w.row));
  const existing = rows.filter((r) => wanted.has(r.r));
  const before = xml.slice(0, open.index);
  const dimension = /<(?:\w+:)?dimension\b[^>]*\/>/.exec(before);
  const cols = /<((?:\w+:)?)cols\b[\s\S]*?<\/\1cols>/.exec(before);
  const small = parse(
    `${root[0]}${dimension?.[0] ?? ""}${cols?.[0] ?? ""}<${p}sheetData>` +
      existing.map((r) => xml.slice(r.start, r.end)).join("") +
      `</${p}sheetData></${root[1]}worksheet>`,
  );
  const outcome = writeCells(small, writes, ctx);
  if (!outcome.ok) return { outcome, xml };
  const text = (e: Element) => stripDeclared(new XMLSerializer().serializeToString(e as never), root[0]);
  const data = children(small.documentElement, "sheetData")[0];
  const byRow = new Map(existing.map((r) => [r.r, r]));
  const edits: { at: number; end: number; text: string }[] = [];
  for (const row of children(data, "row")) {
    const r = Number(row.getAttribute("r"));
    const old = byRow.get(r);
    if (old) {
      edits.push({ at: old.start, end: old.end, text: text(row) });
      continue;
    }
    const at = rows.find((x) => x.r > r)?.start ?? close;
    const same = edits.find((e) => e.at === at && e.end === at);
    if (same) same.text += text(row);
    else edits.push({ at, end: at, text: text(row) });
  }
  const dim = children(small.documentElement, "dimension")[0];
  if (dimension && dim)
    edits.push({ at: dimension.index, end: dimension.index + dimension[0].length, text: text(dim) });
  const pieces: string[] = [];
  let from = 0;
  for (const e of edits.sort((a, b) => a.at - b.at || a.end - b.end)) {
    pieces.push(xml.slice(from, e.at), e.text);
    from = e.end;
  }
  pieces.push(xml.slice(from));
  const out = pieces.join("");
  return { outcome, xml: out };
}

/** Every row of sheetData with its text span; null when a row has no r= (then its number is implicit). */
function rowSpans(xml: string, p: string, from: number, to: number): RowSpan[] | null {
  const tag = new RegExp(`<${p}row\\b([^>]*?)(/?)>`, "g");
  tag.lastIndex = from;
  const out: RowSpan[] = [];
  for (let m = tag.exec(xml); m && m.index < to; m = tag.exec(xml)) {
    const r = /\sr="(\d+)"/.exec(m[1]);
    if (!r) return null;
    const end =
      m[2] === "/" ? m.index + m[0].length : xml.indexOf(`</${p}row>`, m.index) + `</${p}row>`.length;
    out.push({ r: Number(r[1]), start: m.index, end });
    tag.lastIndex = end;
  }
  return out;
}

/** A serialized fragment without the namespace declarations its sheet's root tag already makes. */
function stripDeclared(fragment: string, rootTag: string): string {
  const first = fragment.indexOf(">");
  const head = fragment
    .slice(0, first)
    .replace(/\sxmlns(?::[\w.-]+)?="[^"]*"/g, (decl) => (rootTag.includes(decl.trim()) ? "" : decl));
  return head + fragment.slice(first);
}
