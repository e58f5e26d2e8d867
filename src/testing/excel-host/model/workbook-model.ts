/**
 * The in-memory workbook: sheets, cells, tables, names, pivots; evaluates formulas lazily. Sheet-name rules are in
 * sheet-name.ts, the used range in used-range.ts, rewriting every stored formula in formula-rewrite.ts.
 */
import { Rect, cellKey, fullAddress, intersect } from "../address";
import { hostError, invalidArgument, itemNotFound } from "../errors";
import { renameSheetInFormula } from "../formula/adjust";
import { FormulaEnv, TableInfo, evaluateFormula } from "../formula/evaluator";
import { CellError, ScalarOrError } from "../formula/values";
import { newSheet } from "./defaults";
import { rewriteStoredFormulas } from "./formula-rewrite";
import { checkSheetName } from "./sheet-name";
import type { Cell, ChangeRecord, NameModel, PivotModel, SheetModel, TableModel } from "./types";
import { usedRectOf } from "./used-range";

export class WorkbookModel implements FormulaEnv {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  pivots: PivotModel[] = [];
  activeSheetId = "";
  changes: ChangeRecord[] = [];
  warnings: string[] = [];
  version = 0;
  private nextSheet = 1;
  private nextTable = 1;
  private nextPivot = 1;
  private cache = new Map<string, ScalarOrError>();
  private cacheVersion = -1;
  private evaluating = new Set<string>();
  private limitCache: { version: number; rows: number; cols: number } | null = null;

  constructor(readonly locale: string) {
    this.addSheet("Sheet1");
  }

  touch(): void {
    this.version++;
  }

  // ---- sheets -------------------------------------------------------------------------------------------------

  sheetById(id: string): SheetModel {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw itemNotFound("Worksheet", `worksheet id ${id}`);
    return s;
  }

  findSheet(name: string): SheetModel | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  sheetByName(name: string, location = "WorksheetCollection.getItem"): SheetModel {
    const s = this.findSheet(name) ?? this.sheets.find((x) => x.id === name);
    if (!s) throw itemNotFound(location, `worksheet "${name}"`);
    return s;
  }

  validateSheetName(name: string, except?: SheetModel): void {
    checkSheetName(name, (n) => this.findSheet(n), except);
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n);
    const id = `{00000000-0001-0000-${String(this.nextSheet++).padStart(4, "0")}-000000000000}`;
    const sheet = newSheet(id, n);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = id;
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetInFormula(f, old, name));
    this.touch();
  }

  /** Applies `fn` to every stored formula (cells, names, conditional formats). */
  rewriteFormulas(fn: (formula: string, home: SheetModel) => string): void {
    rewriteStoredFormulas(this.sheets, this.names, (id) => this.sheetById(id), fn);
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (this.sheets.length === 1 || (visible.length === 1 && visible[0] === sheet)) {
      throw hostError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete",
      );
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.pivots = this.pivots.filter((p) => p.sheetId !== sheet.id);
    this.names = this.names.filter((n) => n.scopeSheetId !== sheet.id);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")!.id;
    this.touch();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (position < 0 || position >= this.sheets.length)
      throw invalidArgument("Worksheet.position", String(position));
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  // ---- cells --------------------------------------------------------------------------------------------------

  cell(sheet: SheetModel, row: number, col: number): Cell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  setCell(sheet: SheetModel, row: number, col: number, cell: Cell | null): void {
    const key = cellKey(row, col);
    if (cell === null) sheet.cells.delete(key);
    else sheet.cells.set(key, cell);
    this.touch();
    for (const t of this.tables) {
      if (
        t.sheetId === sheet.id &&
        t.showHeaders &&
        row === t.rect.row &&
        col >= t.rect.col &&
        col < t.rect.col + t.rect.cols
      ) {
        this.syncHeaderName(t, col - t.rect.col);
      }
    }
  }

  /** Keeps a table's column name equal to its header cell text (unique, never empty), as Excel does. */
  syncHeaderName(t: TableModel, index: number): void {
    const sheet = this.sheetById(t.sheetId);
    const key = cellKey(t.rect.row, t.rect.col + index);
    const v = this.cellValue(sheet.id, t.rect.row, t.rect.col + index);
    let name = v === null || v instanceof CellError ? "" : String(v);
    if (name === "") name = `列${index + 1}`;
    const others = t.columns.filter((_, i) => i !== index).map((c) => c.name.toLowerCase());
    let unique = name;
    for (let k = 2; others.includes(unique.toLowerCase()); k++) unique = `${name}${k}`;
    t.columns[index].name = unique;
    if (sheet.cells.get(key)?.value !== unique) sheet.cells.set(key, { value: unique });
  }

  /** Literal or evaluated value; `null` for empty. */
  cellValue(sheetId: string, row: number, col: number): ScalarOrError {
    const sheet = this.sheets.find((s) => s.id === sheetId);
    if (!sheet) return new CellError("#REF!");
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) return null;
    if (c.formula === undefined) return c.value ?? null;
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    const key = `${sheetId}|${row},${col}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    if (this.evaluating.has(key)) {
      this.warnings.push(`circular reference at ${fullAddress(sheet.name, { row, col, rows: 1, cols: 1 })}`);
      return 0;
    }
    this.evaluating.add(key);
    try {
      const v = evaluateFormula(this, c.formula, sheetId, row, col);
      this.cache.set(key, v);
      return v;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** Bounding rectangle of non-empty cells (values only) or of cells with values or formats. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    return usedRectOf(sheet, this.tables, valuesOnly);
  }

  // ---- FormulaEnv ---------------------------------------------------------------------------------------------

  sheetIdByName(name: string): string | null {
    return this.findSheet(name)?.id ?? null;
  }

  usedLimit(): { rows: number; cols: number } {
    if (this.limitCache?.version === this.version) return this.limitCache;
    let rows = 0;
    let cols = 0;
    for (const s of this.sheets) {
      const u = this.usedRect(s, true);
      if (u) {
        rows = Math.max(rows, u.row + u.rows);
        cols = Math.max(cols, u.col + u.cols);
      }
    }
    this.limitCache = { version: this.version, rows, cols };
    return this.limitCache;
  }

  definedName(name: string, sheetId: string): { formula: string; sheetId: string } | null {
    const low = name.toLowerCase();
    const n =
      this.names.find((x) => x.name.toLowerCase() === low && x.scopeSheetId === sheetId) ??
      this.names.find((x) => x.name.toLowerCase() === low && x.scopeSheetId === null);
    if (!n) return null;
    const formula = n.formula.startsWith("=") ? n.formula : `=${JSON.stringify(n.formula)}`;
    return { formula, sheetId: n.scopeSheetId ?? sheetId };
  }

  table(name: string): TableInfo | null {
    const t = this.findTable(name);
    if (!t) return null;
    return {
      sheetId: t.sheetId,
      rect: t.rect,
      columns: t.columns.map((c) => c.name),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
    };
  }

  findTable(nameOrId: string): TableModel | undefined {
    const low = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === low || t.id === nameOrId);
  }

  newTableId(): string {
    return String(this.nextTable++);
  }

  newPivotId(): string {
    return `{PIVOT-${this.nextPivot++}}`;
  }

  tablesOverlapping(sheetId: string, rect: Rect): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheetId && intersect(t.rect, rect));
  }

  pivotsOverlapping(sheetId: string, rect: Rect): PivotModel[] {
    return this.pivots.filter((p) => p.sheetId === sheetId && p.rendered && intersect(p.rendered, rect));
  }

  recordChange(change: ChangeRecord): void {
    this.changes.push(change);
  }

  drainChanges(): ChangeRecord[] {
    const out = this.changes;
    this.changes = [];
    return out;
  }
}
