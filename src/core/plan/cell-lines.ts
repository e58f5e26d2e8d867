/**
 * A table as some pages render it: every cell on a line of its own, no separators, a header of one word per
 * line that starts with 序号 (序号 / 民生实事 / 责任单位 / 完成时限), then rows that each start with their
 * number (1, 2 …). A cell of several departments gives one per line; a row whose 序号 and department cells
 * are merged with the row above (a second task under the same number) shows only its text and time cells.
 * The rows are rebuilt by what each line reads as: a department list goes to the department column, a time
 * (12月底前, 9月投入使用) to the time column, other text starts the next task cell.
 *
 * Some pages also break a header word over two lines (责任 / 领导, 攻坚目标 / 任务), and some close every cell
 * with ` |` (a catalogue's `序号 |` / `公开事项 |` …, each row ending ` ||`). A column that only describes how
 * a row is published or followed (公开渠道, 公开依据, 更新频率, 完成情况) is neither task text nor departments.
 */
import {
  BARE_NUMBER,
  CellLineTable,
  departmentCell,
  departmentCount,
  headerCellAt,
  headerWord,
  isDepartmentKind,
  isHeaderCell,
  isNextRow,
  isPartHeading,
  Kind,
  kindOf,
  NAME_COLUMN,
  nextFilled,
  numberOf,
  PIPED_CELL,
  STANDARD_COLUMN,
  tableRows,
  timeCell,
} from "./cell-columns";
import { looksLikeDepartment } from "./departments";
import { classifyLine } from "./lines";
import { readMarker } from "./markers";
import { readPipedCellLines } from "./piped-cell-lines";

/**
 * Reads the table whose header starts at `lines[start]` (a line that is 序号 or 编号); null when what follows
 * is not such a table (fewer than three header cells, no department column, or no numbered row). The rows'
 * numbers rise but need not start at 1 nor follow each other (an extract of a larger table: 3, 68, 69), and
 * the table's part headings (一、…) may stand between its rows.
 */
export function readCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => nextFilled(lines, i);
  if (PIPED_CELL.test(lines[start] ?? "")) return readPipedCellLines(lines, start);
  if (!/^(?:序号|编号)$/.test(lines[start]?.trim() ?? "")) return null;
  const header = [lines[start].trim()];
  // Whether every header cell stands after a blank line (a page that puts one between all its cells).
  let blankBetweenCells = true;
  let i = filled(start + 1);
  if (i === start + 1) blankBetweenCells = false;
  const cell = (k: number): string => lines[k]?.trim() ?? "";
  for (let h = headerCellAt(cell, i, filled); h !== null; h = headerCellAt(cell, i, filled)) {
    header.push(h.text);
    const next = filled(h.last + 1);
    if (next === h.last + 1 && isHeaderCell(lines[next] ?? "")) blankBetweenCells = false;
    i = next;
  }
  // A table that names each row's target (目标名称) says what is to be done under its 标准 column (工作标准):
  // that column is the row's content, not a description of it.
  const named = header.some((h) => NAME_COLUMN.test(headerWord(h)));
  const kinds = header.map((h) => (named && STANDARD_COLUMN.test(headerWord(h)) ? "text" : kindOf(h)));
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
        // A sub-row ((2)… under a row whose content cell began (1)…) starts at that content column.
        const above = row;
        finish();
        row = header.map(() => "");
        col = subRowColumn(line, above, kinds) ?? 1;
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
        // A page that gives a cell's departments one a line gives a line of several (住建局 / 新闸街道、五星街道)
        // as the next column's cell.
        const nextDepartment = kinds.findIndex((k, c) => c > col && isDepartmentKind(k));
        if (row[col] !== "" && nextDepartment > 0 && departmentCount(line) > 1) {
          col = nextDepartment;
          continue;
        }
        if (departmentCell(line)) {
          row[col] = row[col] === "" ? line : `${row[col]}、${line}`;
          break;
        }
        col += 1;
        continue;
      }
      if (kind === "person") {
        // A cell of people may give one name a line (王旭锋 / 胡金芳 / 王行杰).
        if (personName(line)) {
          row[col] = row[col] === "" ? line : `${row[col]}、${line}`;
          break;
        }
        if (row[col] !== "") {
          col += 1;
          continue;
        }
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
  return rows.length > 1 ? { rows: tableRows(withSubRowHeadings(rows, kinds), kinds), next: i } : null;
}

/** A person's name as a cell gives it (王旭锋): two to four characters, no department. */
function personName(line: string): boolean {
  return /^[\u4e00-\u9fa5]{2,4}$/.test(line) && !looksLikeDepartment(line) && !departmentCell(line);
}

/** A sub-row's own number: (1), （2）, ⑴. */
function subRowMarker(line: string): boolean {
  const marker = readMarker(line);
  return marker !== null && (marker.kind === "paren-num" || marker.kind === "circled");
}

/**
 * The column a merged row's first line `line` starts at when it is the next sub-row ((2)…) of `above`: the text
 * column after the first whose cell above began with a sub-row number ((1)…); null otherwise.
 */
function subRowColumn(line: string, above: readonly string[], kinds: readonly Kind[]): number | null {
  if (!subRowMarker(line)) return null;
  const c = kinds.findIndex((k, n) => n > 1 && k === "text" && subRowMarker(above[n] ?? ""));
  return c > 0 ? c : null;
}

/**
 * A row whose first text cell names its target (四大功能区建设) and whose later text cell starts the first of
 * its sub-rows ((1)…): the name is a heading of its own (`1.四大功能区建设`), the sub-rows the tasks under it,
 * so that they read as 1（1）, 1（2）…; the row keeps its other cells without its number and name.
 */
function withSubRowHeadings(rows: readonly string[][], kinds: readonly Kind[]): string[][] {
  const first = kinds.indexOf("text");
  if (first < 0) return [...rows];
  const out: string[][] = [];
  rows.forEach((row, r) => {
    const sub = kinds.findIndex((k, c) => c > first && k === "text" && subRowMarker(row[c] ?? ""));
    if (r === 0 || row.length === 1 || sub < 0 || row[first] === "" || subRowMarker(row[first])) {
      out.push(row);
      return;
    }
    const number = kinds[0] === "number" ? row[0] : "";
    out.push([number === "" ? row[first] : `${number}.${row[first]}`]);
    out.push(row.map((cell, c) => (c === first || (c === 0 && kinds[0] === "number") ? "" : cell)));
  });
  return out;
}
