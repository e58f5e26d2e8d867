/**
 * What the readers of tables one cell per line (cell-lines.ts, piped-cell-lines.ts, unnumbered-cell-lines.ts)
 * know about columns and cells: the header words and the kind of column each names (序号, task text,
 * departments by role, a time, a person, one to leave out), what a cell looks like (a department list, a time,
 * a row number), and a row's cells aligned to the columns by what they are when merged cells were lost.
 */
import { looksLikeDepartment, splitDepartmentList } from "./departments";
import { readMarker } from "./markers";
import { hasLabel, labelMeaning, LabelMeaning } from "./roles";
import { simplify } from "./traditional";

export const HEADER_WORD =
  /^(?:序号|编号|工作任务|任务|重点任务|重点工作|主要任务|工作内容|具体内容|具体要求|工作要求|工作措施|具体措施|主要内容|任务内容|目标任务|完成时限|完成时间|时限要求|备注|责任领导|分管领导)$/;
/** A text column named otherwise (民生实事, 目标与任务, 重点事项, 工作任务安排): a short word ending like a task column. */
export const TEXT_COLUMN =
  /^[\u4e00-\u9fa5]{0,4}(?:任务|工作|内容|措施|要求|事项|实事|目标|举措|项目|安排|计划)$/;
/** A scored table's text column (考评标准, 评分标准): what a row is judged by, part of its task. */
export const STANDARD_COLUMN = /^[\u4e00-\u9fa5]{1,4}标准$/;
/**
 * A column that describes a row rather than being its task or departments: how it is published (公开渠道,
 * 公开方式, 公开形式, 发布途径), on what ground (公开依据), how often (更新频率), how far it got (第二季度完成情况,
 * 进展情况). Its cells are left out of the rows.
 */
export const ATTRIBUTE_COLUMN =
  /^(?:(?:公开|发布)(?:渠道|方式|形式|途径|载体|平台|范围|对象)|[\u4e00-\u9fa5]{0,4}依据|(?:更新|公开)(?:频率|周期)|[\u4e00-\u9fa5]{0,6}(?:完成|进展|执行|落实|推进)(?:情况|进度))$/;

/**
 * A column that names a row's target or project (目标名称, 项目名称): its text, the row's heading when the row's
 * content column (工作标准) numbers its own sub-rows.
 */
export const NAME_COLUMN = /^[\u4e00-\u9fa5]{0,4}(?:目标|项目|任务|工作|事项|指标)名称$/;

/**
 * A year (or years) before a column word (2022年预期目标, 2023年度工作任务, 2021—2025年目标任务): the column is
 * named by the word after it.
 */
export const YEAR_PREFIX = /^[0-9０-９]{4}(?:[-—–~～至到][0-9０-９]{2,4})?年度?/;

/** A header cell as its column word: no spaces (工 作 标 准), simplified, a leading year left out. */
export function headerWord(cell: string): string {
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
      (labelMeaning(c) !== null &&
        [...c].length <= 8 &&
        (/单位|部门|处室|科室/.test(c) || labelMeaning(c) === "person")) ||
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
export function headerCellAt(
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

export type Kind = "number" | "text" | "skip" | LabelMeaning;

export function kindOf(header: string): Kind {
  const h = headerWord(header);
  if (NAME_COLUMN.test(h)) return "text";
  if (/^(?:序号|编号)$/.test(h)) return "number";
  // A numbered table's 标准 column (内容标准, 评分标准) describes its row's task (a table without 序号 reads it as
  // the task's text: readUnnumberedCellLines).
  if (h === "备注" || ATTRIBUTE_COLUMN.test(h) || STANDARD_COLUMN.test(h)) return "skip";
  if (HEADER_WORD.test(h) && !/时限|时间|领导/.test(h)) return "text";
  return TEXT_COLUMN.test(h) ? "text" : (labelMeaning(h) ?? "text");
}

export const isDepartmentKind = (k: Kind): boolean =>
  k === "lead" || k === "responsible" || k === "shared" || k === "cooperate" || k === "supervise";

/**
 * A cell that is only departments (县水务局, 县文体广新局、县代建中心), its list also split on commas
 * (区卫健委,各乡镇人民政府) and closed by a full stop (区投资促进中心。).
 */
export function departmentCell(line: string): boolean {
  const cell = line.replace(/[。.]$/, "");
  if (/[。；;:：]/.test(cell)) return false;
  const names = splitDepartmentList(cell, { labelled: true });
  return names !== null && names.every(looksLikeDepartment);
}

/** How many departments a cell names (0 when it is no department cell). */
export function departmentCount(line: string): number {
  if (!departmentCell(line)) return 0;
  return splitDepartmentList(line.replace(/[。.]$/, ""), { labelled: true })?.length ?? 0;
}

/** A cell that is only a time (12月底前, 5月底前动工, 长期坚持): short, with a time word, no sentence. */
export function timeCell(line: string): boolean {
  return (
    [...line].length <= 14 &&
    !/[。；;]/.test(line) &&
    /[0-9０-９]{1,4}\s*[年月日]|年内|年底|长期|持续|常态|每季度|每月|每年|全年|定期/.test(line)
  );
}

export const BARE_NUMBER = /^[0-9０-９]{1,3}$/;

/** A heading of the plan's parts (一、…, （一）…). */
export function isPartHeading(line: string): boolean {
  const marker = readMarker(line);
  return marker !== null && (marker.kind === "cn" || marker.kind === "paren-cn");
}

/** A row's number: a bare number above the row before (the first row is 1 or above). */
export function isNextRow(line: string, previous: number): boolean {
  return BARE_NUMBER.test(line) && numberOf(line) > previous && numberOf(line) <= previous + 300;
}

export function numberOf(line: string): number {
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

/** The rows without the cells of skipped columns (备注, 公开渠道, 完成情况 …); a heading row as it is. */
export function withoutSkipped(rows: string[][], kinds: readonly Kind[]): string[][] {
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
export function tableRows(rows: string[][], kinds: readonly Kind[]): string[][] {
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
export function limitCell(cell: string): boolean {
  return (
    timeCell(cell) ||
    ([...cell].length <= 30 &&
      !/[。；;]/.test(cell) &&
      /之日起|[0-9０-９]+\s*个?(?:工作日|自然日|日|天|个月)内/.test(cell))
  );
}

/** How well a cell fits a column: departments under a department column, a time under a time column. */
export function fit(cell: string, kind: Kind): number {
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
export function alignCells(cells: readonly string[], kinds: readonly Kind[]): string[] {
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
export const PIPED_CELL = /^[^|｜]*[^|｜\s\u3000][^|｜]*[|｜][|｜\s\u3000]*$/;

/** The text of such a line; "" for a line that is not one. */
export function pipedCell(line: string | undefined): string {
  return line !== undefined && PIPED_CELL.test(line)
    ? line.replace(/[\s\u3000]*[|｜][|｜\s\u3000]*$/, "").trim()
    : "";
}

/** The index of the first non-blank line at or after `i`. */
export function nextFilled(lines: readonly string[], i: number): number {
  let k = i;
  while (k < lines.length && lines[k].trim() === "") k += 1;
  return k;
}
