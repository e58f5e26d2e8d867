/**
 * A task table kept in Excel (.xlsx: 序号 · 工作任务 · 牵头单位 · 配合单位 · 完成时限, or any sheet of the
 * genre) → blocks: text cells above the table as paragraphs (title, notes), the rest as table rows. A merged
 * cell gives its text to every cell it covers, as a reader reads it. The sheet read is the first one that
 * has a header row the reader knows; else the first sheet.
 */
import ExcelJS from "exceljs";
import { Block } from "../core/plan/source";
import { labelMeaning, namesNoOne } from "../core/plan/roles";
import { loadWorkbook } from "../xlsx/load-workbook";

function cellText(cell: ExcelJS.Cell): string {
  const master = cell.isMerged ? cell.master : cell;
  const v = master.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return v.result === undefined || v.result === null ? "" : String(v.result);
  }
  return String(v).trim();
}

function rows(sheet: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    out.push(cells);
  }
  return out;
}

function headerIndex(table: string[][]): number {
  return table.findIndex(
    (row) =>
      row.filter((c) => /序号|任务|内容|措施|要求/.test(c)).length >= 1 &&
      row.some((c) => {
        const m = labelMeaning(c);
        return m !== null && m !== "deadline" && !namesNoOne(m);
      }),
  );
}

export class XlsxPlanError extends Error {}

export async function readXlsxPlan(bytes: Uint8Array): Promise<Block[]> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch {
    throw new XlsxPlanError("不是有效的 Excel（.xlsx）文件");
  }
  const sheets = workbook.worksheets.filter((s) => s.state === "visible");
  if (sheets.length === 0) throw new XlsxPlanError("工作簿中没有可见的工作表");
  const tables = sheets.map(rows);
  const at = tables.findIndex((t) => headerIndex(t) >= 0);
  const table = tables[at >= 0 ? at : 0];
  const header = Math.max(0, headerIndex(table));
  const blocks: Block[] = [];
  table.slice(0, header).forEach((row, r) => {
    const text = row.filter((c) => c !== "").join(" ");
    if (text !== "") blocks.push({ kind: "paragraph", text, line: r + 1 });
  });
  const body = table.slice(header).filter((row) => row.some((c) => c !== ""));
  if (body.length > 0) blocks.push({ kind: "table", rows: body, line: header + 1 });
  return blocks;
}
