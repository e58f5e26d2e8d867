/**
 * Plain text → blocks. One paragraph per line; a table as pages render it becomes a table block:
 * `a | b | c |` rows; one cell per line (`序号 |`, `工作任务 |` …), regrouped into rows of the header's width;
 * one cell per line without separators under a 序号 header (cell-lines.ts); columns separated by spaces
 * (`1 居民消费价格涨幅3%左右 发展改革委`) under a 序号 … header. Web-page lines (来源, 字号, phone) are dropped;
 * the page footer (相关链接, 版权所有) ends the text once the plan has begun.
 */
import { isHeaderCell, readCellLines } from "./cell-lines";
import { classifyLine, splitLines, trimLine } from "./lines";
import { readMarker } from "./markers";
import { Block, tableRow } from "./source";

/** `序号 工 作 任 务 牵头负责部门`: a header of space-separated columns. */
function spacedHeader(line: string): string[] | null {
  const compact = line.replace(/[\s\u3000]/g, "");
  if (!/^序号/.test(compact) || !/(?:单位|部门|处室)$/.test(compact)) return null;
  const m = /^序号(.+?)((?:牵头|责任|配合|负责|承办|落实)\S*(?:单位|部门|处室))$/.exec(compact);
  return m ? ["序号", m[1], m[2]] : null;
}

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = splitLines(text).map(trimLine);
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
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = classifyLine(line);
    if (kind === "footer") {
      if (begun) break;
      continue;
    }
    if (kind === "blank" || kind === "boilerplate") continue;
    if (readMarker(line)) begun = true;

    // One cell per line after a header of one cell per line: regroup into rows.
    if (cellRun) {
      if (tableRow(line) && line.split(/[|｜]/).filter((c) => c.trim() !== "").length >= 2) flushCells();
      else {
        cellRun.cells.push(line.replace(/\s*[|｜]\s*$/, ""));
        continue;
      }
    }
    // One cell per line and no separators, under a header that starts with 序号.
    const cellLines = readCellLines(lines, i);
    if (cellLines) {
      begun = true;
      blocks.push({ kind: "table", rows: cellLines.rows, line: i + 1 });
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
        cellRun = { width: header.length, cells: [...header], line: i + 1 };
        i = k - 1;
        continue;
      }
    }
    const header = spacedHeader(line);
    if (header) {
      spaced = header;
      begun = true;
      blocks.push({ kind: "table", rows: [header], line: i + 1 });
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
    const row = tableRow(line);
    if (row) {
      begun = true;
      const last = blocks[blocks.length - 1];
      if (last?.kind === "table") last.rows.push(row);
      else blocks.push({ kind: "table", rows: [row], line: i + 1 });
      continue;
    }
    blocks.push({ kind: "paragraph", text: line, line: i + 1 });
  }
  flushCells();
  return blocks;
}
