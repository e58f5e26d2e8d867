/**
 * Reading the plan sheet (plan-sheet.ts) back: cells → the plan, restored through restorePlan. Kept apart from
 * the writer so the pane loads the plan reader only when a workbook has a plan sheet to read.
 */
import { restorePlan } from "../plan/restore";
import { PlanIssue } from "../plan/types";
import { fnv1a } from "./plan-id";
import {
  PLAN_FIRST_CHUNK_ROW,
  PLAN_SHEET,
  PLAN_SHEET_MARK as MARK,
  PLAN_SHEET_VERSION,
  PlanSheetRead,
  asText,
  cellAt,
  number,
} from "./plan-sheet";

function issue(message: string, textRead = ""): PlanIssue {
  return { line: 0, item: null, kind: "invalid-data", message, text: textRead };
}

const NEXT_STEP = "请在“导入计划”中重新导入本台账的计划，再点击“生成台账”（已填写的内容会保留）。";

/**
 * The plan from a plan sheet's cells (rows from row 1, columns from A; `values` as read). Never throws:
 * a wrong mark, an unknown version, missing or altered pieces and unreadable JSON are issues.
 */
export function readPlanSheetCells(cells: readonly (readonly unknown[])[]): PlanSheetRead {
  const mark = asText(cellAt(cells, 1, 1)).trim();
  const version = number(cellAt(cells, 1, 2));
  const unusable = (message: string, textRead = ""): PlanSheetRead => ({
    found: true,
    plan: null,
    issues: [issue(message, textRead)],
    version,
  });
  if (mark !== MARK) {
    return unusable(`隐藏的计划数据表（${PLAN_SHEET}）内容不对，无法读取其中的计划。${NEXT_STEP}`, mark);
  }
  if (version === null || version < 1) {
    return unusable(`计划数据表缺少版本号，无法读取其中的计划。${NEXT_STEP}`);
  }
  if (version > PLAN_SHEET_VERSION) {
    return unusable(
      `本工作簿中的计划由更新版本的台账写入（版本 ${version}），本版本无法读取。请更新台账加载项或命令行后再试。`,
    );
  }
  const count = number(cellAt(cells, 3, 2));
  const length = number(cellAt(cells, 4, 2));
  const checksum = asText(cellAt(cells, 5, 2)).trim();
  if (count === null || count < 1) {
    return unusable(`计划数据表缺少片段数，无法读取其中的计划。${NEXT_STEP}`);
  }
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    const piece = cellAt(cells, PLAN_FIRST_CHUNK_ROW + i, 2);
    if (typeof piece !== "string" || piece === "") {
      return unusable(`计划数据不完整：缺少第 ${i + 1} 段（共 ${count} 段）。${NEXT_STEP}`);
    }
    pieces.push(piece);
  }
  const json = pieces.join("");
  const issues: PlanIssue[] = [];
  if ((length !== null && json.length !== length) || (checksum !== "" && fnv1a(json) !== checksum)) {
    issues.push(issue(`计划数据被改动过（长度或校验码不符），已尽量读取；请核对计划。${NEXT_STEP}`));
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { found: true, plan: null, issues: [...issues, issue(`计划数据无法解析。${NEXT_STEP}`)], version };
  }
  const restored = restorePlan(data);
  if (restored.value.items.length === 0) {
    return { found: true, plan: null, issues: [...issues, ...restored.issues], version };
  }
  return { found: true, plan: restored.value, issues: [...issues, ...restored.issues], version };
}
