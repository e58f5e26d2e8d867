/** The 合并报告 sheet: per-copy counts, the conflicts to decide, then every cell not silently kept. */
import { range } from "../ledger/a1";
import { displayText } from "../ledger/cells";
import { rowHeight } from "../ledger/heights";
import {
  COLORS,
  FONT_BODY,
  HEADER_STYLE,
  NOTE_STYLE,
  THIN,
  TITLE_STYLE,
  emptySheet,
  printSetup,
} from "../ledger/look";
import { CellValue, FilledValue, SheetSpec } from "../ledger/types";
import { Plan } from "../plan/types";
import { MERGE_COLORS, REPORT_SHEET } from "./constants";
import { OUTCOME_LABELS, fieldLabel, taskExcerpt } from "./labels";
import { copyLabel } from "./merge";
import { totals } from "./report-text";
import { MergeReport } from "./types";
import { isFormulaLike, plainText } from "./values";

const HEADERS = [
  "文件",
  "所属部门",
  "结果",
  "序号",
  "工作任务",
  "字段",
  "总表原值",
  "副本填写",
  "合并后",
  "说明",
  "副本行号",
];
const WIDTHS = [20, 12, 7, 6, 26, 10, 22, 22, 22, 40, 7];
const SUMMARY_HEADERS = ["文件", "所属部门", "负责事项", "采纳", "跳过", "拒绝", "冲突", "提示"];

const OUTCOME_FILLS = { 采纳: "#E2EFDA", 跳过: "#EDEDED", 拒绝: "#FCE4D6", 冲突: MERGE_COLORS.conflict };

/** Text that must stay text (never a formula), whatever it starts with. */
export function safeText(s: string): CellValue {
  return isFormulaLike(s) ? { literal: s } : s;
}

function valueCell(v: FilledValue): CellValue {
  const t = plainText(v);
  return t === "" ? null : safeText(t);
}

export function reportSheet(report: MergeReport, plan: Plan, generatedAt: string | null): SheetSpec {
  const sheet = emptySheet(REPORT_SHEET, printSetup(null, "landscape"));
  sheet.tabColor = MERGE_COLORS.report;
  sheet.columns = WIDTHS.map((width, i) => ({ col: i + 1, width }));
  const n = HEADERS.length;
  const pad = (cells: CellValue[]): CellValue[] => [
    ...cells,
    ...Array<CellValue>(n - cells.length).fill(null),
  ];
  const t = totals(report);
  const rows: CellValue[][] = [
    pad([safeText(`合并报告${generatedAt ? `（${generatedAt.slice(0, 16).replace("T", " ")}）` : ""}`)]),
    pad([
      safeText(
        `总表：${report.masterName}；部门副本 ${report.copies.length} 份；采纳 ${t.taken} 格，跳过 ${t.skipped} 格，拒绝 ${t.rejected} 格，冲突 ${report.conflicts.length} 处。“台账”表中标橙色的单元格有冲突，保持原值，请人工决定。`,
      ),
    ]),
    pad([report.notes.length > 0 ? safeText(`提示：${report.notes.join("；")}`) : null]),
    pad(SUMMARY_HEADERS),
  ];
  const summaryStart = rows.length;
  for (const c of report.copies) {
    rows.push(
      pad([
        safeText(c.name),
        c.department ? safeText(c.department) : "（未记录，整表）",
        c.items,
        c.counts.taken,
        c.counts.skipped,
        c.counts.rejected,
        c.counts.conflict,
        c.notes.length > 0 ? safeText(c.notes.join("\n")) : null,
      ]),
    );
  }
  rows.push(pad([]), pad([`一、待人工决定的冲突（${report.conflicts.length} 处，总表保持原值）`]), HEADERS);
  const conflictStart = rows.length;
  for (const k of report.conflicts) {
    const copies = k.values.map((v) => report.copies[v.copy]);
    rows.push([
      safeText(copies.map((c) => c.name).join("\n")),
      safeText(copies.map((c) => c.department ?? "（整表）").join("\n")),
      OUTCOME_LABELS.conflict,
      k.no,
      safeText(taskExcerpt(plan, k.no)),
      fieldLabel(k.field),
      valueCell(k.master),
      safeText(
        k.values
          .map((v) => `${copyLabel(report.copies[v.copy])}：${plainText(v.value) || "（空）"}`)
          .join("\n"),
      ),
      valueCell(k.master),
      k.masterChanged ? "总表在发出后也修改了该格" : "各副本填写不同",
      null,
    ]);
  }
  rows.push(pad([]), pad([`二、逐格明细（${report.events.length} 格）`]), HEADERS);
  const detailStart = rows.length;
  for (const e of report.events) {
    const c = report.copies[e.copy];
    rows.push([
      safeText(c.name),
      c.department ? safeText(c.department) : null,
      OUTCOME_LABELS[e.outcome],
      e.no,
      safeText(taskExcerpt(plan, e.no)),
      fieldLabel(e.field),
      valueCell(e.before),
      valueCell(e.value),
      valueCell(e.after),
      e.reason ? safeText(e.reason) : null,
      e.sheetRow,
    ]);
  }
  sheet.blocks.push({ row: 1, col: 1, values: rows });

  const body = {
    font: { name: FONT_BODY, size: 9 },
    alignment: { vertical: "top" as const, wrap: true },
    border: THIN,
  };
  const block = (start: number, count: number, cols: number) => {
    sheet.styles.push({ range: range(start, 1, 1, cols), style: HEADER_STYLE });
    if (count > 0) sheet.styles.push({ range: range(start + 1, 1, count, cols), style: body });
  };
  sheet.styles.push(
    { range: range(1, 1, 1, 1), style: { ...TITLE_STYLE, font: { ...TITLE_STYLE.font, size: 14 } } },
    { range: range(2, 1, 2, 1), style: NOTE_STYLE },
  );
  block(summaryStart, report.copies.length, SUMMARY_HEADERS.length);
  for (const at of [conflictStart - 1, detailStart - 1]) {
    sheet.styles.push({
      range: range(at, 1, 1, 1),
      style: { font: { name: FONT_BODY, size: 11, bold: true, color: COLORS.title } },
    });
  }
  block(conflictStart, report.conflicts.length, n);
  block(detailStart, report.events.length, n);
  const outcomes = range(detailStart + 1, 3, Math.max(1, report.events.length), 1);
  for (const [label, fill] of Object.entries(OUTCOME_FILLS)) {
    sheet.conditionalFormats.push({ range: outcomes, formula: `$C${detailStart + 1}="${label}"`, fill });
  }
  if (report.conflicts.length > 0) {
    sheet.styles.push({
      range: range(conflictStart + 1, 3, report.conflicts.length, 1),
      style: { fill: MERGE_COLORS.conflict },
    });
  }
  sheet.rowHeights.push({
    row: 1,
    heights: rows.map((cells, i) =>
      i < 3
        ? [26, 18, 18][i]
        : rowHeight(
            cells.map((v, j) => ({ text: displayText(v), width: WIDTHS[j], fontSize: 9 })),
            18,
          ),
    ),
    autofit: true,
  });
  return sheet;
}
