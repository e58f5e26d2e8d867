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
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { classifyLine } from "./lines";
import { readMarker } from "./markers";
import { hasLabel, labelMeaning, LabelMeaning } from "./roles";
import { simplify } from "./traditional";

const HEADER_WORD =
  /^(?:序号|编号|工作任务|任务|重点任务|重点工作|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|完成时限|完成时间|时限要求|备注|责任领导|分管领导)$/;
/** A text column named otherwise (民生实事, 目标与任务, 重点事项, 工作任务安排): a short word ending like a task column. */
const TEXT_COLUMN = /^[\u4e00-\u9fa5]{0,4}(?:任务|工作|内容|措施|要求|事项|实事|目标|举措|项目|安排|计划)$/;
/** A scored table's text column (考评标准, 评分标准): what a row is judged by, part of its task. */
const STANDARD_COLUMN = /^[\u4e00-\u9fa5]{1,4}标准$/;
/**
 * A column that describes a row rather than being its task or departments: how it is published (公开渠道,
 * 公开方式, 公开形式, 发布途径), on what ground (公开依据), how often (更新频率), how far it got (第二季度完成情况,
 * 进展情况). Its cells are left out of the rows.
 */
const ATTRIBUTE_COLUMN =
  /^(?:(?:公开|发布)(?:渠道|方式|形式|途径|载体|平台|范围|对象)|[\u4e00-\u9fa5]{0,4}依据|(?:更新|公开)(?:频率|周期)|[\u4e00-\u9fa5]{0,6}(?:完成|进展|执行|落实|推进)(?:情况|进度))$/;

/**
 * A column that names a row's target or project (目标名称, 项目名称): its text, the row's heading when the row's
 * content column (工作标准) numbers its own sub-rows.
 */
const NAME_COLUMN = /^[\u4e00-\u9fa5]{0,4}(?:目标|项目|任务|工作|事项|指标)名称$/;

/**
 * A year (or years) before a column word (2022年预期目标, 2023年度工作任务, 2021—2025年目标任务): the column is
 * named by the word after it.
 */
const YEAR_PREFIX = /^[0-9０-９]{4}(?:[-—–~～至到][0-9０-９]{2,4})?年度?/;

/** A header cell as its column word: no spaces (工 作 标 准), simplified, a leading year left out. */
function headerWord(cell: string): string {
  return simplify(cell.replace(/[\s\u3000]/g, "")).replace(YEAR_PREFIX, "");
}

/** Whether a line (or a `cell |` line) is a table's header cell: 序号, 工作任务, 民生实事, 牵头单位, 分管县领导 … */
export function isHeaderCell(cell: string): boolean {
  const c = headerWord(cell);
  return (
    c !== "" &&
    (HEADER_WORD.test(c) ||
      TEXT_COLUMN.test(c) ||
      NAME_COLUMN.test(c) ||
      (labelMeaning(c) !== null && [...c].length <= 8 && /单位|部门|处室|科室|领导|责任人|联系人/.test(c)) ||
      (labelMeaning(c) === "deadline" && [...c].length <= 6) ||
      ATTRIBUTE_COLUMN.test(c) ||
      STANDARD_COLUMN.test(c))
  );
}

/**
 * The header cell at `i` (`cell(i)` its text): that line, or it and the next filled line `following(i + 1)`
 * where a page broke one header word over two lines (责任 / 领导, 责任 / 科室, 第二季度 / 完成情况, 攻坚目标 /
 * 任务: a first part that is no header word alone, or a second of two characters that makes a task column).
 * `last` is the index of the last line it takes; null when the line is no header cell.
 */
function headerCellAt(
  cell: (k: number) => string,
  i: number,
  following: (k: number) => number,
): { text: string; last: number } | null {
  const c = cell(i);
  if (c === "" || BARE_NUMBER.test(c)) return null;
  const k = following(i + 1);
  const d = cell(k);
  const joined = c + d;
  if (
    d !== "" &&
    !BARE_NUMBER.test(d) &&
    isHeaderCell(joined) &&
    (!isHeaderCell(c) || ([...d].length <= 2 && TEXT_COLUMN.test(simplify(joined))))
  )
    return { text: joined, last: k };
  return isHeaderCell(c) ? { text: c, last: i } : null;
}

type Kind = "number" | "text" | "skip" | LabelMeaning;

function kindOf(header: string): Kind {
  const h = headerWord(header);
  if (NAME_COLUMN.test(h)) return "text";
  if (/^(?:序号|编号)$/.test(h)) return "number";
  // A numbered table's 标准 column (内容标准, 评分标准) describes its row's task (a table without 序号 reads it as
  // the task's text: readUnnumberedCellLines).
  if (h === "备注" || ATTRIBUTE_COLUMN.test(h) || STANDARD_COLUMN.test(h)) return "skip";
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

/** How many departments a cell names (0 when it is no department cell). */
function departmentCount(line: string): number {
  if (!departmentCell(line)) return 0;
  return splitDepartmentList(line.replace(/[。.]$/, ""), { labelled: true })?.length ?? 0;
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

/** The rows without the cells of skipped columns (备注, 公开渠道, 完成情况 …); a heading row as it is. */
function withoutSkipped(rows: string[][], kinds: readonly Kind[]): string[][] {
  if (!kinds.includes("skip")) return rows;
  return rows.map((row) => (row.length === 1 ? row : row.filter((_, c) => kinds[c] !== "skip")));
}

/**
 * The rows without the cells of skipped columns (withoutSkipped), a time column under a name the clause reader
 * does not know (公开时限, 办理期限) headed 完成时限 so its cells read as the task's time, a text column under
 * a name the table reader would not take for a header word (目标名称, 工作标准 read as text) headed 工作任务 /
 * 工作内容, so that the header is still known as one, and a person column without the government before its
 * word (区政府分管领导 → 分管领导), so that its names are read as people, not as the task's text.
 */
function tableRows(rows: string[][], kinds: readonly Kind[]): string[][] {
  const header = rows[0].map((h, c) => {
    if (kinds[c] === "deadline" && !hasLabel(`${simplify(h)}：`)) return "完成时限";
    if (kinds[c] === "text" && NAME_COLUMN.test(headerWord(h))) return "工作任务";
    if (kinds[c] === "text" && STANDARD_COLUMN.test(headerWord(h))) return "工作内容";
    // 区政府 / 分管领导 broken over two lines: the people are the government's, the column 分管领导.
    if (kinds[c] === "person") return headerWord(h).replace(/^[\u4e00-\u9fa5]{1,3}政府(?=\S{2,})/, "");
    return h;
  });
  return withoutSkipped([header, ...rows.slice(1)], kinds);
}

/** A cell that is only a time limit (12月底前, 信息形成或变更之日起20个工作日内, 收到申请后15日内). */
function limitCell(cell: string): boolean {
  return (
    timeCell(cell) ||
    ([...cell].length <= 30 &&
      !/[。；;]/.test(cell) &&
      /之日起|[0-9０-９]+\s*个?(?:工作日|自然日|日|天|个月)内/.test(cell))
  );
}

/** How well a cell fits a column: departments under a department column, a time under a time column. */
function fit(cell: string, kind: Kind): number {
  if (isDepartmentKind(kind)) return departmentCell(cell) ? 2 : -3;
  if (kind === "deadline") return limitCell(cell) ? 1 : -1;
  return 0;
}

/**
 * A row's cells (its number left out) placed under the columns `kinds`: where it has fewer, the missing ones
 * are cells merged with the row above, anywhere in the row (一级事项 on the left, 公开依据 in the middle). The
 * cells keep their order; the placing that fits best wins (fit: a text column after the first, where a row's
 * own words stand, is preferred a little to a column that describes rows), between equals the one that leaves
 * the leftmost columns empty. Columns left empty are "".
 */
function alignCells(cells: readonly string[], kinds: readonly Kind[]): string[] {
  const n = cells.length;
  const m = kinds.length;
  if (n >= m) return [...cells];
  const firstText = kinds.indexOf("text");
  const score = (j: number, c: number): number =>
    fit(cells[j], kinds[c]) + (kinds[c] === "text" && c !== firstText ? 0.25 : 0);
  // best[j][c]: the best score placing cells j… under columns c…
  const best: number[][] = Array.from({ length: n + 1 }, (_, j) =>
    Array.from({ length: m + 1 }, () => (j === n ? 0 : -Infinity)),
  );
  for (let j = n - 1; j >= 0; j--)
    for (let c = m - (n - j); c >= 0; c--) {
      const place = score(j, c) + best[j + 1][c + 1];
      best[j][c] = Math.max(place, c + 1 <= m - (n - j) ? best[j][c + 1] : -Infinity);
    }
  const out = kinds.map(() => "");
  let c = 0;
  for (let j = 0; j < n; j++) {
    // Leave column c empty when that does as well: the merged cells are the leftmost ones.
    while (c + 1 <= m - (n - j) && best[j][c + 1] >= score(j, c) + best[j + 1][c + 1]) c += 1;
    out[c] = cells[j];
    c += 1;
  }
  return out;
}

/** A line that is one cell closed by ` |` (and, at a row's end, more empty cells: ` | ||`). */
const PIPED_CELL = /^[^|｜]*[^|｜\s\u3000][^|｜]*[|｜][|｜\s\u3000]*$/;

/** The text of such a line; "" for a line that is not one. */
function pipedCell(line: string | undefined): string {
  return line !== undefined && PIPED_CELL.test(line)
    ? line.replace(/[\s\u3000]*[|｜][|｜\s\u3000]*$/, "").trim()
    : "";
}

/**
 * A table whose cells a page put one per line, each closed by ` |` (a catalogue: 序号 | / 公开事项 | / 公开内容 |
 * / 公开渠道 | / 责任科室 |, then 1 | / 机构职能 | …), read from its 序号 line; null unless it has three header
 * cells or more, one of departments, and a numbered row. A second header row of short words (一级 | / 二级 |)
 * splits the first text column (or, when they are department words, the first department column). A row is
 * the cells from its number to the next; one with fewer cells than columns lost merged cells on the left (and
 * in the middle): it is aligned on the right, where its department cell is.
 */
function readPipedCellLines(lines: readonly string[], start: number): CellLineTable | null {
  const filled = (i: number): number => {
    let k = i;
    while (k < lines.length && lines[k].trim() === "") k += 1;
    return k;
  };
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
