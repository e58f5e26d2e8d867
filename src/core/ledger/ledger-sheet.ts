/** The 台账 sheet: title block, then one table row per item with a column per department. */
import { REVIEW_MARK } from "./review-sheet";
import { deadlineFormats, deadlineStateFormula } from "./deadline-state";
import { StatusDef, defaultStatus } from "../status/statuses";
import { Deadline, Item, Plan, Requirement } from "../plan/types";
import { columnLetter, range } from "./a1";
import { text, displayText } from "./cells";
import { FILLED_FIELDS, LEDGER_LAYOUT, NAMES, SHEETS, TABLES } from "./constants";
import { MeasuredCell, rowHeight, stackedHeight } from "./heights";
import { LedgerColumn, ledgerColumns } from "./ledger-columns";
import {
  COLORS,
  FILL_IN_HEADER_STYLE,
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "./look";
import { departmentsText, leadDepartments, roleMarks } from "./roles";
import { CellValue, FilledRow, FilledValue, LedgerSettings, SheetSpec, StyleRun } from "./types";
import { sectionLabel, subsectionLabel } from "./labels";

export interface LedgerSheetResult {
  sheet: SheetSpec;
  columns: LedgerColumn[];
  bodyRows: number;
}

export function ledgerSheet(plan: Plan, settings: LedgerSettings, planId: string): LedgerSheetResult {
  const L = LEDGER_LAYOUT;
  const columns = ledgerColumns(plan.departments);
  const lastCol = columns.length;
  const bodyRows = Math.max(1, plan.items.length);
  const lastRow = L.firstBodyRow + bodyRows - 1;
  const sheet = emptySheet(SHEETS.ledger, printSetup({ first: L.headerRow, last: L.headerRow }, "landscape"));
  sheet.tabColor = "#2F5597";
  sheet.columns = columns.map((c, i) => ({ col: i + 1, width: c.width }));
  sheet.freeze = { rows: L.headerRow, cols: 1 };

  sheet.blocks.push({
    row: L.titleRow,
    col: 1,
    values: [
      [text(`${plan.title}落实台账${settings.copyDepartment ? `（${settings.copyDepartment}）` : ""}`)],
      [text(issuerLine(plan, planId))],
      [text(requirementsLine(plan.requirements))],
      [text(noteLine(settings.statuses, settings.copyDepartment))],
    ],
  });
  sheet.blocks.push({ row: L.headerRow, col: 1, values: [columns.map((c) => c.header)] });
  const body = plan.items.map((item, i) => bodyRow(plan, item, columns, settings, L.firstBodyRow + i));
  sheet.blocks.push({
    row: L.firstBodyRow,
    col: 1,
    values: body.length > 0 ? body : [columns.map(() => null)],
  });

  sheet.styles.push(...ledgerStyles(plan, columns, lastRow));
  // A date typed in a column without a date format (联系人, 进展情况…) shows — and reads back — as a date, not
  // as its serial number (found by tests/xlsx/round-trip.property.test.ts).
  body.forEach((values, i) =>
    values.forEach((v, j) => {
      const numberFormat = columns[j].numberFormat ? null : typedDateFormat(v);
      if (numberFormat)
        sheet.styles.push({ range: range(L.firstBodyRow + i, j + 1, 1, 1), style: { numberFormat } });
    }),
  );
  const deptNames = plan.departments.map((d) => d.name);
  const headerHeight = Math.max(36, ...deptNames.map((n) => stackedHeight(n, 9)));
  sheet.rowHeights.push({ row: L.titleRow, heights: [30, 18, 18, 18], autofit: false });
  sheet.rowHeights.push({ row: L.headerRow, heights: [headerHeight], autofit: false });
  sheet.rowHeights.push({
    row: L.firstBodyRow,
    heights: (body.length > 0 ? body : [[]]).map((values) => rowHeight(measure(values, columns), 20)),
    autofit: true,
  });

  sheet.tables.push({
    name: TABLES.ledger,
    range: range(L.headerRow, 1, bodyRows + 1, lastCol),
    columns: columns.map((c) => c.header),
    style: "TableStyleLight1",
    showRowStripes: false,
  });
  const statusCol = columns.findIndex((c) => c.key === "status") + 1;
  const statusRange = range(L.firstBodyRow, statusCol, bodyRows, 1);
  const names = settings.statuses.map((s) => s.name).join("、");
  sheet.validations.push({
    range: statusRange,
    source: NAMES.statuses,
    allowBlank: true,
    prompt: { title: "填写状态", text: `请从下拉列表中选择：${names}。可选状态在“设置”表中维护。` },
    error: { style: "stop", title: "状态无效", text: `请从下拉列表中选择状态（${names}）。` },
  });
  for (const s of settings.statuses) {
    sheet.conditionalFormats.push({
      range: statusRange,
      formula: `$${columnLetter(statusCol)}${L.firstBodyRow}="${s.name.replace(/"/g, '""')}"`,
      fill: s.fill,
      font: { color: s.font, bold: s.done },
    });
  }
  const bodyColumn = (key: string) => range(L.firstBodyRow, columnOf(columns, key), bodyRows, 1);
  sheet.conditionalFormats.push(...deadlineFormats(bodyColumn("deadlineState"), bodyColumn("due")));
  return { sheet, columns, bodyRows };
}

function columnOf(columns: readonly LedgerColumn[], key: string): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

function bodyRow(
  plan: Plan,
  item: Item,
  columns: LedgerColumn[],
  settings: LedgerSettings,
  row: number,
): CellValue[] {
  const marks = roleMarks(item);
  const filled: FilledRow =
    settings.filled?.[item.no] ?? withPlanDeadline(emptyFilled(settings.statuses), item);
  return columns.map((c): CellValue => {
    if (c.fillIn) return filledCell(filled[c.fillIn]);
    if (c.key.startsWith("dept:")) {
      const mark = marks.get(c.key.slice(5));
      return mark ? text(mark) : null;
    }
    switch (c.key) {
      case "no":
        return item.no;
      case "section":
        return text(sectionLabel(plan, item.section));
      case "subsection":
        return text(subsectionLabel(plan, item.subsection));
      case "task":
        return text(item.text);
      case "lead":
        return text(leadDepartments(item).join("、"));
      case "departments":
        return text(item.assignments.length === 0 ? REVIEW_MARK : departmentsText(item));
      case "deadlineState":
        return deadlineStateFormula(row, columnOf(columns, "status"), columnOf(columns, "due"));
      default:
        return null;
    }
  });
}

/** A new row's 完成时限 from the plan: the date it names, else its words (长期坚持). */
export function withPlanDeadline(row: FilledRow, item: Item): FilledRow {
  if (!item.deadline || row.due !== null) return row;
  return { ...row, due: item.deadline.date ? { date: item.deadline.date } : item.deadline.text };
}

export function emptyFilled(statuses: readonly StatusDef[]): FilledRow {
  const row = Object.fromEntries(FILLED_FIELDS.map((f) => [f, null])) as unknown as FilledRow;
  row.status = defaultStatus(statuses) || null;
  return row;
}

/** The number format a date typed in a column without one needs (null for anything but a date). */
export function typedDateFormat(v: CellValue): string | null {
  if (v === null || typeof v !== "object" || !("date" in v)) return null;
  const midnight = v.date.length === 10 || /T00:00:00(\.000)?Z$/.test(v.date);
  return midnight ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm";
}

export function filledCell(v: FilledValue): CellValue {
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : text(v);
  return { date: v.date };
}

function measure(values: CellValue[], columns: LedgerColumn[]): MeasuredCell[] {
  return columns.map((c, i) => ({
    text: displayText(values[i] ?? null),
    width: c.width,
    fontSize: c.fontSize,
  }));
}

function ledgerStyles(plan: Plan, columns: LedgerColumn[], lastRow: number): StyleRun[] {
  const L = LEDGER_LAYOUT;
  const n = columns.length;
  const bodyRows = lastRow - L.firstBodyRow + 1;
  const runs: StyleRun[] = [
    { range: range(L.titleRow, 1, 1, 1), style: TITLE_STYLE },
    { range: range(L.issuerRow, 1, 3, 1), style: NOTE_STYLE },
    { range: range(L.headerRow, 1, 1, n), style: HEADER_STYLE },
  ];
  columns.forEach((c, i) => {
    const col = i + 1;
    if (c.fillIn) runs.push({ range: range(L.headerRow, col, 1, 1), style: FILL_IN_HEADER_STYLE });
    if (c.key.startsWith("dept:")) {
      runs.push({
        range: range(L.headerRow, col, 1, 1),
        style: {
          font: { name: FONT_BODY, size: 9, bold: true },
          alignment: { rotation: "vertical", vertical: "top", horizontal: "center" },
        },
      });
    }
    runs.push({
      range: range(L.firstBodyRow, col, bodyRows, 1),
      style: {
        font: { name: FONT_BODY, size: c.fontSize, bold: c.key === "no" },
        alignment: {
          horizontal: c.align,
          vertical: c.key === "task" || c.fillIn === "progress" ? "top" : "middle",
          wrap: true,
        },
        border: THIN,
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      },
    });
  });
  // Section banding: one run per alternate section (runs grow with sections, not rows).
  let start = 0;
  plan.items.forEach((item, i) => {
    const next = plan.items[i + 1];
    if (next && next.section === item.section) return;
    if (sectionIndex(plan, item.section) % 2 === 1) {
      runs.push({ range: range(L.firstBodyRow + start, 1, i - start + 1, n), style: { fill: COLORS.band } });
    }
    start = i + 1;
  });
  return runs;
}

function sectionIndex(plan: Plan, section: number): number {
  const i = plan.sections.findIndex((s) => s.no === section);
  return i >= 0 ? i : section - 1;
}

function issuerLine(plan: Plan, planId: string): string {
  const parts = [
    `印发单位：${plan.issuer || "—"}`,
    `印发日期：${plan.published ?? "—"}`,
    `计划标识：${planId}`,
  ];
  return parts.join("　　");
}

const REQUIREMENT_LABELS: Record<string, string> = {
  contacts: "报送联系人",
  "annual-summary": "报送年度总结",
};

export function deadlineText(d: Deadline): string {
  if (d.kind === "date") return `${d.date}前`;
  const base = `印发之日起${d.days}个工作日内`;
  return d.date ? `${base}（${d.date}前）` : base;
}

function requirementsLine(requirements: readonly Requirement[]): string {
  const dated = requirements.filter((r) => r.deadline !== null);
  if (dated.length === 0) return "时间要求：—";
  const parts = dated.map((r, i) => {
    const label = REQUIREMENT_LABELS[r.id] ?? r.text.slice(0, 12);
    const to = r.reportTo ? `，报${r.reportTo}` : "";
    return `${"①②③④⑤⑥⑦⑧⑨"[i] ?? `${i + 1}.`} ${label}：${deadlineText(r.deadline as Deadline)}${to}`;
  });
  return `时间要求：${parts.join("　　")}`;
}

function noteLine(statuses: readonly StatusDef[], copyDepartment: string | null): string {
  const pick = `“状态”从下拉列表选择（${statuses.map((s) => s.name).join("、")}）`;
  if (copyDepartment) {
    return `本表为发给“${copyDepartment}”的部门副本：本部门负责的事项排在最前（黄色底纹），请只填写这些行的黄色表头各列；${pick}；其他部门的事项仅供参考，已锁定。填好后交回办公室合并。`;
  }
  return `填写说明：黄色表头各列由责任部门填写；${pick}；部门列标注该部门在该项工作中的职责。`;
}
