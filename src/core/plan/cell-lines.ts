/**
 * A table as some pages render it: every cell on a line of its own, no separators, a header of one word per
 * line that starts with 序号 (序号 / 民生实事 / 责任单位 / 完成时限), then rows that each start with their
 * number (1, 2 …). A cell of several departments gives one per line; a row whose 序号 and department cells
 * are merged with the row above (a second task under the same number) shows only its text and time cells.
 * The rows are rebuilt by what each line reads as: a department list goes to the department column, a time
 * (12月底前, 9月投入使用) to the time column, other text starts the next task cell.
 */
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { classifyLine } from "./lines";
import { readMarker } from "./markers";
import { labelMeaning, LabelMeaning } from "./roles";
import { simplify } from "./traditional";

const HEADER_WORD =
  /^(?:序号|编号|工作任务|任务|重点任务|重点工作|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|完成时限|完成时间|时限要求|备注|责任领导|分管领导)$/;
/** A text column named otherwise (民生实事, 目标与任务, 重点事项): a short word ending like a task column. */
const TEXT_COLUMN = /^[\u4e00-\u9fa5]{0,4}(?:任务|工作|内容|措施|要求|事项|实事|目标|举措|项目)$/;
/** A scored table's text column (考评标准, 评分标准): what a row is judged by, part of its task. */
const STANDARD_COLUMN = /^[\u4e00-\u9fa5]{1,4}标准$/;

/** Whether a line (or a `cell |` line) is a table's header cell: 序号, 工作任务, 民生实事, 牵头单位, 分管县领导 … */
export function isHeaderCell(cell: string): boolean {
  const c = simplify(cell.replace(/[\s\u3000]/g, ""));
  return (
    c !== "" &&
    (HEADER_WORD.test(c) ||
      TEXT_COLUMN.test(c) ||
      (labelMeaning(c) !== null && [...c].length <= 8 && /单位|部门|处室|科室|领导|责任人|联系人/.test(c)))
  );
}

type Kind = "number" | "text" | "skip" | LabelMeaning;

function kindOf(header: string): Kind {
  const h = simplify(header.replace(/[\s\u3000]/g, ""));
  if (/^(?:序号|编号)$/.test(h)) return "number";
  if (h === "备注") return "skip";
  if (HEADER_WORD.test(h) && !/时限|时间|领导/.test(h)) return "text";
  return TEXT_COLUMN.test(h) ? "text" : (labelMeaning(h) ?? "text");
}

const isDepartmentKind = (k: Kind): boolean =>
  k === "lead" || k === "responsible" || k === "shared" || k === "cooperate" || k === "supervise";

/**
 * A cell that is only departments (县水务局, 县文体广新局、县代建中心), its list also split on commas
 * (区卫健委,各乡镇人民政府) and closed by a full stop (区投资促进中心。).
 */
function departmentCell(line: string): boolean {
  const cell = line.replace(/[。.]$/, "");
  if (/[。；;:：]/.test(cell)) return false;
  const names = splitDepartmentList(cell, { labelled: true });
  return names !== null && names.every(looksLikeDepartment);
}

/** A cell that is only a time (12月底前, 5月底前动工, 长期坚持): short, with a time word, no sentence. */
function timeCell(line: string): boolean {
  return (
    [...line].length <= 14 &&
    !/[。；;]/.test(line) &&
    /[0-9０-９]{1,4}\s*[年月日]|年内|年底|长期|持续|常态|每季度|每月|每年|全年|定期/.test(line)
  );
}

const BARE_NUMBER = /^[0-9０-９]{1,3}$/;

/** A heading of the plan's parts (一、…, （一）…). */
function isPartHeading(line: string): boolean {
  const marker = readMarker(line);
  return marker !== null && (marker.kind === "cn" || marker.kind === "paren-cn");
}

/** A row's number: a bare number above the row before (the first row is 1 or above). */
function isNextRow(line: string, previous: number): boolean {
  return BARE_NUMBER.test(line) && numberOf(line) > previous && numberOf(line) <= previous + 300;
}

function numberOf(line: string): number {
  return Number(line.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30)));
}

export interface CellLineTable {
  /**
   * The header row, then one row per task (a merged row's number is "", its department cells repeated); a
   * heading line inside the table (一、…, a part of the plan the rows belong to) is a row of one cell.
   */
  rows: string[][];
  /** Index of the first line after the table. */
  next: number;
}

/**
 * Reads the table whose header starts at `lines[start]` (a line that is 序号 or 编号); null when what follows
 * is not such a table (fewer than three header cells, no department column, or no numbered row). The rows'
 * numbers rise but need not start at 1 nor follow each other (an extract of a larger table: 3, 68, 69), and
 * the table's part headings (一、…) may stand between its rows.
 */
export function readCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => {
    let k = i;
    while (k < lines.length && lines[k].trim() === "") k += 1;
    return k;
  };
  if (!/^(?:序号|编号)$/.test(lines[start]?.trim() ?? "")) return null;
  const header = [lines[start].trim()];
  // Whether every header cell stands after a blank line (a page that puts one between all its cells).
  let blankBetweenCells = true;
  let i = filled(start + 1);
  if (i === start + 1) blankBetweenCells = false;
  while (i < lines.length && !BARE_NUMBER.test(lines[i].trim()) && isHeaderCell(lines[i])) {
    header.push(lines[i].trim());
    const next = filled(i + 1);
    if (next === i + 1 && isHeaderCell(lines[next] ?? "")) blankBetweenCells = false;
    i = next;
  }
  const kinds = header.map(kindOf);
  if (header.length < 3 || !kinds.some(isDepartmentKind)) return null;
  // Part headings (一、…) may come before the first row; the first row is a bare number.
  let first = i;
  while (first < lines.length && isPartHeading(lines[first].trim())) first = filled(first + 1);
  if (!BARE_NUMBER.test(lines[first]?.trim() ?? "")) return null;

  const rows: string[][] = [header];
  let previous = 0;
  let row: string[] = [];
  let col = 0;
  let merged = false;
  const finish = (): void => {
    if (row.length === 0) return;
    const above = rows[rows.length - 1];
    if (merged)
      kinds.forEach((k, c) => {
        if (isDepartmentKind(k) && row[c] === "") row[c] = above[c] ?? "";
      });
    rows.push(row);
    row = [];
  };
  for (; i < lines.length; i = filled(i + 1)) {
    const line = lines[i].trim();
    const kindOfLine = classifyLine(line);
    if (kindOfLine === "footer") break;
    if (kindOfLine !== "text") continue;
    if (isPartHeading(line)) {
      // A heading between rows: kept when rows follow it, else it starts the text after the table.
      let k = filled(i + 1);
      while (k < lines.length && isPartHeading(lines[k].trim())) k = filled(k + 1);
      if (!isNextRow(lines[k]?.trim() ?? "", previous)) break;
      finish();
      rows.push([line]);
      continue;
    }
    if (isNextRow(line, previous)) {
      finish();
      row = header.map(() => "");
      row[0] = line;
      col = 1;
      merged = false;
      previous = numberOf(line);
      continue;
    }
    if (row.length === 0) break;
    for (;;) {
      if (col >= kinds.length) {
        // More cells than columns: a row merged with the one above (its own text and time cells).
        finish();
        row = header.map(() => "");
        col = 1;
        merged = true;
      }
      const kind = kinds[col];
      if (isDepartmentKind(kind)) {
        // A page that puts a blank line between every cell (and after 序号) gives each cell one line: a
        // second department line is the next department column's cell, not more names of this one.
        if (blankBetweenCells && row[col] !== "") {
          col += 1;
          continue;
        }
        if (departmentCell(line)) {
          row[col] = row[col] === "" ? line : `${row[col]}、${line}`;
          break;
        }
        col += 1;
        continue;
      }
      if (kind === "deadline" && !timeCell(line)) {
        col += 1;
        continue;
      }
      if (kind === "text" && row[col] !== "") {
        col += 1;
        continue;
      }
      row[col] = line;
      col += 1;
      break;
    }
  }
  finish();
  return rows.length > 1 ? { rows, next: i } : null;
}

/**
 * A table one cell per line whose header has no 序号 (考评项目 / 具体内容 / 考评标准 / 责任科室): its text
 * columns first, its last column departments. A row has no number; the department cell that closes it ends it,
 * and its text lines are one task, numbered here in order (its own number kept where its text has one: 1.…).
 * A part heading (一、…) between rows is a row of one cell. Null unless the header has three cells or more,
 * the last of departments and none of them a number, and at least one row is closed.
 */
export function readUnnumberedCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => {
    let k = i;
    while (k < lines.length && lines[k].trim() === "") k += 1;
    return k;
  };
  const headerCell = (line: string): boolean =>
    isHeaderCell(line) || STANDARD_COLUMN.test(simplify(line.replace(/[\s\u3000]/g, "")));
  const firstLine = lines[start]?.trim() ?? "";
  // A header cell is a short word (考评项目): most lines are not, and are left at once.
  if (firstLine === "" || [...firstLine].length > 8) return null;
  if (!headerCell(firstLine) || kindOf(firstLine) !== "text" || /^(?:序号|编号)$/.test(firstLine))
    return null;
  const header: string[] = [];
  let i = start;
  // The header ends with its department column (a row's first cell may look like a header: 强化组织领导).
  while (i < lines.length && headerCell(lines[i].trim())) {
    header.push(lines[i].trim());
    i = filled(i + 1);
    if (isDepartmentKind(kindOf(header[header.length - 1]))) break;
  }
  const kinds = header.map((h) => (STANDARD_COLUMN.test(simplify(h)) ? "text" : kindOf(h)));
  const last = kinds.length - 1;
  if (header.length < 3 || !isDepartmentKind(kinds[last])) return null;
  // The department column is the header's last: another header word after it (完成时限, 备注, 责任领导) means
  // a table this reader does not know.
  const after = simplify((lines[i] ?? "").replace(/[\s\u3000]/g, ""));
  if (HEADER_WORD.test(after) || (isHeaderCell(after) && kindOf(after) !== "person")) return null;
  if (kinds.some((k, c) => k === "number" || (c < last && k !== "text"))) return null;
  const rows: string[][] = [["序号", ...header]];
  let text: string[] = [];
  let n = 0;
  // Where the table ends: after the last closed row (a row left open, or a heading after it, is not the table's).
  let closedRows = 1;
  let next = i;
  for (; i < lines.length; i = filled(i + 1)) {
    const line = lines[i].trim();
    const kindOfLine = classifyLine(line);
    if (kindOfLine === "footer") break;
    if (kindOfLine !== "text") continue;
    if (text.length === 0 && isPartHeading(line)) {
      rows.push([line]);
      continue;
    }
    if (departmentCell(line)) {
      if (text.length === 0) break;
      n += 1;
      const own = /^[0-9０-９]{1,3}\s*[.．、]/.test(text[0]);
      rows.push([own ? "" : String(n), text.join(" "), ...header.slice(1, last).map(() => ""), line]);
      text = [];
      closedRows = rows.length;
      next = i + 1;
      continue;
    }
    text.push(line);
  }
  if (n === 0) return null;
  rows.length = closedRows;
  return { rows, next };
}
