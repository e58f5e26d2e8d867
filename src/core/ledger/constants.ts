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
} as const;

/** Ledger column headers (the table header row). Department columns sit between 责任部门 and 状态. */
export const LEDGER_HEADERS = {
  no: "序号",
  section: "板块",
  subsection: "分项",
  task: "工作任务",
  lead: "牵头部门",
  departments: "责任部门",
  status: "状态",
  progress: "进展情况",
  problems: "存在问题及下步计划",
  contact: "联系人",
  due: "完成时限",
  updated: "更新时间",
} as const;

/** The cells people fill in, in sheet order. Carry-over and readers work on exactly these. */
export const FILLED_FIELDS = ["status", "progress", "problems", "contact", "due", "updated"] as const;
export type FilledField = (typeof FILLED_FIELDS)[number];

export const ASSIGNMENT_HEADERS = {
  no: "序号",
  section: "板块",
  department: "部门",
  kind: "部门类型",
  role: "职责",
  scope: "范围",
  status: "状态",
  count: "计数",
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
} as const;

export const YES = "是";
export const NO = "否";

export const UNPLACED_HEADERS = {
  no: "原序号",
  task: "原工作任务",
  reason: "未能对应的原因",
} as const;
