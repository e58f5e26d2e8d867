/**
 * A table whose cells a page ran together: a Word table turned into plain text with no cell boundaries, as a
 * document-sharing site shows it (`序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施…。
 * 何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进就业…`), its text cut into chunks that each start a line
 * with the site's chunk number (`2、`), which may break a word (`高新园(邹区镇` / `2、)各街道`).
 *
 * Read only after such a header (序号 then at least two more header words glued, a department column among
 * them) followed at once by row 1: rows are split at the next row number (2, 3 …) where the text before it
 * closes a row (a sentence end, then the leader's name and department names up to the number); within a row,
 * a 主要内容 sub-row with its own leader and departments (…。何海平文体旅局晋陵公司轨道公司推进…) is a row of
 * its own with no number. Department names are told apart by their endings (局, 委, 公司, 街道 …).
 */
import { isHeaderCell } from "./cell-columns";
import { looksLikeDepartment } from "./departments";
import { labelMeaning, LabelMeaning } from "./roles";
import { Block } from "./source";
import { simplify } from "./traditional";

/** A text column named by what it names (项目名称, 任务名称, 事项名称). */
const NAME_COLUMN = /^[\u4e00-\u9fa5]{1,4}名称$/;
const CJK = /[\u4e00-\u9fa5]/;
/** The site's chunk number at a line's start (`2、`). */
const CHUNK = /^([0-9]{1,3})、/;

type ColumnKind = "number" | "text" | "person" | "departments";

function columnKind(cell: string): ColumnKind | null {
  const c = simplify(cell);
  if (/^(?:序号|编号)$/.test(c)) return "number";
  if (NAME_COLUMN.test(c)) return "text";
  // A column this reader does not place (完成时限, 备注, 进展情况), also inside a longer word: no such table.
  if (!isHeaderCell(c) || /时限|时间|节点|备注|情况|进度/.test(c)) return null;
  const meaning: LabelMeaning | null = labelMeaning(c);
  if (meaning === "person") return "person";
  if (meaning === "lead" || meaning === "responsible" || meaning === "cooperate" || meaning === "shared")
    return "departments";
  return meaning === null ? "text" : null;
}

/** Every way `text` reads as header words glued. */
function headerReadings(text: string): string[][] {
  if (text === "") return [[]];
  const chars = [...text];
  const out: string[][] = [];
  for (let n = 2; n <= Math.min(8, chars.length); n++) {
    const cell = chars.slice(0, n).join("");
    if (columnKind(cell) === null) continue;
    for (const rest of headerReadings(chars.slice(n).join(""))) out.push([cell, ...rest]);
  }
  return out;
}

/**
 * The header's cells, when `text` is only header words glued: of the ways it reads, the one with the least
 * text in words longer than four characters (项目名称 | 主要内容, not 项目 | 名称主要内容), then the fewest words
 * (工作任务, not 工作 | 任务).
 */
export function splitHeader(text: string): string[] | null {
  const excess = (cells: readonly string[]): number =>
    cells.reduce((sum, c) => sum + Math.max(0, [...c].length - 4), 0);
  let best: string[] | null = null;
  for (const cells of headerReadings(text))
    if (
      best === null ||
      excess(cells) < excess(best) ||
      (excess(cells) === excess(best) && cells.length < best.length)
    )
      best = cells;
  return best;
}

/** Department endings, each with the longest name it may end (a place-like ending only short names). */
const ENDINGS: readonly [RegExp, number][] = [
  [/(?:局|委|办|中心|公司|集团|街道|园|院|所|站|馆|厅|室|队|社|管委会|政府|联|会)$/, 10],
  [/(?:区|县|镇|乡|市)$/, 5],
];

/**
 * Whether `name` (its bracketed part aside) ends like a department: 3 characters or more (so that 张伟城管局
 * reads 张伟 | 城管局, not 张伟城 | 管局), or a group of them with such an ending (各镇, not 各街 of 各街道).
 */
function isUnitName(name: string): boolean {
  const core = name.replace(/[(（][^()（）]*[)）]$/, "");
  const length = [...core].length;
  if (length < 2 || (length === 2 && !/^各/.test(core))) return false;
  if (!ENDINGS.some(([re, max]) => re.test(core) && length <= max)) return false;
  return looksLikeDepartment(name);
}

/** A bracketed part right after a name (`(邹区镇)`), its length, or 0. */
function bracketAt(text: string, at: number): number {
  const m = /^[(（][\u4e00-\u9fa5、]{1,8}[)）]/.exec(text.slice(at));
  return m ? m[0].length : 0;
}

/**
 * Department names glued from `at` (shortest name first, a longer one when the rest does not read): the
 * names and where they end; `toEnd` requires them to reach the text's end, else they stop before text that
 * is no name (the next sub-row) and at least one is read.
 */
function readUnits(
  text: string,
  at: number,
  toEnd: boolean,
  failed: Set<number> = new Set<number>(),
): { names: string[]; end: number } | null {
  if (at === text.length) return toEnd ? { names: [], end: at } : null;
  if (failed.has(at)) return null;
  for (let n = 2; n <= 10 && at + n <= text.length; n++) {
    let name = text.slice(at, at + n);
    if (!isUnitName(name) || !CJK.test(name[0])) continue;
    const bracket = bracketAt(text, at + n);
    name = text.slice(at, at + n + bracket);
    const next = at + name.length;
    const rest = readUnits(text, next, toEnd, failed);
    if (rest) return { names: [name, ...rest.names], end: rest.end };
    if (!toEnd && next < text.length) return { names: [name], end: next };
  }
  failed.add(at);
  return null;
}

/**
 * A person's name at `at`, then department names: the cells after a row's text. The name is of 3 characters
 * unless one of 2 leaves more names (张伟 | 城管局 | 住建局, not 张伟城 | 管局住建局).
 */
function readTail(
  text: string,
  at: number,
  toEnd: boolean,
  person: boolean,
  people: ReadonlySet<string> | null,
): { person: string; names: string[]; end: number } | null {
  let best: { person: string; names: string[]; end: number } | null = null;
  for (const n of person ? [3, 2] : [0]) {
    const name = text.slice(at, at + n);
    if (n > 0 && (![...name].every((c) => CJK.test(c)) || (people !== null && !people.has(name)))) continue;
    const units = readUnits(text, at + n, toEnd);
    if (units && units.names.length > (best?.names.length ?? 0))
      best = { person: name, names: units.names, end: units.end };
  }
  return best;
}

/** The most characters after a row's last sentence end (its leader and departments). */
const MAX_TAIL = 100;

interface SubRow {
  text: string;
  person: string;
  names: string[];
}

/**
 * A row's text after its number: the text up to its last sentence end, then the leader and the departments
 * to the row's end; null when the end does not read so.
 */
function lastTail(row: string, person: boolean): { textEnd: number; person: string; names: string[] } | null {
  const stop = row.lastIndexOf("。");
  // A leader and a few departments, not a paragraph.
  if (stop < 0 || row.length - stop > MAX_TAIL) return null;
  const tail = readTail(row, stop + 1, true, person, null);
  return tail ? { textEnd: stop + 1, person: tail.person, names: tail.names } : null;
}

/** The row's sub-rows: split after a sentence end followed by a known leader, departments, then more text. */
function subRows(row: string, person: boolean, people: ReadonlySet<string>): SubRow[] | null {
  const last = lastTail(row, person);
  if (!last) return null;
  const out: SubRow[] = [];
  const body = row.slice(0, last.textEnd);
  let from = 0;
  if (person) {
    for (
      let stop = body.indexOf("。");
      stop >= 0 && stop < body.length - 1;
      stop = body.indexOf("。", stop + 1)
    ) {
      const tail = readTail(body, stop + 1, false, true, people);
      if (!tail || !body.slice(tail.end).includes("。")) continue;
      out.push({ text: body.slice(from, stop + 1), person: tail.person, names: tail.names });
      from = tail.end;
      stop = tail.end - 1;
    }
  }
  out.push({ text: body.slice(from), person: last.person, names: last.names });
  return out;
}

/**
 * The run-together header in `line`: where it starts (after any title before it), its cells, and where the
 * rows begin (row 1 right after it); null when there is none.
 */
function findHeader(line: string): { start: number; cells: string[]; end: number } | null {
  const start = line.indexOf("序号");
  if (start < 0) return null;
  const m = /^序号[\u4e00-\u9fa5]{4,40}?(?=1[\u4e00-\u9fa5])/.exec(line.slice(start));
  if (!m) return null;
  const cells = splitHeader(m[0]);
  if (!cells || cells.length < 3) return null;
  const kinds = cells.map(columnKind);
  if (!kinds.includes("departments") || !kinds.includes("text") || kinds.lastIndexOf("number") !== 0)
    return null;
  return { start, cells, end: start + m[0].length };
}

/** Blocks read from a run-together table at `lines[start]`, and the index of the first line after it. */
export function readRunTogetherTable(
  lines: readonly string[],
  start: number,
  lineOf: (index: number) => number,
): { blocks: Block[]; next: number } | null {
  const first = lines[start];
  if (!first.includes("序号")) return null;
  const header = findHeader(first);
  if (!header) return null;
  const kinds = header.cells.map(columnKind);
  const person = kinds.includes("person");

  // The table's text: the rest of the line, and, when the site numbered the line's chunk, each following line
  // it starts with its next chunk number.
  const chunk = CHUNK.exec(first);
  let expected = chunk ? Number(chunk[1]) + 1 : null;
  let body = first.slice(header.end);
  let next = start + 1;
  for (; next < lines.length && expected !== null; next++) {
    const m = CHUNK.exec(lines[next]);
    if (!m || Number(m[1]) !== expected) break;
    expected = Number(m[1]) + 1;
    body += lines[next].slice(m[0].length);
  }

  // Rows: at the next row number, glued before text, where what comes before it closes a row.
  const rows: { number: string; text: string }[] = [];
  let rowStart = 1;
  let number = 1;
  for (let at = 1; at < body.length; at++) {
    const label = String(number + 1);
    if (!body.startsWith(label, at) || /[0-9]/.test(body[at - 1]) || !CJK.test(body[at + label.length] ?? ""))
      continue;
    if (!lastTail(body.slice(rowStart, at), person)) continue;
    rows.push({ number: String(number), text: body.slice(rowStart, at) });
    number += 1;
    rowStart = at + label.length;
    at = rowStart;
  }
  rows.push({ number: String(number), text: body.slice(rowStart) });

  const people = new Set<string>();
  for (const r of rows) {
    const last = lastTail(r.text, person);
    if (last && last.person !== "") people.add(last.person);
  }
  const departmentColumns = kinds.flatMap((k, c) => (k === "departments" ? [c] : []));
  const textColumn = kinds.indexOf("text");
  const personColumn = kinds.indexOf("person");
  const table: string[][] = [header.cells];
  const blocks: Block[] = [];
  const title = first.slice(0, header.start).replace(CHUNK, "").trim();
  if (title !== "") blocks.push({ kind: "paragraph", text: title, line: lineOf(start) });
  blocks.push({ kind: "table", rows: table, line: lineOf(start) });
  for (const [r, row] of rows.entries()) {
    const parts = subRows(row.text, person, people);
    if (!parts) {
      // The last row may run into text after the table: kept as a paragraph. An unread row before it: no table.
      if (r < rows.length - 1 || r === 0) return null;
      blocks.push({ kind: "paragraph", text: `${row.number}${row.text}`, line: lineOf(next - 1) });
      break;
    }
    parts.forEach((part, p) => {
      const cells = header.cells.map(() => "");
      if (p === 0) cells[0] = row.number;
      cells[textColumn] = part.text;
      if (personColumn >= 0) cells[personColumn] = part.person;
      // The first unit under the first department column, the rest under the last one.
      const [lead, ...rest] = part.names;
      if (departmentColumns.length === 1) cells[departmentColumns[0]] = part.names.join("、");
      else {
        cells[departmentColumns[0]] = lead;
        cells[departmentColumns[departmentColumns.length - 1]] = rest.join("、");
      }
      table.push(cells);
    });
  }
  return { blocks, next };
}
