/**
 * Text of the 自检 dialog, in its lazily loaded chunk (the header button's words are in SelfCheckEntry.tsx).
 * The report itself is always Chinese (report-text.ts): it is read by the add-in's maintainers.
 */
import type { Locale } from "../../i18n/messages";

export interface SelfCheckText {
  title: string;
  intro: string;
  start: string;
  again: string;
  running: string;
  summary: (passed: number, failed: number, skipped: number) => string;
  reportLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  failedToRun: (message: string) => string;
}

export const selfCheckText: Record<Locale, SelfCheckText> = {
  "zh-CN": {
    title: "自检",
    intro:
      "在一张临时工作表中逐项试用加载项用到的 Excel 功能（名称、下拉列表、条件格式、表格、数据透视表、事件、冻结窗格、页面布局），完成后删除该工作表，不改动台账。结果可复制给维护人员。",
    start: "开始自检",
    again: "再次自检",
    running: "正在自检…",
    summary: (passed, failed, skipped) =>
      failed > 0
        ? `${passed} 项通过，${failed} 项失败，${skipped} 项跳过。请复制报告发给维护人员。`
        : `${passed} 项通过，${skipped} 项跳过，没有失败。`,
    reportLabel: "自检报告",
    copy: "复制",
    copied: "已复制到剪贴板。",
    copyFailed: "无法访问剪贴板：报告已全部选中，请按 Ctrl+C（Mac：⌘+C）复制。",
    close: "关闭",
    failedToRun: (message) => `自检未能运行：${message}。请关闭后重试；如仍失败，请重新打开加载项。`,
  },
  "en-US": {
    title: "Self-check",
    intro:
      "Tries each Excel feature the add-in uses (names, drop-down lists, conditional formats, tables, PivotTables, events, freeze panes, page layout) in a temporary sheet, then deletes the sheet; the ledger is not changed. Copy the result for the add-in's maintainers.",
    start: "Run self-check",
    again: "Run again",
    running: "Checking…",
    summary: (passed, failed, skipped) =>
      failed > 0
        ? `${passed} passed, ${failed} failed, ${skipped} skipped. Please copy the report to the maintainers.`
        : `${passed} passed, ${skipped} skipped, none failed.`,
    reportLabel: "Self-check report",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copyFailed: "The clipboard is not available: the report is selected, press Ctrl+C (Mac: ⌘+C) to copy it.",
    close: "Close",
    failedToRun: (message) =>
      `The self-check could not run: ${message}. Close this and try again; if it still fails, reopen the add-in.`,
  },
};
