/**
 * A plan's source as blocks: paragraphs (from text lines or a Word document) and tables (a Word table, an
 * .xlsx task table, or a table as a web page renders it: `cell | cell |`). Tables are read into paragraphs
 * the outline understands: a 序号 cell becomes the task's number, a department cell under 牵头单位 becomes
 * `牵头单位：…`, a 完成时限 cell `完成时限：…`.
 */
import { Paragraph } from "./outline";
import { labelMeaning } from "./roles";
import { simplify } from "./traditional";

export type Block =
  | { kind: "paragraph"; text: string; line: number; numbering?: string }
  | { kind: "table"; rows: string[][]; line: number };

const HEADER_CELL =
  /^(?:序号|编号|工作任务|任务|重点任务|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|工作目标|类别|项目|备注)$/;

function clean(cell: string): string {
  return cell.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "").replace(/\s*\n\s*/g, "");
}

type Column = { kind: "number" | "text" | "skip" } | { kind: "label"; label: string };

function columnOf(header: string): Column {
  const h = simplify(header.replace(/[\s\u3000]/g, ""));
  if (/^(?:序号|编号)$/.test(h)) return { kind: "number" };
  if (/^备注$/.test(h)) return { kind: "skip" };
  const meaning = labelMeaning(h);
  if (meaning && !HEADER_CELL.test(h)) return { kind: "label", label: h };
  return { kind: "text" };
}

/**
 * A text column named otherwise (实事项目, 工作举措及实施计划, 目标与任务): a short name, no digit or
 * punctuation, ending in a column word.
 */
const TEXT_HEADER = /^[\u4e00-\u9fa5]{0,8}(?:任务|工作|内容|措施|要求|事项|实事|目标|举措|项目|计划)$/;

function isHeader(row: readonly string[]): boolean {
  const cells = row.map((c) => simplify(clean(c))).filter((c) => c !== "");
  const known = cells.filter(
    (c) => HEADER_CELL.test(c) || TEXT_HEADER.test(c) || (labelMeaning(c) !== null && [...c].length <= 8),
  );
  return cells.length >= 2 && known.length >= 2 && known.length >= cells.length - 1;
}

/** A table's rows as paragraphs (see the file's comment); rows before a header row are read as text. */
export function tableParagraphs(rows: readonly string[][], line: number): Paragraph[] {
  const out: Paragraph[] = [];
  let columns: Column[] | null = null;
  rows.forEach((row, r) => {
    const at = line + r;
    if (isHeader(row)) {
      columns = trimEnd(row.map(clean)).map((c) => columnOf(c));
      // Keep the header words, so that a table read cell by cell still knows its columns.
      return;
    }
    const full = row.map(clean);
    const cols: Column[] | null = columns;
    // A row as wide as the header is aligned; a narrower or wider one lost merged cells on the left (or
    // carries extra heading cells there): align it on the right.
    const cells = cols && full.length === cols.length ? full : trimEnd(full);
    const shift = cols ? cells.length - cols.length : 0;
    let pendingNumber: string | null = null;
    // The paragraph a numbered row's first text cell made: the row's later text cells (工作举措及实施计划,
    // 具体措施) belong to that task, even when they number their own steps (1.… 2.…).
    let numbered: Paragraph | null = null;
    cells.forEach((cell, c) => {
      if (cell === "") return;
      const column: Column = cols && cols[c - shift] ? cols[c - shift] : { kind: "text" };
      if (column.kind === "skip") return;
      if (/^[0-9０-９]{1,3}$/.test(cell) && column.kind !== "label") {
        pendingNumber = cell;
        return;
      }
      if (column.kind === "label") {
        out.push({ text: `${column.label}：${cell}`, line: at });
        return;
      }
      if (numbered !== null && pendingNumber === null && cols !== null) {
        numbered.text = `${numbered.text} ${cell}`;
        return;
      }
      const text: string =
        pendingNumber !== null && !/^[0-9０-９]{1,3}\s*[.．、]/.test(cell)
          ? `${pendingNumber}.${cell}`
          : cell;
      const paragraph: Paragraph = { text, line: at };
      numbered = pendingNumber !== null ? paragraph : null;
      pendingNumber = null;
      out.push(paragraph);
    });
  });
  return out;
}

function trimEnd(cells: string[]): string[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** A line as a web page renders a table row (`a | b | c |`), split into its cells; null if it is not one. */
export function tableRow(line: string): string[] | null {
  if (!/[|｜]/.test(line) || /^[|｜\s]*$/.test(line)) return null;
  const cells = line.split(/[|｜]/);
  if (cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
  return cells.length >= 2 || /[|｜]\s*$/.test(line) ? cells : null;
}

/** Blocks → the paragraphs the outline reads. */
export function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push({ text: b.text, line: b.line, numbering: b.numbering });
    else out.push(...tableParagraphs(b.rows, b.line));
  }
  return out;
}
