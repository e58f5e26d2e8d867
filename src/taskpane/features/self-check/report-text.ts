/** The self-check report as copyable plain text (Chinese: it is read by the add-in's maintainers). */
import type { CheckResult, SelfCheckReport } from "../../../excel/self-check/types";

const pad = (n: number) => String(n).padStart(2, "0");

function when(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function line(r: CheckResult): string {
  const head = `${r.name}（ExcelApi ${r.requires}）`;
  if (r.status === "pass") return `✓ ${head}`;
  if (r.status === "skipped") return `跳过 ${head}：${r.detail ?? ""}。加载项的做法：${r.fallback}`;
  return `✗ ${head}：${r.code ?? "无错误代码"} — ${r.detail ?? ""}。加载项的做法：${r.fallback}`;
}

export function countResults(report: SelfCheckReport): { passed: number; failed: number; skipped: number } {
  const n = (s: CheckResult["status"]) => report.results.filter((r) => r.status === s).length;
  return { passed: n("pass"), failed: n("fail"), skipped: n("skipped") };
}

export function reportText(report: SelfCheckReport): string {
  const { passed, failed, skipped } = countResults(report);
  const supported = report.excelApi.filter((s) => s.supported).map((s) => s.version);
  const highest = supported.length ? supported[supported.length - 1] : "无";
  const cleanup = report.cleanup.removed
    ? `临时工作表“${report.scratchSheet}”已删除。`
    : `临时工作表“${report.scratchSheet}”未能删除（${report.cleanup.code ?? "无错误代码"} — ${report.cleanup.detail}）：请右键该工作表标签删除它。`;
  return [
    `台账加载项自检报告（${when(report.at)}）`,
    `Excel：${report.host ?? "未知"}，平台 ${report.platform ?? "未知"}，版本 ${report.version ?? "未知"}`,
    `支持的 ExcelApi 要求集（最高 ${highest}）：` +
      report.excelApi.map((s) => `${s.version} ${s.supported ? "✓" : "✗"}`).join("，"),
    `检查结果：${passed} 项通过，${failed} 项失败，${skipped} 项跳过`,
    ...report.results.map(line),
    cleanup,
    failed > 0
      ? "下一步：请把本报告全文发给加载项维护人员。"
      : "下一步：无需处理；如遇问题，请把本报告随问题一起发给维护人员。",
  ].join("\n");
}
