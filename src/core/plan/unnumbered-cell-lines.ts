/** Tables one cell per line whose header has no 序号 (考评项目 / 具体内容 / 考评标准 / 责任科室). */
import {
  CellLineTable,
  departmentCell,
  HEADER_WORD,
  isDepartmentKind,
  isHeaderCell,
  isPartHeading,
  kindOf,
  nextFilled,
  STANDARD_COLUMN,
} from "./cell-columns";
import { classifyLine } from "./lines";
import { simplify } from "./traditional";

/**
 * A table one cell per line whose header has no 序号 (考评项目 / 具体内容 / 考评标准 / 责任科室): its text
 * columns first, its last column departments. A row has no number; the department cell that closes it ends it,
 * and its text lines are one task, numbered here in order (its own number kept where its text has one: 1.…).
 * A part heading (一、…) between rows is a row of one cell. Null unless the header has three cells or more,
 * the last of departments and none of them a number, and at least one row is closed.
 */
export function readUnnumberedCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => nextFilled(lines, i);
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
