/** Chinese (default) text of the pane. */
import type { LedgerErrorCode } from "../../excel/api";
import type { FindingKind } from "../../core/validation/types";
import type { MergeOutcome } from "../../core/merge/types";
import { percent, type Messages } from "./messages";

const zhKinds: Record<FindingKind, string> = {
  "invalid-status": "状态不在列表中",
  "missing-item": "缺少事项",
  "duplicate-item": "序号重复",
  "unknown-item": "序号不在工作要点中",
  "missing-column": "缺少列",
  "done-without-progress": "已完成但未填进展情况",
  "other-plan": "台账属于另一计划",
};

const zhErrors: Record<LedgerErrorCode, string> = {
  "cell-edit-mode": "Excel 正在编辑单元格",
  "not-found": "找不到需要的内容",
  protected: "工作表受保护",
  "no-ledger": "还没有台账",
  unsupported: "此版本 Excel 不支持该功能",
  "too-large": "数据量过大",
  "other-plan": "台账属于另一计划",
  general: "操作未完成",
};

const zhOutcomes: Record<MergeOutcome, string> = {
  taken: "采纳",
  skipped: "跳过",
  rejected: "拒绝",
  conflict: "冲突",
};

export const zhCN: Messages = {
  appLabel: "台账任务窗格",
  defaultTitle: "台账",
  loadingLedger: "正在读取台账…",
  starting: "正在连接 Excel…",
  startingSlow: (seconds) =>
    `Excel 仍在加载加载项（已等待 ${seconds} 秒）。网络较慢时可能需要一两分钟，请稍候；如果几分钟后仍无反应，请关闭任务窗格后重新打开。`,
  noLedgerTitle: "本工作簿还没有台账",
  noLedgerBody: "点击“生成/更新台账”按示例计划生成台账，或在“导入计划”页导入本单位的计划。",
  progress: (done, total) => `已完成 ${done} / ${total} 项`,
  progressLabel: "总体进度",
  statusCounts: "各状态事项数",
  invalidStatusItems: (count) => `状态无效 ${count} 项`,
  tabsLabel: "台账功能",
  tabLedger: "台账",
  tabSummary: "汇总",
  tabShare: "分发与合并",
  tabImport: "导入计划",
  tabRound: "本轮",
  summaryEmpty: "还没有台账，没有可汇总的内容。请先在“台账”页点击“生成/更新台账”，或在“导入计划”页导入计划。",
  roundEmpty: "还没有台账，无法开始报送轮次。请先在“台账”页点击“生成/更新台账”。",
  shareEmpty: "还没有台账，无法分发或合并。请先在“台账”页点击“生成/更新台账”，或在“导入计划”页导入计划。",
  actionsHeading: "操作",
  createOrUpdate: "生成/更新台账",
  validate: "校验",
  refreshSummary: "刷新汇总",
  departmentLabel: "按部门筛选",
  allDepartments: "全部部门",
  busy: "正在处理…",
  loading: "正在加载…",
  dismiss: "关闭",
  applyResult: (r) => {
    if (!r.created && r.rowsWritten === 0 && r.repairs.length === 0)
      return "台账已是最新，没有需要改动的内容。";
    const parts: string[] = [];
    if (r.created) parts.push(`已新建台账，写入 ${r.rowsWritten} 行`);
    else if (r.rowsWritten > 0) parts.push(`已更新 ${r.rowsWritten} 行`);
    if (r.rowsKept > 0) parts.push(`保留 ${r.rowsKept} 行已填内容`);
    if (r.repairs.length > 0) {
      parts.push(`修复 ${r.repairs.length} 处：${r.repairs.map((x) => x.message).join("；")}`);
    }
    return `${parts.join("，")}。`;
  },
  summaryResult: (r) =>
    r.mode === "formula"
      ? "此 Excel 不支持数据透视表（需要 ExcelApi 1.8）：“部门汇总”表中的公式汇总就是汇总结果，随台账自动更新，无需另建数据透视表。"
      : r.created
        ? "已新建数据透视表。"
        : "已刷新数据透视表。",
  filterResult: (d) => (d === null ? "已清除部门筛选，显示全部事项。" : `台账已筛选为“${d}”的事项。`),
  validateResult: (f, n) =>
    f === 0 && n === 0
      ? "校验通过，没有发现问题。"
      : `发现 ${f} 个问题${n > 0 ? `，另有 ${n} 处可自动规范的填写` : ""}。`,
  normaliseResult: (count) => `已规范 ${count} 处填写。`,
  normaliseTitle: "规范填写",
  validationHeading: "校验结果",
  findingGroup: (kind, count) => `${zhKinds[kind]}（${count}）`,
  findingLine: (f) => f.message,
  goToCell: (address) => `转到 ${address}`,
  normalisationsHeading: (count) => `规范化建议（${count}）`,
  normalisationLine: (c) =>
    `将“${c.from}”改为“${c.to}”（${c.item === null ? "" : `第 ${c.item} 项，`}${c.address}）`,
  confirmNormalisations: (count) => `确认规范这 ${count} 处`,
  overviewHeading: "各部门进度",
  chartLabel: (n) => `${n} 个部门按状态的事项数（数字见“以表格显示”）`,
  showTable: "以表格显示",
  tableCaption: "各部门事项数、各状态事项数、逾期事项数和完成率",
  departmentColumn: "部门",
  totalColumn: "事项",
  doneColumn: "已完成",
  rateColumn: "完成率",
  overdueColumn: "逾期",
  overdueCount: (count) => `逾期 ${count}`,
  invalidOrBlankStatus: "状态无效/未填",
  legendLabel: "图例",
  rate: (rate) => `完成率 ${percent(rate)}`,
  errorTitle: (code) => zhErrors[code],
  unexpectedError: "发生了意外错误，操作没有完成。",
  unexpectedNextStep: "请再试一次；如果反复出现，请关闭并重新打开任务窗格，或联系办公室。",
  crashTitle: "任务窗格出错了",
  crashNextStep: "工作簿中的内容不受影响。请点击“重新加载”；如果反复出现，请联系办公室。",
  reload: "重新加载",
  ribbonFailureTitle: "功能区命令未完成",
  ribbonFailure: (message, nextStep) => {
    const text = message.replace(/^刷新汇总失败[：:]\s*/, "");
    return `上次从功能区刷新汇总失败：${text}${/[。！？.!?]$/.test(text) ? "" : "。"}下一步：${nextStep}`;
  },
  mergeHeading: "合并回收表",
  mergeHint:
    "选择各部门交回的副本（.xlsx，可多选）。文件只在本机读取，不会上传；先显示合并结果，确认后才写入本工作簿。",
  mergePick: "选择回收的副本…",
  mergeFileLabel: "回收的部门副本（.xlsx）",
  mergeReading: (files) => `正在读取 ${files} 个文件…`,
  mergeRefusedTitle: "未合并：以下问题需先处理，工作簿未作任何改动",
  mergeFailedTitle: "未能读取本工作簿的台账",
  mergeSummary: (copies, c, conflicts) =>
    `部门副本 ${copies} 份：采纳 ${c.taken} 格，跳过 ${c.skipped} 格，拒绝 ${c.rejected} 格；冲突 ${conflicts} 处${conflicts > 0 ? "（保持工作簿原值，待人工决定）" : ""}。`,
  mergeCounts: (c) =>
    `采纳 ${c.taken} 格 · 跳过 ${c.skipped} 格 · 拒绝 ${c.rejected} 格 · 冲突 ${c.conflict} 格`,
  mergeOutcome: (outcome, count) => `${zhOutcomes[outcome]}（${count}）`,
  mergeNotes: "提示",
  mergeConflictsHeading: (count) => `待人工决定的冲突（${count}）`,
  mergeConfirm: (cells) => `确认写入 ${cells} 格`,
  mergeNothingToWrite: "没有需要写入的内容：副本中没有可采纳的新内容。",
  mergeCancel: "取消",
  mergeClose: "关闭报告",
  mergeWritten: (r, conflicts) =>
    `已写入 ${r.cells} 格（${r.items} 项）。${conflicts > 0 ? `另有 ${conflicts} 处冲突保持原值，请对照报告人工决定。` : ""}`,
  distributeHeading: "分发部门副本",
  distributeHint:
    "为一个部门生成本台账的副本（带上已填写的内容；本部门事项排在最前，其余行锁定），在本机下载后发给该部门，交回后用“合并回收表”合并。",
  distributeDepartment: "部门",
  distributeChoose: "选择部门",
  distributeDownload: "下载副本",
  distributeDone: (fileName, items) => `已生成“${fileName}”（本部门 ${items} 项），请在浏览器的下载中查看。`,
  distributeUnsealed:
    "本台账没有合并校验密钥（由旧版本生成），副本不带校验码：回收时无法核实其所属部门，也不会覆盖台账已有的内容。请先点“生成/更新台账”加上密钥，再重新生成副本。",
  distributeFailedTitle: "未能生成部门副本",
  outsideTitle: "请在 Excel 中打开台账加载项",
  outsideReason: (reason, host) =>
    reason === "other-host"
      ? `当前宿主是 ${host ?? "其他 Office 应用"}，台账加载项只能在 Excel 中使用。`
      : "没有检测到 Office：此页面是在普通浏览器中打开的。",
  outsideWeb: "Excel 网页版：插入 → 加载项 → 上传我的加载项，选择 manifest.xml。",
  outsideDesktop:
    "Excel 桌面版：把 manifest.xml 放在共享文件夹中，在 信任中心 → 受信任的加载项目录 中添加该共享文件夹，然后在 插入 → 我的加载项 → 共享文件夹 中选择“台账”。",
};
