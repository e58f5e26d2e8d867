/**
 * Plain text → blocks. One paragraph per line; a table as pages render it becomes a table block:
 * `a | b | c |` rows (a lone `|` between them is an empty row); a markdown table (`| a | b |`, `|---|---|`, its
 * cells broken over lines); one cell per line (`序号 |`, `工作任务 |` …), regrouped into rows of the header's width;
 * one cell per line without separators under a 序号 header (cell-lines.ts); columns separated by spaces
 * (`1 居民消费价格涨幅3%左右 发展改革委`) under a 序号 … header. Web-page lines (来源, 字号, phone) are dropped;
 * the page footer (相关链接, 版权所有) ends the text once the plan has begun.
 */
import { isHeaderCell } from "./cell-columns";
import { readCellLines } from "./cell-lines";
import { readUnnumberedCellLines } from "./unnumbered-cell-lines";
import { classifyLine, splitLines, trimLine } from "./lines";
import { readMarker } from "./markers";
import { splitRunInHeading } from "./run-in-heading";
import { readRunTogetherTable } from "./run-together-table";
import { attachmentListLine } from "./attachment-list";
import { Block, tableRow } from "./source";

/** `序号 工 作 任 务 牵头负责部门`: a header of space-separated columns. */
function spacedHeader(line: string): string[] | null {
  const compact = line.replace(/[\s\u3000]/g, "");
  if (!/^序号/.test(compact) || !/(?:单位|部门|处室)$/.test(compact)) return null;
  const m = /^序号(.+?)((?:牵头|责任|配合|负责|承办|落实)\S*(?:单位|部门|处室))$/.exec(compact);
  return m ? ["序号", m[1], m[2]] : null;
}

/**
 * Where a page runs the whole plan into one line (its paragraphs joined by spaces: `… 一、… 1.… 责任单位:…
 * 2.…`), the places a paragraph began: a space before a part or item number, or before a department label.
 */
const RUN_ON_BREAK =
  /[\s\u3000]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,3}[.．、](?![0-9０-９])|(?:牵头|责任|配合|协办|主办)(?:单位|部门|处室|科室)[:：])/g;

/** A long line with several such places, split there; any other line as it is. */
function splitRunOn(line: string): string[] {
  if ([...line].length < 150 || /[|｜]/.test(line)) return [line];
  const parts = line
    .split(RUN_ON_BREAK)
    .map(trimLine)
    .filter((p) => p !== "");
  return parts.length >= 4 ? parts : [line];
}

/** A markdown table's separator line: `|---|:---:|`. */
const MARKDOWN_SEPARATOR = /^[|｜]?(?:\s*:?-{3,}:?\s*[|｜])+\s*:?-*:?\s*$/;

/** A markdown row's cells: the text between its outer `|`s, split at the inner ones. */
function markdownCells(text: string): string[] {
  return text
    .replace(/^\s*[|｜]/, "")
    .replace(/[|｜]\s*$/, "")
    .split(/[|｜]/);
}

/**
 * A markdown table at `start`: a `| a | b |` header, a `|---|---|` separator, then rows that start with `|`.
 * A row's cells may be broken over several lines (`| 机构职能信息 |` / `领导信息` / `|` / `… | 办公室 |`): its
 * lines are joined until it has the header's number of cells. Null if `start` is no such header.
 */
function readMarkdownTable(
  lines: readonly string[],
  start: number,
): { rows: string[][]; next: number } | null {
  const head = lines[start];
  if (!/^[|｜]/.test(head) || !MARKDOWN_SEPARATOR.test(lines[start + 1] ?? "")) return null;
  const header = markdownCells(head).map((c) => c.trim());
  if (header.length < 2) return null;
  const rows: string[][] = [header];
  let i = start + 2;
  let next = i;
  let open: string[] = [];
  for (; i < lines.length; i++) {
    const line = trimLine(lines[i]);
    if (open.length === 0) {
      // A row starts with `|`; anything else ends the table.
      if (!/^[|｜]/.test(line)) break;
    } else if (line === "") continue;
    open.push(line);
    const joined = open.join("\n");
    const cells = markdownCells(joined);
    // Complete once it has the header's cells and closes with `|` (a lone `|` line may close a cell).
    if (cells.length >= header.length && /[|｜]$/.test(line)) {
      rows.push(cells);
      open = [];
      next = i + 1;
    }
  }
  return rows.length > 1 ? { rows, next } : null;
}

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  // Each line with the source line it came from (a run-on line gives several).
  const lines: string[] = [];
  const origin: number[] = [];
  splitLines(text).forEach((raw, n) => {
    for (const part of splitRunOn(trimLine(raw)).flatMap(splitRunInHeading)) {
      lines.push(part);
      origin.push(n + 1);
    }
  });
  let begun = false;
  let cellRun: { width: number; cells: string[]; line: number } | null = null;
  let spaced: string[] | null = null;
  const flushCells = (): void => {
    if (!cellRun) return;
    const rows: string[][] = [];
    for (let i = 0; i < cellRun.cells.length; i += cellRun.width)
      rows.push(cellRun.cells.slice(i, i + cellRun.width));
    blocks.push({ kind: "table", rows, line: cellRun.line });
    cellRun = null;
  };
  let listing = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = classifyLine(line);
    if (kind === "footer") {
      if (begun) break;
      continue;
    }
    if (kind === "blank" || kind === "boilerplate") continue;
    // A notice's list of its attachments (附件：1. …分解表 / 2. …方案) names documents, not tasks.
    listing = attachmentListLine(line, listing);
    if (listing) continue;
    if (readMarker(line)) begun = true;

    // One cell per line after a header of one cell per line: regroup into rows.
    if (cellRun) {
      if (tableRow(line) && line.split(/[|｜]/).filter((c) => c.trim() !== "").length >= 2) flushCells();
      else {
        cellRun.cells.push(line.replace(/\s*[|｜]\s*$/, ""));
        continue;
      }
    }
    // A table whose cells a page ran together (序号项目名称…牵头单位配合单位1…): run-together-table.ts.
    const runTogether = readRunTogetherTable(lines, i, (k) => origin[k]);
    if (runTogether) {
      begun = true;
      blocks.push(...runTogether.blocks);
      i = runTogether.next - 1;
      continue;
    }
    // One cell per line and no separators, under a header that starts with 序号.
    const cellLines = readCellLines(lines, i) ?? readUnnumberedCellLines(lines, i);
    if (cellLines) {
      begun = true;
      // A part heading inside the table is a paragraph of its own; the rows after it are a table again
      // (under the same header).
      const [head, ...rest] = cellLines.rows;
      let table: string[][] | null = null;
      for (const row of rest) {
        if (row.length === 1) {
          blocks.push({ kind: "paragraph", text: row[0], line: origin[i] });
          table = null;
          continue;
        }
        if (!table) {
          table = [head];
          blocks.push({ kind: "table", rows: table, line: origin[i] });
        }
        table.push(row);
      }
      i = cellLines.next - 1;
      continue;
    }
    const single = /^[^|｜]+[|｜]$/.test(line);
    if (single && isHeaderCell(line.slice(0, -1))) {
      let k = i;
      const header: string[] = [];
      while (k < lines.length && /^[^|｜]+[|｜]$/.test(lines[k]) && isHeaderCell(lines[k].slice(0, -1))) {
        header.push(lines[k].slice(0, -1).trim());
        k += 1;
      }
      if (header.length >= 2) {
        begun = true;
        cellRun = { width: header.length, cells: [...header], line: origin[i] };
        i = k - 1;
        continue;
      }
    }
    const header = spacedHeader(line);
    if (header) {
      spaced = header;
      begun = true;
      blocks.push({ kind: "table", rows: [header], line: origin[i] });
      continue;
    }
    if (spaced) {
      const m = /^([0-9０-９]{1,3})[\s\u3000]+(.+?)[\s\u3000]+(\S+)$/.exec(line);
      const last = blocks[blocks.length - 1];
      if (m && last?.kind === "table") {
        last.rows.push([m[1], m[2], m[3]]);
        continue;
      }
      spaced = null;
    }
    const markdown = readMarkdownTable(lines, i);
    if (markdown) {
      begun = true;
      blocks.push({ kind: "table", rows: markdown.rows, line: origin[i], header: true });
      i = markdown.next - 1;
      continue;
    }
    // A lone `|` between a table's rows (an empty row) does not end the table.
    if (/^[|｜]$/.test(line) && blocks[blocks.length - 1]?.kind === "table") continue;
    const row = tableRow(line);
    if (row) {
      begun = true;
      const last = blocks[blocks.length - 1];
      if (last?.kind === "table") last.rows.push(row);
      else blocks.push({ kind: "table", rows: [row], line: origin[i] });
      continue;
    }
    blocks.push({ kind: "paragraph", text: line, line: origin[i] });
  }
  flushCells();
  return blocks;
}
