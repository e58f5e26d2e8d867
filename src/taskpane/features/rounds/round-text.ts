/**
 * Text of the 本轮 panel (kept with the feature, in its lazily loaded chunk). Chinese by default, English when
 * Office is in English; both implement RoundText.
 */
import type { Locale } from "../../i18n/messages";

export interface RoundText {
  heading: string;
  loading: string;
  none: string;
  round: string;
  due: string;
  state: string;
  open: (startedAt: string) => string;
  closed: (closedAt: string) => string;
  reportedHeading: (count: number) => string;
  missingHeading: (count: number) => string;
  late: string;
  noContact: string;
  allReported: string;
  copy: string;
  copied: (count: number) => string;
  copyFallback: string;
  close: string;
  confirmClose: (name: string) => string;
  confirm: string;
  cancel: string;
  closedNotice: (name: string) => string;
  startHeading: string;
  name: string;
  namePlaceholder: string;
  dueLabel: string;
  start: string;
  startedNotice: (name: string, due: string) => string;
  needNameAndDue: string;
  failedTitle: string;
  refresh: string;
}

const zh: RoundText = {
  heading: "本轮报送",
  loading: "正在读取报送轮次…",
  none: "这份台账还没有报送轮次。开始一轮后，发出的部门副本带有本轮，合并交回的副本即记为已报送。",
  round: "轮次",
  due: "截止日期",
  state: "状态",
  open: (startedAt) => `进行中（${startedAt} 开始）`,
  closed: (closedAt) => `已于 ${closedAt} 结束`,
  reportedHeading: (n) => `已报送（${n} 个部门）`,
  missingHeading: (n) => `未报送（${n} 个部门）`,
  late: "逾期报送",
  noContact: "（台账中未填写联系人）",
  allReported: "全部部门均已报送。",
  copy: "复制催报名单",
  copied: (n) => `已复制 ${n} 个部门的催报名单，可直接粘贴到消息中。`,
  copyFallback: "无法直接写入剪贴板。请选中下面的名单，按 Ctrl+C 复制：",
  close: "结束本轮",
  confirmClose: (name) =>
    `结束“${name}”？各项工作当前的填写内容会记入“进展记录”表，部门汇总的本轮新完成、本轮新逾期以此为对比。`,
  confirm: "确认结束",
  cancel: "取消",
  closedNotice: (name) => `已结束“${name}”，各项填写内容已记入“进展记录”。下一轮可在下方开始。`,
  startHeading: "开始新一轮",
  name: "轮次名称",
  namePlaceholder: "例如 2019年第三季度",
  dueLabel: "截止日期",
  start: "开始新一轮",
  startedNotice: (name, due) =>
    `已开始“${name}”，截止 ${due}。下一步：在“分发与合并”中生成部门副本发给各部门。`,
  needNameAndDue: "请填写轮次名称和截止日期。",
  failedTitle: "未完成",
  refresh: "刷新",
};

const en: RoundText = {
  heading: "Reporting round",
  loading: "Reading the reporting rounds…",
  none: "This ledger has no reporting round yet. Copies sent during a round carry it; merging a returned copy records the department as reported.",
  round: "Round",
  due: "Due",
  state: "State",
  open: (startedAt) => `Open (started ${startedAt})`,
  closed: (closedAt) => `Closed on ${closedAt}`,
  reportedHeading: (n) => `Reported (${n})`,
  missingHeading: (n) => `Not reported (${n})`,
  late: "late",
  noContact: "(no contact in the ledger)",
  allReported: "Every department has reported.",
  copy: "Copy reminder list",
  copied: (n) => `Copied the reminder list of ${n} departments; paste it into a message.`,
  copyFallback: "The clipboard is not available. Select the list below and press Ctrl+C:",
  close: "Close round",
  confirmClose: (name) =>
    `Close "${name}"? Every item's current cells go to 进展记录, the baseline of the summary's new-done and new-overdue counts.`,
  confirm: "Close it",
  cancel: "Cancel",
  closedNotice: (name) => `Closed "${name}"; every item's cells are in 进展记录. Start the next round below.`,
  startHeading: "Start a new round",
  name: "Round name",
  namePlaceholder: "e.g. 2019 Q3",
  dueLabel: "Due date",
  start: "Start round",
  startedNotice: (name, due) =>
    `Started "${name}", due ${due}. Next: make the departments' copies under Share.`,
  needNameAndDue: "Fill in the round's name and due date.",
  failedTitle: "Not done",
  refresh: "Refresh",
};

export const roundText: Record<Locale, RoundText> = { "zh-CN": zh, "en-US": en };
