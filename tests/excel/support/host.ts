/** Shared by the Office.js adapter tests: an installed in-memory Excel host and the bundled 2019 plan. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Plan } from "../../../src/core/plan/types";
import {
  ExcelHost,
  ExcelHostOptions,
  createExcelHost,
  installExcelHost,
} from "../../../src/testing/excel-host";

/** A fresh host installed as the `Excel`/`Office` globals (empty workbook with one sheet). */
export function installHost(options: ExcelHostOptions = {}): ExcelHost {
  const host = createExcelHost({ autoStart: false, ...options });
  installExcelHost(globalThis, host);
  return host;
}

export function plan2019(): Plan {
  return JSON.parse(readFileSync(resolve(__dirname, "../../../data/plans/cnipa-2019.json"), "utf8")) as Plan;
}

/** Everything a person could see or lose in the workbook, as plain data (for before/after comparisons). */
export function workbookSnapshot(host: ExcelHost): unknown {
  const m = host.workbook.model;
  const plainMap = (x: Map<unknown, unknown>) => [...x.entries()].map(([k, v]) => [k, v]);
  return JSON.parse(
    JSON.stringify({
      sheets: m.sheets.map((s) => ({
        name: s.name,
        cells: plainMap(s.cells),
        formats: plainMap(s.formats),
        validations: plainMap(s.validations),
        conditionalFormats: s.conditionalFormats,
        rowHeights: plainMap(s.rowHeights),
        columnWidths: plainMap(s.columnWidths),
        merges: s.merges,
        freeze: s.freeze,
        pageLayout: s.pageLayout,
        tabColor: s.tabColor,
        showGridlines: s.showGridlines,
      })),
      tables: host.workbook.tables(),
      names: host.workbook.names(),
    }),
  );
}

export const CAPS = { pivotTables: true, dataValidation: true } as const;
