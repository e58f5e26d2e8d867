/** Sheet names and texts of the reporting rounds. */
export const ROUND_SHEETS = {
  /** Visible: department × round (returned date / 未报送 / 逾期报送). */
  status: "报送情况",
  /** Visible: every task's cells at each round's close, and every cell a merge changed. */
  history: "进展记录",
  /** veryHidden: the rounds and returns as records, read back by every command. */
  data: "TZ_Rounds",
  /** veryHidden: per ledger row, what the last closed round said (for 本轮新完成 / 本轮新逾期). */
  previous: "TZ_Previous",
} as const;

export const ROUND_HEADERS = {
  rounds: ["轮次", "开始日期", "截止日期", "结束日期"],
  returns: ["轮次", "部门", "交回时间", "逾期", "文件"],
  previous: ["序号", "上轮已完成", "上轮逾期"],
} as const;

export const HISTORY_KINDS = { snapshot: "本轮结束快照", change: "合并改动" } as const;

export const HISTORY_HEADERS = {
  round: "轮次",
  date: "日期",
  kind: "记录",
  no: "序号",
  department: "部门",
  deadline: "时限状态",
  field: "改动字段",
  before: "原内容",
  file: "来源文件",
} as const;

export const RETURN_MARKS = { missing: "未报送", late: "逾期报送" } as const;
