/**
 * What to tell a person whose file is in a format Taizhang does not read (.xls, .et, .ods, .doc, .wps, .odt,
 * a password-protected file): exactly how to resave it, in Excel, WPS and LibreOffice. Why these formats are
 * refused rather than read: docs/foreign-files.md.
 */
import { FileKind } from "./file-kind";

export const RESAVE_AS_XLSX =
  "Excel：文件 → 另存为 → 保存类型选“Excel 工作簿(*.xlsx)”；WPS：文件 → 另存为 → 文件类型选“Excel 工作簿(*.xlsx)”；LibreOffice：文件 → 另存为 → 文件类型选“Excel 2007-365 (.xlsx)”";

export const RESAVE_AS_DOCX =
  "Word：文件 → 另存为 → 保存类型选“Word 文档(*.docx)”；WPS：文件 → 另存为 → 文件类型选“Word 文件(*.docx)”；LibreOffice：文件 → 另存为 → 文件类型选“Word 2007-365 (.docx)”";

const REMOVE_PASSWORD =
  "请打开它清除打开密码并保存后再试（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密，清空打开密码）。";

const OLD_SHEET = "Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）";
const ODS = "OpenDocument 电子表格（.ods）";

/** Why a file given as a ledger (master or copy) cannot be read, or null when it may be one (an .xlsx). */
export function ledgerFileRefusal(kind: FileKind): string | null {
  switch (kind) {
    case "encrypted":
      return `文件设置了打开密码（已加密），无法读取。${REMOVE_PASSWORD}`;
    case "xls":
      return `这是${OLD_SHEET}文件，本工具只读取 .xlsx 格式的台账。请打开它“另存为” .xlsx 后再选这个新文件（填写的内容和隐藏的表都会保留）——${RESAVE_AS_XLSX}。`;
    case "xlsb":
      return `这是 Excel 二进制工作簿（.xlsb）文件，本工具只读取 .xlsx 格式的台账。请打开它“另存为” .xlsx 后再选这个新文件——${RESAVE_AS_XLSX}。`;
    case "ods":
      return `这是${ODS}文件，本工具只读取 .xlsx 格式的台账。请打开它“另存为” .xlsx 后再选这个新文件——${RESAVE_AS_XLSX}。`;
    case "cfb":
      return `这不是 .xlsx 文件——可能是设置了打开密码的工作簿，或旧版 Excel 97-2003（.xls）/ WPS 表格（.et）文件，无法读取。有打开密码的，${REMOVE_PASSWORD.slice(1)}旧版文件请“另存为” .xlsx——${RESAVE_AS_XLSX}。`;
    case "doc":
    case "docx":
    case "odt":
      return "这是文字处理文档（Word / WPS 文字），不是台账工作簿。请选择台账的 .xlsx 文件。";
    case "other":
      return `这不是 Excel 工作簿（.xlsx）文件。若是 .xls、.et 或 .ods 格式，请先“另存为” .xlsx——${RESAVE_AS_XLSX}。`;
    case "xlsx":
    case "zip":
      return null;
  }
}

/** Why a file given as a plan cannot be read, or null when one of the plan readers may read it. */
export function planFileRefusal(kind: FileKind): string | null {
  switch (kind) {
    case "encrypted":
      return `文件设置了打开密码（已加密），无法读取。${REMOVE_PASSWORD.replace("保护工作簿", "保护文档")}`;
    case "doc":
      return `这是 Word 97-2003（.doc）或 WPS 文字（.wps）文件，无法直接读取。请打开它“另存为” .docx 后重试——${RESAVE_AS_DOCX}；也可以复制全文粘贴，或存为文本文件（.txt）。`;
    case "odt":
      return `这是 OpenDocument 文本（.odt）文件，无法直接读取。请打开它“另存为” .docx 后重试——${RESAVE_AS_DOCX}。`;
    case "xls":
      return `这是${OLD_SHEET}文件，无法直接读取。任务表请打开它“另存为” .xlsx 后重试——${RESAVE_AS_XLSX}。`;
    case "xlsb":
      return `这是 Excel 二进制工作簿（.xlsb）文件，无法直接读取。任务表请打开它“另存为” .xlsx 后重试——${RESAVE_AS_XLSX}。`;
    case "ods":
      return `这是${ODS}文件，无法直接读取。任务表请打开它“另存为” .xlsx 后重试——${RESAVE_AS_XLSX}。`;
    case "cfb":
      return OLD_FORMAT;
    default:
      return null;
  }
}

/** For a compound file of no known kind, and for a .doc/.wps/.xls/.et name over bytes of no known kind. */
export const OLD_FORMAT =
  "这是旧版 Word/WPS/Excel 格式（.doc/.wps/.xls/.et），无法直接读取：请在 Word 或 WPS 中“另存为” .docx（表格可另存为 .xlsx），或复制全文另存为文本文件后重试。";
