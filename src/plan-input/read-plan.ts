/**
 * Any plan file → a Plan: text (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM), Word (.docx), an
 * Excel task table (.xlsx), or a plan JSON (restored field by field). The same reader for the command line
 * and the browser; nothing leaves the machine.
 */
import { parseBlocks, parsePlan } from "../core/plan/parse";
import { restorePlan } from "../core/plan/restore";
import { ParseResult, Plan } from "../core/plan/types";
import { fileKind } from "../core/util/file-kind";
import { OLD_FORMAT, planFileRefusal } from "../core/util/foreign-file-messages";
import { zipTooLarge } from "../core/util/zip-size";
import { decodeText } from "./decode";
import { readDocx } from "./docx";

export type PlanFormat = "text" | "docx" | "xlsx" | "json";

export class PlanFileError extends Error {}

/**
 * The format by the bytes where they tell (a zip .et is an .xlsx, a zip .wps a .docx; a .xls, .doc, .ods or
 * .odt is refused with how to resave it), else by the name's extension; text otherwise.
 */
export function planFormat(name: string, bytes: Uint8Array): PlanFormat | { refused: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const kind = fileKind(bytes);
  const refused = planFileRefusal(kind);
  if (refused) return { refused };
  if (kind === "xlsx") return "xlsx";
  if (kind === "docx") return "docx";
  if (ext === "docx") return "docx";
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "json") return "json";
  if (ext === "doc" || ext === "wps" || ext === "xls" || ext === "et") return { refused: OLD_FORMAT };
  if (kind === "zip") return { refused: "无法识别的文件类型：请使用 .docx、.xlsx、.txt 或 .json 文件。" };
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
  if (typeof format !== "string") throw new PlanFileError(format.refused);
  switch (format) {
    case "docx":
      try {
        return { ...parseBlocks(await readDocx(bytes)), format };
      } catch (error) {
        throw new PlanFileError(
          `${(error as Error).message}。请在 Word 或 WPS 中打开并另存为 .docx 后重试。`,
        );
      }
    case "xlsx": {
      // ExcelJS only for a task table: in the browser a .docx or text plan does not load it (issue 10).
      const { readXlsxPlan } = await import(/* webpackChunkName: "plan-xlsx" */ "./xlsx-table");
      try {
        return { ...parseBlocks(await readXlsxPlan(bytes)), format };
      } catch (error) {
        throw new PlanFileError(
          `${(error as Error).message}。请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试。`,
        );
      }
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
