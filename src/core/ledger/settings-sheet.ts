/** The 设置 sheet: status vocabulary, departments, plan metadata and format version. */
import { StatusDef } from "../status/statuses";
import { Plan } from "../plan/types";
import { cellAddress, range, sheetRef } from "./a1";
import { text } from "./cells";
import { calendarBlock, planYears } from "./settings-calendar";
import {
  DEFAULT_NEAR_DAYS,
  FORMAT_VERSION,
  META_LABELS,
  NAMES,
  NO,
  SETTINGS_HEADERS,
  SETTINGS_LAYOUT,
  SHEETS,
  YES,
} from "./constants";
import { FONT_BODY, HEADER_STYLE, THIN, TITLE_STYLE, emptySheet, printSetup } from "./look";
import { CellValue, LedgerSettings, NamedRangeSpec, SheetSpec } from "./types";

export function settingsSheet(
  plan: Plan,
  settings: LedgerSettings,
  planId: string,
): { sheet: SheetSpec; names: NamedRangeSpec[] } {
  const T = SETTINGS_LAYOUT;
  const H = SETTINGS_HEADERS;
  const statuses: readonly StatusDef[] = settings.statuses;
  const sheet = emptySheet(SHEETS.settings, printSetup(null, "portrait"));
  sheet.tabColor = "#7F7F7F";
  const calendar = calendarBlock(planYears(plan, settings.generatedAt, settings.writtenAt, settings.asOf));
  sheet.columns = [
    ...[12, 9, 10, 10, 3, 20, 8, 3, 14, 44].map((width, i) => ({ col: i + 1, width })),
    ...calendar.widths,
  ];
  sheet.blocks.push({
    row: T.titleRow,
    col: 1,
    values: [
      [
        text(
          "台账设置（请勿删除或改名本表；状态可增删改名，颜色以 #RRGGBB 表示；统计日期默认为当天，可改为固定日期；节假日与调休上班日可在列表下方补充）",
        ),
      ],
    ],
  });

  sheet.blocks.push({
    row: T.headerRow,
    col: T.statusCol,
    values: [
      [H.statusName, H.statusDone, H.statusFill, H.statusFont],
      ...statuses.map((s) => [text(s.name), s.done ? YES : NO, s.fill, s.font]),
    ],
  });
  sheet.blocks.push({
    row: T.headerRow,
    col: T.departmentCol,
    values: [
      [H.departmentName, H.departmentKind],
      ...plan.departments.map((d): CellValue[] => [text(d.name), d.kind === "placeholder" ? "泛指" : "单位"]),
    ],
  });
  const meta: [string, CellValue][] = [
    [META_LABELS.formatVersion, FORMAT_VERSION],
    [META_LABELS.planId, planId],
    [META_LABELS.planTitle, text(plan.title)],
    [META_LABELS.issuer, text(plan.issuer)],
    [META_LABELS.published, plan.published ?? null],
    [META_LABELS.copyDepartment, settings.copyDepartment ? text(settings.copyDepartment) : null],
    [META_LABELS.generated, settings.generatedAt ? { date: settings.generatedAt } : null],
    [META_LABELS.asOf, settings.asOf ? { date: settings.asOf } : { formula: "TODAY()" }],
    [META_LABELS.nearDays, settings.nearDays ?? DEFAULT_NEAR_DAYS],
    [META_LABELS.nearEnd, { formula: calendar.nearEnd }],
  ];
  sheet.blocks.push({
    row: T.headerRow,
    col: T.metaLabelCol,
    values: [[H.metaLabel, H.metaValue], ...meta.map(([label, value]) => [label, value])],
  });
  sheet.blocks.push(...calendar.blocks);

  const metaRow = (label: string) => T.firstStatusRow + meta.findIndex(([l]) => l === label);
  sheet.styles.push(
    { range: range(T.titleRow, 1, 1, 1), style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 12 } } },
    { range: range(T.headerRow, T.statusCol, 1, 4), style: HEADER_STYLE },
    { range: range(T.headerRow, T.departmentCol, 1, 2), style: HEADER_STYLE },
    { range: range(T.headerRow, T.metaLabelCol, 1, 2), style: HEADER_STYLE },
    { range: range(T.firstStatusRow, T.statusCol, Math.max(1, statuses.length), 4), style: body() },
    {
      range: range(T.firstStatusRow, T.departmentCol, Math.max(1, plan.departments.length), 2),
      style: body(),
    },
    { range: range(T.firstStatusRow, T.metaLabelCol, meta.length, 2), style: body() },
    {
      range: range(T.firstStatusRow, T.metaLabelCol, meta.length, 1),
      style: { font: { name: FONT_BODY, size: 10, bold: true } },
    },
    {
      range: range(metaRow(META_LABELS.published), T.metaValueCol, 1, 1),
      style: { numberFormat: "yyyy-mm-dd" },
    },
    {
      range: range(metaRow(META_LABELS.generated), T.metaValueCol, 1, 1),
      style: { numberFormat: "yyyy-mm-dd hh:mm" },
    },
    { range: range(metaRow(META_LABELS.copyDepartment), T.metaValueCol, 1, 1), style: { fill: "#FFF2CC" } },
    {
      range: range(metaRow(META_LABELS.asOf), T.metaValueCol, 1, 1),
      style: { numberFormat: "yyyy-mm-dd", fill: "#FFF2CC", alignment: { horizontal: "left" } },
    },
    {
      range: range(metaRow(META_LABELS.nearDays), T.metaValueCol, 1, 1),
      style: { fill: "#FFF2CC", alignment: { horizontal: "left" } },
    },
    {
      range: range(metaRow(META_LABELS.nearEnd), T.metaValueCol, 1, 1),
      style: { numberFormat: "yyyy-mm-dd", alignment: { horizontal: "left" } },
    },
    ...calendar.styles,
    ...statuses.map((s, i) => ({
      range: range(T.firstStatusRow + i, T.statusCol, 1, 1),
      style: { fill: s.fill, font: { name: FONT_BODY, size: 10, color: s.font, bold: true } },
    })),
  );
  sheet.rowHeights.push({ row: T.titleRow, heights: [24, 20], autofit: false });

  const first = T.firstStatusRow;
  const window = `'${SHEETS.settings}'!${cellAddress(first, T.statusCol, true)}:${cellAddress(first + T.maxStatuses - 1, T.statusCol, true)}`;
  const valueRef = (label: string) => sheetRef(SHEETS.settings, range(metaRow(label), T.metaValueCol));
  return {
    sheet,
    names: [
      {
        name: NAMES.statuses,
        formula: `OFFSET(${sheetRef(SHEETS.settings, range(first, T.statusCol))},0,0,COUNTA(${window}),1)`,
        comment: "状态可选项（设置表 A 列，增删后自动生效）",
      },
      {
        name: NAMES.statusNames,
        formula: sheetRef(SHEETS.settings, range(first, T.statusCol, T.maxStatuses, 1)),
        comment: "状态名称（设置表 A 列）",
      },
      {
        name: NAMES.statusDone,
        formula: sheetRef(SHEETS.settings, range(first, T.statusCol + 1, T.maxStatuses, 1)),
        comment: "状态是否计入完成（设置表 B 列）",
      },
      { name: NAMES.formatVersion, formula: valueRef(META_LABELS.formatVersion), comment: "台账格式版本" },
      { name: NAMES.planId, formula: valueRef(META_LABELS.planId), comment: "计划标识" },
      { name: NAMES.copyDepartment, formula: valueRef(META_LABELS.copyDepartment), comment: "本表所属部门" },
      {
        name: NAMES.asOf,
        formula: valueRef(META_LABELS.asOf),
        comment: "统计日期：默认 =TODAY()，可改为固定日期",
      },
      { name: NAMES.nearDays, formula: valueRef(META_LABELS.nearDays), comment: "临期天数（工作日）" },
      {
        name: NAMES.nearEnd,
        formula: valueRef(META_LABELS.nearEnd),
        comment: "临期截止日期：完成时限不晚于此日（且未逾期）为临期",
      },
      ...calendar.names,
    ],
  };
}

function body() {
  return {
    font: { name: FONT_BODY, size: 10 },
    alignment: { vertical: "middle" as const },
    border: THIN,
  };
}

export {
  type SettingsRead,
  metaFormatVersion,
  metaText,
  readSettingsCells,
  settingsText,
  statusesFromRows,
} from "./settings-read";
