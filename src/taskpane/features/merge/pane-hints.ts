/** The task pane's words in a merge's problems and report: the open workbook is the master, next steps are buttons. */
import type { MergeHints } from "../../../core/merge/hints";

export const PANE_MERGE_HINTS: MergeHints = {
  master: "本工作簿",
  masterShort: "本工作簿",
  masterIsCopy: "请在总表中打开台账任务窗格，再合并各部门的副本。",
  otherPlan: "请先在“导入计划”页导入生成该台账时所用的计划，再合并。",
  upgrade: (_file, isMaster) =>
    isMaster
      ? "请先在“台账”页点击“生成/更新台账”升级本工作簿，再合并"
      : "请在“分发部门副本”中为该部门重新下载副本，请其在新副本中填写后交回",
  newerTool: "请先更新台账加载项。",
  properCopy: "“分发部门副本”中下载的副本",
  reportSheet: null,
};
