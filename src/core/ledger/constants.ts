/**
 * Every identifier a ledger workbook is known by: sheet names, table names, workbook names, header texts
 * and fixed layout positions. Writers (ExcelJS, Office.js) and readers use only these, never literals.
 */

/** Version of the workbook layout; written in the spec and on the settings sheet. */
export const FORMAT_VERSION = 1;

export const SHEETS = {
  ledger: "台账",
  assignments: "责任分解",
  summary: "部门汇总",
  settings: "设置",
  unplaced: "未能对应的内容",
} as const;

/** Excel table names (ASCII, safe in every host). */
export const TABLES = {
  ledger: "TZ_Ledger",
  assignments: "TZ_Assignments",
} as const;

/** Workbook-level defined names (ASCII). Formulas refer to data only through these or plain A1 refs. */
export const NAMES = {
  /** The status vocabulary: OFFSET/COUNTA over the settings list, so added statuses are picked up. */
  statuses: "TZ_Statuses",
  /** 序号 column of the ledger body. */
  ledgerNo: "TZ_LedgerNo",
  /** 状态 column of the ledger body. */
  ledgerStatus: "TZ_LedgerStatus",
  assignNo: "TZ_AssignNo",
  assignDept: "TZ_AssignDept",
  assignRole: "TZ_AssignRole",
  assignStatus: "TZ_AssignStatus",
  assignCount: "TZ_AssignCount",
  formatVersion: "TZ_FormatVersion",
  planId: "TZ_PlanId",
  copyDepartment: "TZ_CopyDepartment",
  /** The status block's 名称 and 计入完成 columns on 设置 (the whole reserved window). */
  statusNames: "TZ_StatusNames",
  statusDone: "TZ_StatusDone",
  /** 统计日期 on 设置 (=TODAY() unless a person fixes a date): what 逾期/临期 are judged against. */
  asOf: "TZ_AsOf",
  /** 临期天数 on 设置: a task due within this many working days is 临期. */
  nearDays: "TZ_NearDays",
  /** 临期截止日期 on 设置: the last due date that is 临期 (computed from the two above). */
  nearEnd: "TZ_NearEnd",
  /** Weekday official holidays on 设置 (NETWORKDAYS's holiday list). */
  holidays: "TZ_Holidays",
  /** Make-up working days (调休上班的周末) on 设置, added to NETWORKDAYS by COUNTIFS. */
  makeupDays: "TZ_MakeupDays",
  /** 时限状态 column of the ledger body. */
  ledgerDeadline: "TZ_LedgerDeadline",
} as const;

/** The flags of a fill-in column; `column` defaults every flag to false. */
const FILL_IN = { located: true, filled: true, merged: true, baseline: true } as const;

type Align = "left" | "center";

/** One entry of LEDGER_COLUMNS, its flags as literal types (so the field lists have exact types). */
function column<
  F extends string,
  H extends string,
  K extends "number" | "text" | "date" | "status",
  O extends {
    located?: boolean;
    filled?: boolean;
    merged?: boolean;
    baseline?: boolean;
    width: number;
    align?: Align;
    fontSize?: number;
  },
>(field: F, header: H, aliases: readonly string[], kind: K, options: O) {
  return {
    field,
    header,
    aliases,
    kind,
    located: (options.located ?? false) as O["located"] extends true ? true : false,
    filled: (options.filled ?? false) as O["filled"] extends true ? true : false,
    merged: (options.merged ?? false) as O["merged"] extends true ? true : false,
    baseline: (options.baseline ?? false) as O["baseline"] extends true ? true : false,
    width: options.width,
    align: options.align ?? "left",
    fontSize: options.fontSize ?? 9,
  } as const;
}

/**
 * The one description of the ledger's own columns (the table header row), in sheet order; department columns
 * sit between 责任部门 and 状态. Every list of fields below (and HEADER_ALIASES, READ_FIELDS in header-match.ts,
 * MERGE_FIELDS in merge/constants.ts, the ledger's and the baseline's column layout) is derived from it, so
 * adding a fill-in column is one entry here (and its label in the pane's texts).
 *
 * - `header`: the text written (LEDGER_HEADERS); `aliases`: other texts a reader accepts for it;
 * - `kind`: how its cells are read and cleaned (status: the status vocabulary; date: a date cell; text);
 * - `located`: readers look for it (序号, 工作任务 and the fill-in columns);
 * - `filled`: departments fill it in (carried over on regeneration, read back, on the unplaced sheet);
 * - `merged`: a merge takes it from a department's copy (更新时间 follows the row instead);
 * - `baseline`: a copy's hidden baseline sheet keeps its value at send-out;
 * - `width`, `align`, `fontSize`: its look in the ledger.
 */
export const LEDGER_COLUMNS = [
  column("no", "序号", ["编号", "序"], "number", { located: true, width: 4.5, align: "center" }),
  column("section", "板块", [], "text", { width: 8 }),
  column("subsection", "分项", [], "text", { width: 8 }),
  column("task", "工作任务", ["工作任务及要求", "任务", "工作内容", "工作要点"], "text", {
    located: true,
    width: 36,
    fontSize: 10,
  }),
  column("lead", "牵头部门", [], "text", { width: 7.5, align: "center" }),
  column("departments", "责任部门", [], "text", { width: 14 }),
  column("status", "状态", ["完成状态", "进度状态", "工作状态"], "status", {
    ...FILL_IN,
    width: 7,
    align: "center",
  }),
  column("progress", "进展情况", ["工作进展", "进展", "推进情况", "落实情况"], "text", {
    ...FILL_IN,
    width: 18,
  }),
  column(
    "problems",
    "存在问题及下步计划",
    ["存在问题和下步计划", "存在问题", "下步计划", "问题及计划"],
    "text",
    { ...FILL_IN, width: 15 },
  ),
  column("contact", "联系人", ["联系人及电话", "联系方式"], "text", {
    ...FILL_IN,
    width: 6.5,
    align: "center",
  }),
  column("due", "完成时限", ["时限", "完成时间", "完成期限"], "date", {
    ...FILL_IN,
    width: 9,
    align: "center",
  }),
  column("deadlineState", "时限状态", [], "text", { width: 6.5, align: "center" }),
  column("updated", "更新时间", ["更新日期", "最后更新"], "date", {
    ...FILL_IN,
    merged: false,
    width: 9,
    align: "center",
  }),
] as const;

export type LedgerColumnDef = (typeof LEDGER_COLUMNS)[number];
export type LedgerField = LedgerColumnDef["field"];

/** Ledger column headers (the table header row), by field, in sheet order. */
export const LEDGER_HEADERS = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.field, c.header])) as {
  readonly [C in LedgerColumnDef as C["field"]]: C["header"];
};

/** The cells people fill in, in sheet order. Carry-over and readers work on exactly these. */
export type FilledField = Extract<LedgerColumnDef, { filled: true }>["field"];
export const FILLED_FIELDS: readonly FilledField[] = fieldsWhere((c) => c.filled);

/** Fill-in fields holding dates (read from date cells and serial numbers, written with a date format). */
export type DateField = Extract<LedgerColumnDef, { filled: true; kind: "date" }>["field"];
export const DATE_FIELDS: readonly DateField[] = fieldsWhere((c) => c.filled && c.kind === "date");

/** Fill-in fields of free text (cleaned of stray spaces and full-width letters by 校验). */
export type TextField = Extract<LedgerColumnDef, { filled: true; kind: "text" }>["field"];
export const TEXT_FIELDS: readonly TextField[] = fieldsWhere((c) => c.filled && c.kind === "text");

/** Fill-in fields a copy's baseline sheet keeps, in sheet order. */
export const BASELINE_FIELDS: readonly FilledField[] = fieldsWhere((c) => c.baseline);

export const ASSIGNMENT_HEADERS = {
  no: "序号",
  section: "板块",
  department: "部门",
  kind: "部门类型",
  role: "职责",
  scope: "范围",
  status: "状态",
  count: "计数",
  /** 计数 where the item's 时限状态 on 台账 is 逾期, else 0: summed, 逾期 items per department (issue 14). */
  overdue: "逾期",
} as const;

/** Ledger sheet layout: title block rows 1..4, table header on row 5, body from row 6. */
export const LEDGER_LAYOUT = {
  titleRow: 1,
  issuerRow: 2,
  requirementsRow: 3,
  noteRow: 4,
  headerRow: 5,
  firstBodyRow: 6,
} as const;

export const ASSIGNMENT_LAYOUT = { headerRow: 1, firstBodyRow: 2 } as const;

/** Summary sheet: group header row 3, column headers row 4, one row per department from row 5. */
export const SUMMARY_LAYOUT = {
  titleRow: 1,
  noteRow: 2,
  groupRow: 3,
  headerRow: 4,
  firstBodyRow: 5,
  /**
   * Room for the add-in's PivotTable: it is placed on this sheet, in the group-header row, this many empty
   * columns to the right of the last summary column (the exact cell is `LedgerSpec.layout.pivotAnchor`).
   */
  pivotGapColumns: 2,
} as const;

/** Settings sheet: statuses in A:D, departments in F:G, metadata label/value pairs in I:J. */
export const SETTINGS_LAYOUT = {
  titleRow: 1,
  headerRow: 2,
  firstStatusRow: 3,
  /** Rows reserved for statuses (the TZ_Statuses COUNTA window). */
  maxStatuses: 30,
  statusCol: 1,
  departmentCol: 6,
  metaLabelCol: 9,
  metaValueCol: 10,
  /** Weekday holidays (日期, 名称) from this column; make-up working days (日期, 名称) from makeupCol. */
  holidayCol: 12,
  makeupCol: 15,
  /** Rows reserved for each calendar list (the names cover them, so dates added below the list count). */
  calendarRows: 500,
  /** The 临期 reckoning (测算日期, 工作日数): 统计日期 + 0 … nearRows - 1 days and their working-day counts. */
  nearCol: 18,
  nearRows: 90,
} as const;

export const SETTINGS_HEADERS = {
  statusName: "名称",
  statusDone: "计入完成",
  statusFill: "填充色",
  statusFont: "字体色",
  departmentName: "部门名称",
  departmentKind: "类型",
  metaLabel: "项目",
  metaValue: "内容",
} as const;

/** Metadata labels on the settings sheet (column I); values beside them (column J). */
export const META_LABELS = {
  formatVersion: "格式版本",
  planId: "计划标识",
  planTitle: "计划标题",
  issuer: "印发单位",
  published: "印发日期",
  copyDepartment: "本表所属部门",
  generated: "生成时间",
  asOf: "统计日期",
  nearDays: "临期天数",
  nearEnd: "临期截止日期",
} as const;

/** The marks of the 时限状态 column. */
export const DEADLINE_MARKS = { overdue: "逾期", near: "临期" } as const;

/** 临期天数 of a new ledger (working days). */
export const DEFAULT_NEAR_DAYS = 5;

export const YES = "是";
export const NO = "否";

export const UNPLACED_HEADERS = {
  no: "原序号",
  task: "原工作任务",
  reason: "未能对应的原因",
} as const;

function fieldsWhere<F extends LedgerField>(keep: (c: LedgerColumnDef) => boolean): readonly F[] {
  return LEDGER_COLUMNS.filter(keep).map((c) => c.field as F);
}
