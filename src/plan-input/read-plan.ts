/**
 * Any plan file → a Plan: text (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM), Word (.docx), an
 * Excel task table (.xlsx), or a plan JSON (restored field by field). The same reader for the command line
 * and the browser; nothing leaves the machine.
 */
import { parseBlocks, parsePlan } from "../core/plan/parse";
import { restorePlan } from "../core/plan/restore";
import { ParseResult, Plan } from "../core/plan/types";
import { zipTooLarge } from "../core/util/zip-size";
import { decodeText } from "./decode";
import { readDocx } from "./docx";
import { readXlsxPlan } from "./xlsx-table";

export type PlanFormat = "text" | "docx" | "xlsx" | "json";

export class PlanFileError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The format by the name's extension, or by the bytes where the name says nothing useful. */
export function planFormat(name: string, bytes: Uint8Array): PlanFormat | "doc" | "unknown" {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (ext === "docx") return "docx";
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "json") return "json";
  if (ext === "doc" || ext === "wps" || ext === "xls" || ext === "et") return "doc";
  if (ZIP.every((b, i) => bytes[i] === b)) return "unknown";
  return "text";
}

export interface ReadPlan extends ParseResult<Plan> {
  format: PlanFormat;
  /** The text encoding a text plan was read in. */
  encoding?: string;
}

export async function readPlanFile(name: string, bytes: Uint8Array): Promise<ReadPlan> {
  const format = planFormat(name, bytes);
  const tooLarge = format === "docx" || format === "xlsx" ? zipTooLarge(bytes) : null;
  if (tooLarge) throw new PlanFileError(tooLarge);
  switch (format) {
    case "doc":
      throw new PlanFileError(
        "这是旧版 Word/WPS/Excel 格式（.doc/.wps/.xls/.et），无法直接读取：请在 Word 或 WPS 中“另存为” .docx（表格可另存为 .xlsx），或复制全文另存为文本文件后重试。",
      );
    case "unknown":
      throw new PlanFileError("无法识别的文件类型：请使用 .docx、.xlsx、.txt 或 .json 文件。");
    case "docx":
      try {
        return { ...parseBlocks(await readDocx(bytes)), format };
      } catch (error) {
        throw new PlanFileError(
          `${(error as Error).message}。请在 Word 或 WPS 中打开并另存为 .docx 后重试。`,
        );
      }
    case "xlsx":
      try {
        return { ...parseBlocks(await readXlsxPlan(bytes)), format };
      } catch (error) {
        throw new PlanFileError(
          `${(error as Error).message}。请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试。`,
        );
      }
    case "json": {
      let data: unknown;
      try {
        data = JSON.parse(decodeText(bytes).text);
      } catch {
        throw new PlanFileError("不是有效的 JSON 文件。");
      }
      return { ...restorePlan(data), format };
    }
    case "text": {
      const { text, encoding } = decodeText(bytes);
      return { ...parsePlan(text), format, encoding };
    }
  }
}
