/** Every formula the workbook stores (cells, conditional formats, list validations, names), rewritten at once. */
import type { NameModel, SheetModel } from "./types";

/** Applies `fn` to every stored formula; `home` is the sheet a formula is read from (a name's scope, else the first). */
export function rewriteStoredFormulas(
  sheets: SheetModel[],
  names: NameModel[],
  sheetById: (id: string) => SheetModel,
  fn: (formula: string, home: SheetModel) => string,
): void {
  for (const s of sheets) {
    for (const cell of s.cells.values()) if (cell.formula) cell.formula = fn(cell.formula, s);
    for (const cf of s.conditionalFormats) {
      for (const k of ["formula", "formula1", "formula2"]) {
        const f = cf.rule[k];
        if (typeof f === "string" && f.startsWith("=")) cf.rule[k] = fn(f, s);
      }
    }
    for (const dv of new Set(s.validations.values())) {
      const list = dv.rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string" && list.source.startsWith("="))
        list.source = fn(list.source, s);
    }
  }
  for (const n of names) {
    const home = n.scopeSheetId ? sheetById(n.scopeSheetId) : sheets[0];
    if (n.formula.startsWith("=")) n.formula = fn(n.formula, home);
  }
}
