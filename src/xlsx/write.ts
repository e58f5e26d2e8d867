/**
 * writeLedgerXlsx: LedgerSpec -> .xlsx bytes with ExcelJS. Translates the spec and decides nothing.
 * No node-only APIs: runs in the browser too. The caller writes the bytes.
 */
import ExcelJS from "exceljs";
import { encodeXstring } from "./xstring";
import { columnLetter, rangeAddress } from "../core/ledger/a1";
import { CellBlock, CellValue, LedgerSpec, SheetSpec } from "../core/ledger/types";
import { argb, resolveStyles } from "./styles";
import "./zip-utf8";

export async function writeLedgerXlsx(spec: LedgerSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "台账 Taizhang";
  wb.calcProperties.fullCalcOnLoad = spec.fullCalcOnLoad;
  for (const sheet of spec.sheets) await writeSheet(wb, sheet);
  const names = spec.names.map((n) => ({ name: n.name, ranges: [n.formula] }));
  // ExcelJS keeps names as cell matrices (ranges only); a formula name (OFFSET…) needs the raw model.
  Object.defineProperty(wb.definedNames, "model", {
    get: () => names,
    set: () => undefined,
    configurable: true,
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** ExcelJS 4.4 has `worksheet.dataValidations.add(range, …)` (one entry per range) but does not type it. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (typeof v === "string") return encodeXstring(v);
  if (v === null || typeof v !== "object") return v;
  if ("formula" in v) return { formula: v.formula } as ExcelJS.CellFormulaValue;
  if ("literal" in v) return encodeXstring(v.literal);
  return new Date(v.date);
}

async function writeSheet(wb: ExcelJS.Workbook, s: SheetSpec): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    properties: s.tabColor ? { tabColor: argb(s.tabColor) } : {},
    views: [
      s.freeze
        ? { state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows, showGridLines: s.showGridLines }
        : { state: "normal", showGridLines: s.showGridLines },
    ],
  });
  for (const c of s.columns) ws.getColumn(c.col).width = c.width;
  // A table stores its body itself (ExcelJS writes the rows it is given into the cells): those cells are
  // left to it rather than written twice.
  const inTableBody = (r: number, c: number) =>
    s.tables.some(({ range: t }) => r > t.row && r < t.row + t.rows && c >= t.col && c < t.col + t.cols);
  for (const block of s.blocks) {
    block.values.forEach((line, i) => {
      const row = ws.getRow(block.row + i);
      line.forEach((v, j) => {
        if (v !== null && !inTableBody(block.row + i, block.col + j)) {
          row.getCell(block.col + j).value = toExcelValue(v);
        }
      });
    });
  }
  for (const t of s.tables) {
    const { row, col, rows, cols } = t.range;
    const body: ExcelJS.CellValue[][] = [];
    for (let r = row + 1; r < row + rows; r++) body.push(specRow(s.blocks, r, col, cols));
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: `${columnLetter(col)}${row}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: t.showRowStripes },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: body,
    });
  }
  let styledRow: ExcelJS.Row = ws.getRow(1);
  resolveStyles(s.styles, s.protection?.unlocked ?? [], (r, c, style) => {
    if (styledRow.number !== r) styledRow = ws.getRow(r);
    styledRow.getCell(c).style = style;
  });
  for (const h of s.rowHeights) h.heights.forEach((pt, i) => (ws.getRow(h.row + i).height = pt));
  for (const m of s.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  for (const v of s.validations) {
    (ws as unknown as WithValidations).dataValidations.add(rangeAddress(v.range), {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [v.source],
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.text,
      showErrorMessage: true,
      errorStyle: v.error.style,
      errorTitle: v.error.title,
      error: v.error.text,
    });
  }
  s.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            ...(cf.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(cf.fill) } } : {}),
            ...(cf.font
              ? { font: { ...(cf.font.color ? { color: argb(cf.font.color) } : {}), bold: cf.font.bold } }
              : {}),
          },
        },
      ],
    });
  });
  const p = s.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.horizontalCentered,
    margins: p.margins,
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
  };
  if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}` };
  if (s.visibility && s.visibility !== "visible") ws.state = s.visibility;
  if (s.protection) await protect(ws);
}

/** Protects the sheet; its unlocked cells got their style (protection.locked = false) with the others. */
async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  });
}

/** The spec's values of `cols` cells of row `r` from column `col` (null where no block has one). */
function specRow(blocks: readonly CellBlock[], r: number, col: number, cols: number): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = new Array<ExcelJS.CellValue>(cols).fill(null);
  for (const b of blocks) {
    const line = b.values[r - b.row];
    if (!line) continue;
    for (let j = 0; j < cols; j++) {
      const v = line[col + j - b.col];
      if (v !== undefined && v !== null) out[j] = toExcelValue(v);
    }
  }
  return out;
}
