/**
 * Text of 导入计划 (kept with the feature, in its lazily loaded chunk, rather than in the pane's first-load
 * dictionaries). Chinese by default, English when Office is in English; both implement ImportText.
 */
import type { Locale } from "../../i18n/messages";

export interface ImportText {
  heading: string;
  hint: string;
  chooseFile: string;
  fileLabel: string;
  sample: string;
  pasteLabel: string;
  pastePlaceholder: string;
  readPaste: string;
  reading: string;
  failedTitle: string;
  previewHeading: string;
  source: (what: string) => string;
  sourcePaste: string;
  sourceSample: string;
  issuer: (issuer: string) => string;
  published: (date: string) => string;
  counts: (tasks: number, sections: number, units: number, placeholders: number, pending: number) => string;
  departmentsHeading: (count: number) => string;
  unit: string;
  placeholder: string;
  renameButton: (name: string) => string;
  renameLabel: (name: string) => string;
  renameHint: string;
  mergeInto: (name: string) => string;
  aliasesHeading: string;
  alias: (short: string, long: string) => string;
  mergeAlias: (short: string, long: string) => string;
  ok: string;
  cancel: string;
  issuesHeading: (count: number) => string;
  noIssues: string;
  tasksHeading: (count: number) => string;
  taskLabel: (label: string) => string;
  labelWithNo: (label: string, no: number) => string;
  noDepartments: string;
  deadline: (text: string) => string;
  editTask: (label: string) => string;
  editTaskLabel: (label: string) => string;
  editTaskHint: string;
  badRole: (part: string) => string;
  existingLedger: string;
  write: string;
  writeFile: string;
  writtenFile: (fileName: string) => string;
  hintFile: string;
  discard: string;
  written: (title: string) => string;
  importAnother: string;
  busy: string;
  currentFromWorkbook: (title: string) => string;
  currentSample: (title: string) => string;
  currentDamaged: string;
}

const zh: ImportText = {
  heading: "导入计划",
  hint: "选择计划文件（.docx、.txt、.xlsx 任务表或 .json），或粘贴计划全文。文件只在本机读取，不会上传；先显示预览，核对、修改后点击“生成台账”才写入本工作簿。",
  chooseFile: "选择计划文件…",
  fileLabel: "计划文件（.docx、.txt、.xlsx、.json）",
  sample: "使用示例计划（2019 年政务公开工作要点）",
  pasteLabel: "粘贴计划全文",
  pastePlaceholder: "从 Word 或网页复制计划全文（含标题和各项任务），粘贴到这里",
  readPaste: "读取粘贴的文字",
  reading: "正在读取计划…",
  failedTitle: "未能读取计划",
  previewHeading: "计划预览",
  source: (what) => `来源：${what}`,
  sourcePaste: "粘贴的文字",
  sourceSample: "示例计划",
  issuer: (issuer) => `印发单位：${issuer}`,
  published: (date) => `印发日期：${date}`,
  counts: (tasks, sections, units, placeholders, pending) =>
    `共 ${tasks} 项任务，${sections} 个板块；部门 ${units} 个${placeholders > 0 ? `，泛指部门 ${placeholders} 个` : ""}${pending > 0 ? `；${pending} 项未识别出责任部门（待确认）` : ""}。`,
  departmentsHeading: (count) => `部门（${count}）`,
  unit: "单位",
  placeholder: "泛指",
  renameButton: (name) => `改名或合并“${name}”`,
  renameLabel: (name) => `“${name}”的新名称`,
  renameHint: "输入已有部门的名称，即把两个部门合并为一个。",
  mergeInto: (name) => `将合并到已有部门“${name}”`,
  aliasesHeading: "可能是同一部门",
  alias: (short, long) => `“${short}”和“${long}”`,
  mergeAlias: (short, long) => `合并为“${long}”（${short}）`,
  ok: "确定",
  cancel: "取消",
  issuesHeading: (count) => `待确认（${count}）`,
  noIssues: "没有待确认的内容。",
  tasksHeading: (count) => `任务（${count}）`,
  taskLabel: (label) => `任务 ${label}`,
  labelWithNo: (label, no) => `${label}（序号 ${no}）`,
  noDepartments: "责任部门：待确认",
  deadline: (text) => `完成时限：${text}`,
  editTask: (label) => `修改任务 ${label} 的部门`,
  editTaskLabel: (label) => `任务 ${label} 的责任部门`,
  editTaskHint:
    "用顿号分隔，括号中写职责（牵头、负责、分工负责、督促、配合），如：办公室（牵头）、商标局（配合）。不写职责即为“负责”。",
  badRole: (part) =>
    `“${part}”中的职责无法识别。请写成“部门（牵头）”这样的形式，职责为牵头、负责、分工负责、督促或配合之一。`,
  existingLedger:
    "本工作簿已有台账。生成台账会按此计划更新它：已填写的内容按序号和任务对应保留，对应不上的放到“未能对应的内容”表。",
  write: "生成台账",
  writeFile: "生成并下载台账（.xlsx）",
  writtenFile: (fileName) =>
    `已生成“${fileName}”，请在浏览器的下载中查看。可在 Excel 或 WPS 中打开填写；计划已保存在文件中（隐藏），以后可用台账加载项或命令行更新。`,
  hintFile:
    "不在 Excel 中也可以生成台账：选择计划文件（.docx、.txt、.xlsx 任务表或 .json），或粘贴计划全文。文件只在本机读取，不会上传；核对、修改预览后点击“生成并下载台账”，得到台账文件（.xlsx），可在 Excel 或 WPS 中填写。",
  discard: "放弃",
  written: (title) => `已按“${title}”生成台账。可在“台账”页校验，在“汇总”页查看各部门进度。`,
  importAnother: "导入另一份计划",
  busy: "正在处理…",
  currentFromWorkbook: (title) => `本工作簿的台账按“${title}”生成，计划保存在工作簿中（隐藏）。`,
  currentSample: (title) => `本工作簿还没有保存计划：生成/更新台账、校验和汇总按示例计划“${title}”进行。`,
  currentDamaged: "本工作簿中保存的计划无法使用，暂按示例计划进行：",
};

const en: ImportText = {
  heading: "Import plan",
  hint: "Choose a plan file (.docx, .txt, an .xlsx task table or .json), or paste the plan's text. Files are read on this computer and never uploaded; you check and correct a preview, and only “Create ledger” writes to this workbook.",
  chooseFile: "Choose a plan file…",
  fileLabel: "Plan file (.docx, .txt, .xlsx, .json)",
  sample: "Use the sample plan (2019)",
  pasteLabel: "Paste the plan's text",
  pastePlaceholder: "Copy the whole plan (title and tasks) from Word or a web page and paste it here",
  readPaste: "Read the pasted text",
  reading: "Reading the plan…",
  failedTitle: "The plan could not be read",
  previewHeading: "Plan preview",
  source: (what) => `Source: ${what}`,
  sourcePaste: "pasted text",
  sourceSample: "sample plan",
  issuer: (issuer) => `Issued by: ${issuer}`,
  published: (date) => `Published: ${date}`,
  counts: (tasks, sections, units, placeholders, pending) =>
    `${tasks} tasks in ${sections} sections; ${units} departments${placeholders > 0 ? `, ${placeholders} generic` : ""}${pending > 0 ? `; ${pending} tasks without departments (to confirm)` : ""}.`,
  departmentsHeading: (count) => `Departments (${count})`,
  unit: "unit",
  placeholder: "generic",
  renameButton: (name) => `Rename or merge “${name}”`,
  renameLabel: (name) => `New name for “${name}”`,
  renameHint: "Type the name of another department to merge the two.",
  mergeInto: (name) => `Will be merged into “${name}”`,
  aliasesHeading: "Possibly the same department",
  alias: (short, long) => `“${short}” and “${long}”`,
  mergeAlias: (short, long) => `Merge into “${long}” (${short})`,
  ok: "OK",
  cancel: "Cancel",
  issuesHeading: (count) => `To confirm (${count})`,
  noIssues: "Nothing to confirm.",
  tasksHeading: (count) => `Tasks (${count})`,
  taskLabel: (label) => `Task ${label}`,
  labelWithNo: (label, no) => `${label} (no. ${no})`,
  noDepartments: "Departments: to confirm",
  deadline: (text) => `Deadline: ${text}`,
  editTask: (label) => `Edit the departments of task ${label}`,
  editTaskLabel: (label) => `Departments of task ${label}`,
  editTaskHint:
    "Separate with 、 and give the role in brackets (牵头, 负责, 分工负责, 督促, 配合), e.g. 办公室（牵头）、商标局（配合）. Without a role: 负责.",
  badRole: (part) =>
    `The role in “${part}” is not known. Write it as 部门（牵头）; roles: 牵头, 负责, 分工负责, 督促, 配合.`,
  existingLedger:
    "This workbook already has a ledger. Creating the ledger updates it to this plan: filled-in cells stay with their item (by number and task); those that fit no item go to the “未能对应的内容” sheet.",
  write: "Create ledger",
  writeFile: "Create and download the ledger (.xlsx)",
  writtenFile: (fileName) =>
    `Created “${fileName}”: see the browser's downloads. Open it in Excel or WPS to fill it in; the plan is kept (hidden) in the file.`,
  hintFile:
    "You can make the ledger without Excel: choose a plan file (.docx, .txt, an .xlsx task table or .json), or paste the plan's text. Files are read on this computer and never uploaded; check the preview, then “Create and download the ledger” gives an .xlsx to fill in in Excel or WPS.",
  discard: "Discard",
  written: (title) =>
    `The ledger now follows “${title}”. Validate it on the Ledger tab; see progress on the Summary tab.`,
  importAnother: "Import another plan",
  busy: "Working…",
  currentFromWorkbook: (title) =>
    `This workbook's ledger follows “${title}”; the plan is kept (hidden) in the workbook.`,
  currentSample: (title) =>
    `This workbook keeps no plan yet: create/update, validate and the summary use the sample plan “${title}”.`,
  currentDamaged: "The plan kept in this workbook cannot be used; the sample plan is used for now:",
};

export const importText: Record<Locale, ImportText> = { "zh-CN": zh, "en-US": en };
