/**
 * The few words of a merge that depend on where it runs: how the master is named and what the person should
 * do next. The merge's checks and its report text are the same everywhere; each host passes its own hints
 * (the command line and the `.xlsx` path: commandLineHints; the task pane: its own, in src/taskpane).
 */
import { REPORT_SHEET } from "./constants";

export interface MergeHints {
  /** The master as the subject of a sentence: `总表 “台账.xlsx”` or `本工作簿`. */
  master: string;
  /** The master in a report line (values, conflicts): `总表` or `本工作簿`. */
  masterShort: string;
  /** Next step when the master is itself a department's copy. */
  masterIsCopy: string;
  /** Next step when the master belongs to another plan than the one used. */
  otherPlan: string;
  /** Next step for an older-format ledger (`file` as named in the report). */
  upgrade(file: string, isMaster: boolean): string;
  /** Next step for a ledger written by a newer version of the tool. */
  newerTool: string;
  /** A proper department copy, as in “请让该部门在…中填写后交回”. */
  properCopy: string;
  /** The report sheet of the merged file, where long values cut in a line stand in full; null: none (never cut). */
  reportSheet: string | null;
}

/** The merge on files (`taizhang merge`, and mergeLedgerFiles unless its caller passes other hints). */
export function commandLineHints(masterName: string): MergeHints {
  return {
    master: `总表 “${masterName}”`,
    masterShort: "总表",
    masterIsCopy: "请把总表放在第一个参数，部门副本放在其后。",
    otherPlan: "请用 --plan 指定生成该台账时所用的计划。",
    upgrade: (file) => `请先用 “taizhang workbook --from ${file} --out 新文件.xlsx” 升级为当前格式后再合并`,
    newerTool: "请先升级台账工具。",
    properCopy: "用 “taizhang workbook --from 总表.xlsx --for 部门” 发出的副本",
    reportSheet: `“${REPORT_SHEET}”表`,
  };
}

/**
 * A name or quoted file name followed by Chinese text: the command line's style puts a space after a closing
 * quote (`“a.xlsx” 是…`), none after a word (`本工作簿是…`).
 */
export function subject(name: string): string {
  return name.endsWith("”") ? `${name} ` : name;
}
