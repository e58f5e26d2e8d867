/**
 * A plan's source as blocks: paragraphs (from text lines or a Word document) and tables (a Word table, an
 * .xlsx task table, or a table as a web page renders it: `cell | cell |`). Tables are read into paragraphs
 * the outline understands: a 序号 cell becomes the task's number, a department cell under 牵头单位 becomes
 * `牵头单位：…`, a 完成时限 cell `完成时限：…`.
 */
import { isDeadlinePart } from "./deadline";
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { readMarker } from "./markers";
import { Paragraph } from "./outline";
import { hasLabel, LabelMeaning, labelMeaning } from "./roles";
import { simplify } from "./traditional";

/**
 * A table block; `header` when its source marks the first row as the header (a markdown table's `|---|`
 * line), so that header words this reader does not know (事项名称, 公开依据) still name its columns.
 */
export type Block =
  | { kind: "paragraph"; text: string; line: number; numbering?: string }
  | { kind: "table"; rows: string[][]; line: number; header?: boolean };

const HEADER_CELL =
  /^(?:序号|编号|工作任务|任务|重点任务|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|工作目标|类别|项目|备注)$/;

function clean(cell: string): string {
  return cell.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "").replace(/\s*\n\s*/g, "");
}

type Column = { kind: "number" | "text" | "skip" } | { kind: "label"; label: string };

/**
 * Columns that name no task and no one: the grounds (公开依据, 条款内容), the channel or form (公开渠道, 公开方式)
 * and a category repeated on each row (事项类别, 信息分类).
 */
const SKIP_HEADER = /^(?:备注|[\u4e00-\u9fa5]{0,4}(?:依据|渠道|方式|载体|条款内容|类别|分类))$/;

function columnOf(header: string): Column {
  const h = simplify(header.replace(/[\s\u3000]/g, ""));
  if (/^(?:序号|编号)$/.test(h)) return { kind: "number" };
  if (/^备注$/.test(h) || (SKIP_HEADER.test(h) && h !== "类别" && labelMeaning(h) === null))
    return { kind: "skip" };
  const meaning = labelMeaning(h);
  if (meaning && !HEADER_CELL.test(h))
    return { kind: "label", label: hasLabel(`${h}：`) ? h : PLAIN_LABEL[meaning] };
  return { kind: "text" };
}

/** The label a clause reader knows, for a header it would not read as one (公开责任, 公开时限). */
const PLAIN_LABEL: Record<LabelMeaning, string> = {
  lead: "牵头单位",
  responsible: "责任单位",
  cooperate: "配合单位",
  supervise: "督办单位",
  shared: "责任单位",
  deadline: "完成时限",
  person: "责任人",
  note: "完成情况",
};

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

/** What a cell looks like, to place it under a column when the row lost cells. */
type Look = "number" | "time" | "departments" | "text" | "empty";

/** A role phrase closing a department cell (…等按职责分工落实, …牵头): not part of the names. */
const CELL_ROLE_END = /(?:按照?职责分工\S{0,4}|分别负责|牵头负责|牵头|配合|负责|落实)$/;
const TIME_START =
  /^(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|年内|年底|年初|年中|长期|持续|常态|每季度|每月|每年|每半年|全年|定期|及时|随时|自\S{0,24}之日起)/;

function lookOf(cell: string): Look {
  if (cell === "") return "empty";
  if (/^[0-9０-９]{1,3}$/.test(cell)) return "number";
  const plain = simplify(cell).replace(/[。.]$/, "");
  if ([...plain].length <= 40 && !/[。；;]/.test(plain) && (TIME_START.test(plain) || isDeadlinePart(plain)))
    return "time";
  const names = splitDepartmentList(plain.replace(CELL_ROLE_END, "").replace(/等$/, ""));
  if (names !== null && names.every(looksLikeDepartment)) return "departments";
  return "text";
}

const DEPARTMENT_MEANINGS: ReadonlySet<LabelMeaning> = new Set<LabelMeaning>([
  "lead",
  "responsible",
  "cooperate",
  "supervise",
]);

/** How well a cell that looks so fits under a column: above 0 fits, below 0 does not. */
function fit(look: Look, column: Column): number {
  if (look === "empty") return 0;
  const meaning = column.kind === "label" ? labelMeaning(column.label) : null;
  const kind =
    column.kind !== "label"
      ? column.kind
      : meaning === "deadline"
        ? "time"
        : meaning !== null && DEPARTMENT_MEANINGS.has(meaning)
          ? "departments"
          : "other";
  if (kind === "skip") return -1;
  if (kind === "other") return 0;
  if (look === "number") return kind === "number" ? 2 : kind === "text" ? 0 : -1;
  if (kind === "number") return -2;
  // A lone department cell goes under the first department column (牵头/责任) rather than 配合 or 督办.
  if (look === "departments" && kind === "departments")
    return meaning === "cooperate" || meaning === "supervise" ? 1.5 : 2;
  if (look === kind) return 2;
  if (kind === "text") return look === "text" ? 1 : look === "time" ? 0 : -1;
  return -2;
}

/**
 * The column of each cell of a row narrower than the header (merged cells lost, an empty 备注 dropped): the
 * cells keep their order, and go where what they look like (a number, a department list, a time) fits the
 * columns best; right-aligned where that fits as well as any other placing.
 */
function alignNarrow(cells: readonly string[], cols: readonly Column[]): Column[] {
  const m = cells.length;
  const n = cols.length;
  const looks = cells.map(lookOf);
  const right = cells.map((_, c) => c + n - m);
  const score = (at: readonly number[]): number => at.reduce((sum, k, c) => sum + fit(looks[c], cols[k]), 0);
  let best = right;
  let bestScore = score(right);
  if (n <= 12) {
    const at: number[] = [];
    const walk = (c: number, from: number): void => {
      if (c === m) {
        const s = score(at);
        if (s > bestScore) {
          best = [...at];
          bestScore = s;
        }
        return;
      }
      for (let k = n - (m - c); k >= from; k--) {
        at.push(k);
        walk(c + 1, k + 1);
        at.pop();
      }
    };
    // Rightmost placings first: among equal ones, the one nearest the right wins.
    walk(0, 0);
  }
  return best.map((k) => cols[k]);
}

/**
 * A table's rows as paragraphs (see the file's comment); rows before a header row are read as text. With
 * `header`, the first row is the header whatever its words.
 */
export function tableParagraphs(rows: readonly string[][], line: number, header = false): Paragraph[] {
  const out: Paragraph[] = [];
  let columns: Column[] | null = null;
  let rowNumber = 0;
  rows.forEach((row, r) => {
    const at = line + r;
    if ((header && r === 0) || isHeader(row)) {
      columns = trimEnd(row.map(clean)).map((c) => columnOf(c));
      rowNumber = 0;
      // Keep the header words, so that a table read cell by cell still knows its columns.
      return;
    }
    const full = row.map(clean);
    const cols: Column[] | null = columns;
    // A row as wide as the header is aligned; a wider one carries extra heading cells on the left: align it on
    // the right; a narrower one lost merged cells: place its cells by what they look like (alignNarrow).
    const cells = cols && full.length === cols.length ? full : trimEnd(full);
    const placed: (Column | undefined)[] = !cols
      ? []
      : cells.length < cols.length
        ? alignNarrow(cells, cols)
        : cells.map((_, c) => cols[c - (cells.length - cols.length)]);
    // A table with no number column whose rows do not number themselves (一、…, 3.…): each row is one task,
    // numbered here in order (as a 序号 would), its text cells one paragraph.
    const textCells = cells.filter((cell, c) => cell !== "" && placed[c]?.kind === "text");
    let pendingNumber: string | null = null;
    if (
      cols !== null &&
      !cols.some((c) => c.kind === "number") &&
      textCells.length > 0 &&
      !textCells.some((cell) => readMarker(cell) !== null)
    ) {
      rowNumber += 1;
      pendingNumber = String(rowNumber);
    }
    // The paragraph a numbered row's first text cell made: the row's later text cells (工作举措及实施计划,
    // 具体措施) belong to that task, even when they number their own steps (1.… 2.…).
    let numbered: Paragraph | null = null;
    cells.forEach((cell, c) => {
      if (cell === "") return;
      const column: Column = placed[c] ?? { kind: "text" };
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
    else out.push(...tableParagraphs(b.rows, b.line, b.header === true));
  }
  return out;
}
