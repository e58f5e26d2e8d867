/** `host.workbook`: direct inspection and seeding of the in-memory workbook for tests (no proxies, no sync). */
import { Rect, cellKey, fullAddress, localAddress, parseAddress, parseKey } from "./address";
import { hostError } from "./errors";
import { ApiValue, RangeEntity, formatAt, readFormulas, readText, readValues } from "./model/cells";
import { parseInput } from "./model/input";
import { bodyRect } from "./model/table-ops";
import type { CellFormat, SheetModel, ValidationModel } from "./model/types";
import type { WorkbookModel } from "./model/workbook-model";

function boundingGroups(keys: string[]): Rect[] {
  const cells = keys.map(parseKey).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const rects: Rect[] = [];
  for (const [r, c] of cells) {
    const last = rects[rects.length - 1];
    if (last && last.col === c && last.cols === 1 && last.row + last.rows === r) last.rows++;
    else rects.push({ row: r, col: c, rows: 1, cols: 1 });
  }
  const merged: Rect[] = [];
  for (const rect of rects) {
    const prev = merged.find(
      (m) => m.row === rect.row && m.rows === rect.rows && m.col + m.cols === rect.col,
    );
    if (prev) prev.cols++;
    else merged.push({ ...rect });
  }
  return merged;
}

export class WorkbookInspector {
  constructor(readonly model: WorkbookModel) {}

  private sheet(name: string): SheetModel {
    const s = this.model.findSheet(name);
    if (!s) throw hostError("ItemNotFound", `Excel test host: no worksheet "${name}"`);
    return s;
  }

  /** "台账!A1:C3" or ("台账", "A1:C3"). */
  range(address: string, local?: string): RangeEntity {
    const p = parseAddress(
      local === undefined
        ? address
        : `${address}!${local}`.replace(/^'?(.*?)'?!/, (_m, n: string) => `'${n.replace(/'/g, "''")}'!`),
    );
    if (!p.sheet)
      throw hostError("InvalidArgument", `Excel test host: address "${address}" needs a sheet name`);
    return { sheet: this.sheet(p.sheet), rect: p.rect };
  }

  getSheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }
  activeSheet(): string {
    return this.model.sheetById(this.model.activeSheetId).name;
  }
  addSheet(name: string): void {
    this.model.addSheet(name);
  }
  values(address: string): ApiValue[][] {
    return readValues(this.model, this.range(address));
  }
  value(address: string): ApiValue {
    return this.values(address)[0][0];
  }
  formulas(address: string): ApiValue[][] {
    return readFormulas(this.model, this.range(address));
  }
  text(address: string): string[][] {
    return readText(this.model, this.range(address));
  }
  format(address: string): CellFormat {
    const e = this.range(address);
    return { ...formatAt(e.sheet, e.rect.row, e.rect.col) };
  }
  /** Sets cells directly (typed-input parsing, no protection/validation checks, no events). */
  seed(address: string, values: unknown[][]): void {
    const e = this.range(address);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = e.rect.row + i;
        const c = e.rect.col + j;
        const fmt = formatAt(e.sheet, r, c);
        const parsed = parseInput(v, fmt.numberFormat, "seed");
        if (parsed.cell === undefined) return;
        this.model.setCell(e.sheet, r, c, parsed.cell);
        if (parsed.autoFormat && (fmt.numberFormat ?? "General") === "General") {
          e.sheet.formats.set(cellKey(r, c), { ...fmt, numberFormat: parsed.autoFormat });
        }
      }),
    );
  }
  usedRange(sheet: string, valuesOnly = true): string | null {
    const s = this.sheet(sheet);
    const u = this.model.usedRect(s, valuesOnly);
    return u ? fullAddress(s.name, u) : null;
  }
  tables() {
    return this.model.tables.map((t) => {
      const sheet = this.model.sheetById(t.sheetId);
      return {
        id: t.id,
        name: t.name,
        sheet: sheet.name,
        address: fullAddress(sheet.name, t.rect),
        dataBodyAddress: fullAddress(sheet.name, bodyRect(t)),
        columns: t.columns.map((c) => c.name),
        rowCount: bodyRect(t).rows,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        style: t.style,
        showBandedRows: t.showBandedRows,
        filters: Object.fromEntries([...t.filters].map(([k, v]) => [t.columns[k]?.name ?? String(k), v])),
      };
    });
  }
  dataValidations(sheet?: string) {
    const out: {
      sheet: string;
      addresses: string[];
      type: string;
      rule: unknown;
      errorAlert: unknown;
      prompt: unknown;
      ignoreBlanks: boolean;
    }[] = [];
    for (const s of sheet ? [this.sheet(sheet)] : this.model.sheets) {
      const groups = new Map<ValidationModel, string[]>();
      for (const [k, dv] of s.validations) groups.set(dv, [...(groups.get(dv) ?? []), k]);
      for (const [dv, keys] of groups) {
        out.push({
          sheet: s.name,
          addresses: boundingGroups(keys).map(localAddress),
          type: dv.type,
          rule: dv.rule,
          errorAlert: dv.errorAlert,
          prompt: dv.prompt,
          ignoreBlanks: dv.ignoreBlanks,
        });
      }
    }
    return out;
  }
  conditionalFormats(sheet?: string) {
    return (sheet ? [this.sheet(sheet)] : this.model.sheets).flatMap((s) =>
      [...s.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          sheet: s.name,
          addresses: cf.areas.map(localAddress),
          type: cf.type,
          rule: cf.rule,
          format: cf.format,
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
        })),
    );
  }
  names() {
    return this.model.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      visible: n.visible,
      scope: n.scopeSheetId ? this.model.sheetById(n.scopeSheetId).name : "Workbook",
    }));
  }
  pivots() {
    return this.model.pivots.map((p) => {
      const sheet = this.model.sheetById(p.sheetId);
      return {
        name: p.name,
        sheet: sheet.name,
        address: p.rendered ? fullAddress(sheet.name, p.rendered) : null,
        dataBodyAddress: p.dataBody ? fullAddress(sheet.name, p.dataBody) : null,
        rows: [...p.rows],
        columns: [...p.columns],
        data: p.data.map((d) => ({ ...d })),
        filters: [...p.filters],
        manualFilters: Object.fromEntries(p.manualFilters),
        layoutType: p.layoutType,
        cells: p.rendered ? readValues(this.model, { sheet, rect: p.rendered }) : [],
      };
    });
  }
  freezePanes(sheet: string): { rows: number; columns: number } | null {
    const f = this.sheet(sheet).freeze;
    return f ? { rows: f.rows, columns: f.cols } : null;
  }
  /** Row height in points (row is the 1-based row number). */
  rowHeight(sheet: string, row: number): number | undefined {
    return this.sheet(sheet).rowHeights.get(row - 1);
  }
  /** Column width in points ("A" or 0-based index). */
  columnWidth(sheet: string, column: string | number): number | undefined {
    const col = typeof column === "number" ? column : parseAddress(`${column}1`).rect.col;
    return this.sheet(sheet).columnWidths.get(col);
  }
  /** 1-based row numbers hidden by filters or rowHidden. */
  hiddenRows(sheet: string): number[] {
    return [...this.sheet(sheet).hiddenRows].sort((a, b) => a - b).map((r) => r + 1);
  }
  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(localAddress);
  }
  protection(sheet: string) {
    const p = this.sheet(sheet).protection;
    return { protected: p.protected, options: { ...p.options } };
  }
  pageLayout(sheet: string) {
    return JSON.parse(JSON.stringify(this.sheet(sheet).pageLayout)) as SheetModel["pageLayout"];
  }
  sheetInfo(sheet: string) {
    const s = this.sheet(sheet);
    return {
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
      position: this.model.sheets.indexOf(s),
    };
  }
  /** Circular references met while evaluating formulas. */
  get warnings(): string[] {
    return this.model.warnings;
  }
}
