/**
 * The 部门汇总 sheet: per department, items in each status, total, done and completion rate — for lead roles
 * only and for all roles — as live SUMIFS over the 责任分解 sheet. Works without the add-in in Excel, WPS and
 * LibreOffice. The add-in's PivotTable goes to the right (see SUMMARY_LAYOUT.pivotGapColumns).
 */
import { StatusDef } from "../status/statuses";
import { Plan } from "../plan/types";
import { cellAddress, columnLetter, range } from "./a1";
import { text } from "./cells";
import { NAMES, SHEETS, SUMMARY_LAYOUT } from "./constants";
import {
  COLORS,
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "./look";
import { ROLE_LABELS } from "./roles";
import { SUMMARY_EXTRA_COLUMNS, SummaryExtraColumn } from "./summary-deadline";
import { CellValue, SheetSpec } from "./types";

export interface SummarySheetResult {
  sheet: SheetSpec;
  pivotAnchor: { row: number; col: number };
}

export interface SummaryGroup {
  title: string;
  /** Extra SUMIFS criteria pair, e.g. role = 牵头, or null for all roles. */
  roleCriterion: string | null;
}

export const SUMMARY_GROUPS: readonly SummaryGroup[] = [
  { title: "牵头事项", roleCriterion: ROLE_LABELS.lead },
  { title: "全部事项（含牵头、负责、分工负责、督促、配合）", roleCriterion: null },
];

export const SUMMARY_TOTAL_LABEL = "全部工作任务（按事项计）";

/** Columns of one group: one per status, then 合计, 完成数 (items in a done status), 完成率. */
export function groupWidth(statuses: readonly StatusDef[]): number {
  return statuses.length + 3;
}

/**
 * `ledgerColumns`: each department's column of the ledger body as a sheet reference (for the 逾期/临期
 * counts, see summary-deadline.ts).
 */
export function summarySheet(
  plan: Plan,
  statuses: readonly StatusDef[],
  ledgerColumns: Readonly<Record<string, string>> = {},
  more: readonly SummaryExtraColumn[] = [],
): SummarySheetResult {
  const extras = [...SUMMARY_EXTRA_COLUMNS, ...more];
  const S = SUMMARY_LAYOUT;
  const gw = groupWidth(statuses);
  const extraCol = 3 + gw * SUMMARY_GROUPS.length;
  const lastCol = extraCol + extras.length - 1;
  const depts = plan.departments;
  const totalRow = S.firstBodyRow + depts.length;
  const sheet = emptySheet(SHEETS.summary, printSetup({ first: S.groupRow, last: S.headerRow }, "landscape"));
  sheet.tabColor = "#C55A11";
  sheet.freeze = { rows: S.headerRow, cols: 1 };
  sheet.columns = [
    { col: 1, width: 18 },
    { col: 2, width: 6 },
    ...Array.from({ length: lastCol - 2 }, (_, i) => ({ col: i + 3, width: i + 3 >= extraCol ? 10 : 8 })),
  ];

  sheet.blocks.push({
    row: S.titleRow,
    col: 1,
    values: [
      [text(`${plan.title}——各部门落实情况汇总`)],
      [
        text(
          "本表自动计算：数据来自“责任分解”表，“状态”随“台账”实时更新；同一部门在同一事项中承担多项职责只计一次。",
        ),
      ],
    ],
  });
  const group: CellValue[] = ["部门", "类型"];
  const header: CellValue[] = ["部门", "类型"];
  for (const g of SUMMARY_GROUPS) {
    group.push(g.title, ...Array.from({ length: gw - 1 }, () => null));
    header.push(...statuses.map((s) => text(s.name)), "合计", "完成数", "完成率");
  }
  group.push(...extras.map((c, i) => (i > 0 && extras[i - 1].group === c.group ? null : c.group)));
  header.push(...extras.map((c) => c.header));
  sheet.blocks.push({ row: S.groupRow, col: 1, values: [group, header] });
  sheet.merges.push(range(S.groupRow, 1, 2, 1), range(S.groupRow, 2, 2, 1));
  SUMMARY_GROUPS.forEach((_, gi) => sheet.merges.push(range(S.groupRow, 3 + gi * gw, 1, gw)));
  extras.forEach((c, i) => {
    if (i > 0 && extras[i - 1].group === c.group) return;
    const span = extras.slice(i).findIndex((x) => x.group !== c.group);
    const width = span < 0 ? extras.length - i : span;
    if (width > 1) sheet.merges.push(range(S.groupRow, extraCol + i, 1, width));
  });

  const body: CellValue[][] = depts.map((d, i) => {
    const r = S.firstBodyRow + i;
    const row: CellValue[] = [text(d.name), d.kind === "placeholder" ? "泛指" : "单位"];
    SUMMARY_GROUPS.forEach((g, gi) => row.push(...groupFormulas(g, gi, r, statuses)));
    row.push(...extras.map((c) => c.department(ledgerColumns[d.name] ?? "")));
    return row;
  });
  sheet.blocks.push({ row: S.firstBodyRow, col: 1, values: body });
  sheet.blocks.push({
    row: totalRow,
    col: 1,
    values: [[...totalRowValues(statuses, totalRow), ...extras.map((c) => c.total())]],
  });

  const bodyRows = depts.length + 1;
  sheet.styles.push(
    { range: range(S.titleRow, 1, 1, 1), style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 14 } } },
    { range: range(S.noteRow, 1, 1, 1), style: NOTE_STYLE },
    { range: range(S.groupRow, 1, 2, lastCol), style: HEADER_STYLE },
    {
      range: range(S.firstBodyRow, 1, bodyRows, lastCol),
      style: {
        font: { name: FONT_BODY, size: 10 },
        alignment: { horizontal: "center", vertical: "middle" },
        border: THIN,
      },
    },
    { range: range(S.firstBodyRow, 1, bodyRows, 1), style: { alignment: { horizontal: "left" } } },
    {
      range: range(totalRow, 1, 1, lastCol),
      style: { font: { name: FONT_BODY, size: 10, bold: true }, fill: COLORS.band },
    },
  );
  SUMMARY_GROUPS.forEach((_, gi) => {
    const rateCol = 2 + (gi + 1) * gw;
    sheet.styles.push(
      { range: range(S.firstBodyRow, rateCol, bodyRows, 1), style: { numberFormat: "0.0%" } },
      {
        range: range(S.firstBodyRow, rateCol - 2, bodyRows, 1),
        style: { font: { name: FONT_BODY, size: 10, bold: true } },
      },
    );
  });
  sheet.rowHeights.push(
    { row: S.titleRow, heights: [26, 18, 22, 22], autofit: false },
    { row: S.firstBodyRow, heights: Array.from({ length: bodyRows }, () => 18), autofit: false },
  );
  return { sheet, pivotAnchor: { row: S.groupRow, col: lastCol + 1 + S.pivotGapColumns } };
}

function groupFormulas(g: SummaryGroup, gi: number, r: number, statuses: readonly StatusDef[]): CellValue[] {
  const S = SUMMARY_LAYOUT;
  const gw = groupWidth(statuses);
  const first = 3 + gi * gw;
  const base = `${NAMES.assignCount},${NAMES.assignDept},$A${r}${g.roleCriterion ? `,${NAMES.assignRole},"${g.roleCriterion}"` : ""}`;
  const cells: CellValue[] = statuses.map((_, si) => ({
    formula: `SUMIFS(${base},${NAMES.assignStatus},${cellAddress(S.headerRow, first + si).replace(/(\d+)$/, "$$$1")})`,
  }));
  const totalCol = first + statuses.length;
  cells.push({ formula: `SUMIFS(${base})` });
  cells.push(doneFormula(statuses, first, r));
  cells.push(rateFormula(totalCol, r));
  return cells;
}

function totalRowValues(statuses: readonly StatusDef[], r: number): CellValue[] {
  const S = SUMMARY_LAYOUT;
  const gw = groupWidth(statuses);
  const row: CellValue[] = [SUMMARY_TOTAL_LABEL, null];
  row.push(...Array.from({ length: gw }, () => null)); // lead group: items are not split by role here
  const first = 3 + gw;
  statuses.forEach((_, si) =>
    row.push({
      formula: `COUNTIF(${NAMES.ledgerStatus},${cellAddress(S.headerRow, first + si).replace(/(\d+)$/, "$$$1")})`,
    }),
  );
  row.push({ formula: `COUNTA(${NAMES.ledgerNo})` });
  row.push(doneFormula(statuses, first, r));
  row.push(rateFormula(first + statuses.length, r));
  return row;
}

function doneFormula(statuses: readonly StatusDef[], first: number, r: number): CellValue {
  const refs = statuses.flatMap((s, si) => (s.done ? [`${columnLetter(first + si)}${r}`] : []));
  return refs.length > 0 ? { formula: refs.length === 1 ? refs[0] : `SUM(${refs.join(",")})` } : 0;
}

function rateFormula(totalCol: number, r: number): CellValue {
  const total = `${columnLetter(totalCol)}${r}`;
  const done = `${columnLetter(totalCol + 1)}${r}`;
  return { formula: `IF(${total}=0,"",${done}/${total})` };
}
