/**
 * Row height estimates for wrapped text, for writers that cannot autofit (ExcelJS, LibreOffice show what the
 * file says). Errs on the tall side: a clipped row hides text, a roomy one does not.
 */

/** Pixels of one Excel column-width unit (Calibri 11 maximum digit width). */
const PX_PER_WIDTH_UNIT = 7;
/** Cell padding, px. */
const PADDING_PX = 3;
/** Line height as a multiple of the font size (CJK fonts such as Noto/等线 are tall). */
const LINE_FACTOR = 1.36;
const ROW_PADDING_PT = 8;
/**
 * Share of a line's width the estimate fills: line-breaking rules (no 。，、 at a line start) push characters to
 * the next line earlier than a greedy count expects, so a paragraph can need one line more.
 */
const LINE_FILL = 0.95;

/** Width of a character in ems: CJK and full-width forms are 1, others about half. */
export function charEm(code: number): number {
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f)) return 1;
  if (code >= 0x41 && code <= 0x5a) return 0.66;
  return 0.56;
}

/** Lines a text takes when wrapped in a column `width` units wide at `fontSize` pt (greedy, per character). */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  if (!text) return 1;
  const emPx = (fontSize * 96) / 72;
  const capacity = Math.max(emPx, (width * PX_PER_WIDTH_UNIT + 5 - PADDING_PX) * LINE_FILL);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (let i = 0; i < paragraph.length; i++) {
      const w = charEm(paragraph.charCodeAt(i)) * emPx;
      if (used + w > capacity) {
        count++;
        used = w;
      } else {
        used += w;
      }
    }
    lines += count;
  }
  return lines;
}

export interface MeasuredCell {
  text: string;
  width: number;
  fontSize: number;
}

/** Points needed to show every cell of a row in full. */
export function rowHeight(cells: readonly MeasuredCell[], minimum: number): number {
  let pt = minimum;
  for (const c of cells) {
    const h = wrappedLines(c.text, c.width, c.fontSize) * c.fontSize * LINE_FACTOR + ROW_PADDING_PT;
    if (h > pt) pt = h;
  }
  return Math.min(409, Math.ceil(pt));
}

/** Points a vertical (stacked) header needs for `text`. */
export function stackedHeight(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 1.3 + 10);
}
