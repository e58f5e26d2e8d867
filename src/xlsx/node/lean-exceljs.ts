/**
 * Node only: `require("exceljs")` also loads ExcelJS's streaming reader and writer (unzipper, archiver and their
 * dependencies) — about 200 ms of a command's start-up here — which Taizhang never uses: it reads and writes whole
 * workbooks through `ExcelJS.Workbook`. `useLeanExcelJS()`, called by the CLI before any command loads, puts
 * into node's module cache, under exceljs's own entry, the same exports without `stream`: Workbook,
 * ModelContainer and the enums, from the files the full entry takes them from (lib/exceljs.nodejs.js,
 * exceljs 4.4). The browser build is not concerned (webpack takes exceljs's browser bundle).
 * Does nothing when exceljs is loaded already or its files are not where 4.4 has them.
 */
import Module from "node:module";

/** Stands in for ExcelJS's CSV class, which workbook.js only constructs when `workbook.csv` is used. */
class NoCsv {
  constructor() {
    throw new Error("taizhang: ExcelJS 的 CSV 功能未加载（useLeanExcelJS）");
  }
}

function cache(path: string, exports: unknown): void {
  const m = new Module(path, module);
  m.filename = path;
  m.loaded = true;
  m.exports = exports;
  require.cache[path] = m;
}

/* eslint-disable @typescript-eslint/no-require-imports -- node's module cache is the point here */

/** Installs the lean entry (once per process). Returns whether `require("exceljs")` now gives it. */
export function useLeanExcelJS(): boolean {
  let entry: string;
  try {
    entry = require.resolve("exceljs");
  } catch {
    return false;
  }
  const cached = require.cache[entry];
  if (cached) return (cached.exports as { stream?: unknown }).stream === undefined;
  try {
    // ExcelJS's CSV support (fast-csv, ~50 ms to load) is reached only through `workbook.csv`: never here.
    cache(require.resolve("exceljs/lib/csv/csv"), NoCsv);
    const Workbook = require("exceljs/lib/doc/workbook") as unknown;
    const ModelContainer = require("exceljs/lib/doc/modelcontainer") as unknown;
    const enums = require("exceljs/lib/doc/enums") as Record<string, unknown>;
    if (typeof Workbook !== "function" || typeof enums !== "object") return false;
    cache(entry, { Workbook, ModelContainer, ...enums });
    return true;
  } catch {
    return false;
  }
}
