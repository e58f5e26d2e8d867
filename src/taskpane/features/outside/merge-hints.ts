/** The web page's words in a merge's problems and report: files like the CLI, next steps on this page. */
import { commandLineHints, type MergeHints } from "../../../core/merge/hints";

export function webPageMergeHints(masterName: string): MergeHints {
  return {
    ...commandLineHints(masterName),
    masterIsCopy: "请在“选择总表…”中选择总表，各部门交回的副本在“选择交回的副本…”中选择。",
    otherPlan:
      "本页按总表中保存的计划合并；如总表的计划已被改动，请用命令行 taizhang merge --plan 指定生成该台账时所用的计划。",
    upgrade: (file) =>
      `本页不能升级旧格式的台账：请先在 Excel 台账加载项中点击“生成/更新台账”，或用命令行 “taizhang workbook --from ${file} --out 新文件.xlsx” 升级后再合并`,
    properCopy: "本页“分发”中生成的副本",
  };
}
