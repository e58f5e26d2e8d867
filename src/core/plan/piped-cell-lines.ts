/** Tables whose cells a page closes each with ` |` (a catalogue of 公开事项), one cell per line. */
import {
  alignCells,
  BARE_NUMBER,
  CellLineTable,
  headerCellAt,
  isDepartmentKind,
  isHeaderCell,
  isNextRow,
  isPartHeading,
  Kind,
  kindOf,
  nextFilled,
  numberOf,
  pipedCell,
  tableRows,
} from "./cell-columns";
import { classifyLine } from "./lines";

/**
 * A table whose cells a page put one per line, each closed by ` |` (a catalogue: 序号 | / 公开事项 | / 公开内容 |
 * / 公开渠道 | / 责任科室 |, then 1 | / 机构职能 | …), read from its 序号 line; null unless it has three header
 * cells or more, one of departments, and a numbered row. A second header row of short words (一级 | / 二级 |)
 * splits the first text column (or, when they are department words, the first department column). A row is
 * the cells from its number to the next; one with fewer cells than columns lost merged cells on the left (and
 * in the middle): it is aligned on the right, where its department cell is.
 */
export function readPipedCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => nextFilled(lines, i);
  if (!/^(?:序号|编号)$/.test(pipedCell(lines[start]))) return null;
  const cell = (k: number): string => pipedCell(lines[k]);
  const header = [cell(start)];
  let i = filled(start + 1);
  for (let h = headerCellAt(cell, i, filled); h !== null; h = headerCellAt(cell, i, filled)) {
    header.push(h.text);
    i = filled(h.last + 1);
  }
  let kinds: Kind[] = header.map(kindOf);
  if (header.length < 3 || !kinds.some(isDepartmentKind)) return null;
  // A second header row: short words, fewer than the columns, before the first number.
  const sub: string[] = [];
  let k = i;
  while (k < lines.length && sub.length < header.length) {
    const c = cell(k);
    if (c === "" || BARE_NUMBER.test(c) || [...c].length > 6 || /[\p{P}\d]/u.test(c)) break;
    sub.push(c);
    k = filled(k + 1);
  }
  if (sub.length >= 2 && BARE_NUMBER.test(cell(k))) {
    const subKinds = sub.map(kindOf);
    const split = subKinds.every(isDepartmentKind)
      ? kinds.findIndex(isDepartmentKind)
      : kinds.indexOf("text");
    if (split > 0) {
      const parent = header[split];
      header.splice(
        split,
        1,
        ...sub.map((s, n) => (subKinds[n] === "text" && !isHeaderCell(s) ? `${s}${parent}` : s)),
      );
      kinds = header.map(kindOf);
    }
    i = k;
  }
  if (!BARE_NUMBER.test(cell(i))) return null;

  const rows: string[][] = [header];
  let previous = 0;
  let cells: string[] | null = null;
  const finish = (): void => {
    if (cells === null) return;
    const width = header.length - 1;
    const body = cells.slice(1);
    // Extra cells join the first text cell; missing ones are merged cells.
    while (body.length > width) body.splice(0, 2, `${body[0]} ${body[1]}`);
    rows.push([cells[0], ...alignCells(body, kinds.slice(1))]);
    cells = null;
  };
  for (; i < lines.length; i = filled(i + 1)) {
    const line = lines[i].trim();
    const kindOfLine = classifyLine(line);
    if (kindOfLine === "footer") break;
    if (kindOfLine !== "text") continue;
    const c = cell(i);
    if (c === "") {
      // A heading between rows (一、…) is kept when rows follow it; any other line ends the table.
      const k2 = filled(i + 1);
      if (!isPartHeading(line) || !isNextRow(cell(k2), previous)) break;
      finish();
      rows.push([line]);
      continue;
    }
    // A number cell starts the next row when it follows the last one, or when the row before is full or closed
    // (` ||`); else it is a cell of the row (a count).
    const closed =
      cells === null ||
      cells.length >= header.length ||
      /[|｜][\s\u3000]*[|｜][\s\u3000]*$/.test(lines[i - 1] ?? "");
    if (isNextRow(c, previous) && (numberOf(c) === previous + 1 || closed)) {
      finish();
      cells = [c];
      previous = numberOf(c);
      continue;
    }
    if (cells === null) break;
    cells.push(c);
  }
  finish();
  return rows.length > 1 ? { rows: tableRows(rows, kinds), next: i } : null;
}
