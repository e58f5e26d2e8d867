/**
 * Text of the web page outside Office (its tabs, 分发 and 合并 on files), kept with the feature rather than in
 * the pane's dictionaries. Chinese by default, English when the browser is in English.
 */
import type { Locale } from "../../i18n/messages";

export interface OutsideText {
  tabsLabel: string;
  tabImport: string;
  tabDistribute: string;
  tabMerge: string;
  intro: string;
  chosen: (names: readonly string[]) => string;
  distributeHeading: string;
  distributeHint: string;
  ledgerLabel: string;
  chooseLedger: string;
  downloadZip: string;
  making: string;
  zipDone: (fileName: string, copies: number) => string;
  copyLine: (department: string, items: number) => string;
  /** Items in no copy (only placeholder departments: core/merge/undistributed.ts), with the next step. */
  undistributed: (items: readonly number[]) => string;
  /** The chosen ledger has no merge key: its copies are not sealed. */
  unsealed: string;
  distributeFailed: string;
  mergeHeading: string;
  mergeHint: string;
  masterLabel: string;
  chooseMaster: string;
  copiesLabel: string;
  chooseCopies: string;
  mergeDownload: string;
  merging: string;
  mergedDone: (fileName: string) => string;
  mergeRefused: string;
  mergeFailed: string;
  unreadable: (name: string) => string;
  again: string;
}

const zh: OutsideText = {
  tabsLabel: "台账网页版",
  tabImport: "导入计划",
  tabDistribute: "分发",
  tabMerge: "合并",
  intro:
    "不能运行加载项（WPS、批量许可的 Office 2016/2019 等）时，可在本页处理台账文件：导入计划生成台账、生成各部门副本、合并交回的副本。文件只在本机浏览器中处理，不会上传。",
  chosen: (names) => `已选择：${names.join("、")}`,
  distributeHeading: "分发部门副本",
  distributeHint:
    "选择台账总表（.xlsx），为计划中的每个部门各生成一份副本，打包成一个 .zip 下载——与命令行 taizhang workbook --for 全部 生成的文件相同。解压后把每个文件发给对应部门，交回后在“合并”中合并。",
  ledgerLabel: "要分发的台账总表（.xlsx）",
  chooseLedger: "选择台账总表…",
  downloadZip: "生成并下载全部副本（.zip）",
  making: "正在生成副本…",
  zipDone: (fileName, copies) =>
    `已下载 ${fileName}，内有 ${copies} 个部门的副本。下一步：解压后把每个文件发给对应部门。`,
  copyLine: (department, items) => `${department}：${items} 项`,
  undistributed: (items) =>
    `未分发：序号 ${items.join("、")} 共 ${items.length} 项没有具体的责任部门（只有各有关部门、各单位等泛指的部门），不在任何部门副本中可编辑。请在总表中直接填写；如要由具体部门填写，请在“责任部门”中写明部门后重新分发。`,
  unsealed:
    "这份台账没有合并校验密钥（由旧版本生成），副本不带校验码：合并时无法核实副本的所属部门，也不会覆盖总表已有的内容。如需核实，请先在 Excel 台账加载项中点“生成/更新台账”（或用命令行 taizhang workbook --from）为总表加上密钥，再由它分发。",
  distributeFailed: "未生成副本",
  mergeHeading: "合并交回的副本",
  mergeHint:
    "先选择台账总表，再选择各部门交回的副本（可多选）。合并结果另存为新文件下载，总表本身不改动；合并报告显示在下方，也写在结果文件的“合并报告”表中。",
  masterLabel: "合并用的台账总表（.xlsx）",
  chooseMaster: "选择总表…",
  copiesLabel: "交回的部门副本（.xlsx，可多选）",
  chooseCopies: "选择交回的副本…",
  mergeDownload: "合并并下载",
  merging: "正在合并…",
  mergedDone: (fileName) =>
    `已下载合并结果 ${fileName}。下一步：核对下面的合并报告，冲突和未采用的内容请在结果文件中人工处理。`,
  mergeRefused: "未合并：总表未改动，也没有生成合并结果",
  mergeFailed: "合并失败",
  unreadable: (name) => `未能读取“${name}”。请确认文件没有损坏、没有在其他程序中打开，然后重试。`,
  again: "重新选择",
};

const en: OutsideText = {
  tabsLabel: "Taizhang on the web",
  tabImport: "Import plan",
  tabDistribute: "Distribute",
  tabMerge: "Merge",
  intro:
    "Where the add-in cannot run (WPS, volume-licensed Office 2016/2019…), this page works on the ledger files: import a plan into a new ledger, make every department's copy, merge the returned copies. Files are processed in this browser and never uploaded.",
  chosen: (names) => `Chosen: ${names.join(", ")}`,
  distributeHeading: "Department copies",
  distributeHint:
    "Choose the master ledger (.xlsx) to make one copy per department of the plan, downloaded as one .zip — the same files as `taizhang workbook --for 全部`. Unzip and send each file to its department; merge them under Merge when they come back.",
  ledgerLabel: "Master ledger to distribute (.xlsx)",
  chooseLedger: "Choose the master ledger…",
  downloadZip: "Make and download all copies (.zip)",
  making: "Making the copies…",
  zipDone: (fileName, copies) =>
    `Downloaded ${fileName} with ${copies} department copies. Next: unzip and send each file to its department.`,
  copyLine: (department, items) => `${department}: ${items} items`,
  undistributed: (items) =>
    `Not sent out: item${items.length === 1 ? "" : "s"} ${items.join(", ")} (${items.length}) have no specific department (only general ones such as 各有关部门) and are in no department's copy. Fill them in in the master ledger, or name real departments in “责任部门” and make the copies again.`,
  unsealed:
    "This ledger has no merge key (made by an older version), so the copies carry no seal: a merge cannot verify a copy's department, and will not overwrite what the master already holds. To verify copies, first give the master a key (“Create/update ledger” in the Excel add-in, or taizhang workbook --from on the command line), then make the copies from it.",
  distributeFailed: "No copies made",
  mergeHeading: "Merge returned copies",
  mergeHint:
    "Choose the master ledger, then the copies departments returned (several at once). The result is downloaded as a new file; the master is not changed. The merge report is shown below and written to the result's 合并报告 sheet.",
  masterLabel: "Master ledger to merge into (.xlsx)",
  chooseMaster: "Choose the master…",
  copiesLabel: "Returned department copies (.xlsx, several allowed)",
  chooseCopies: "Choose returned copies…",
  mergeDownload: "Merge and download",
  merging: "Merging…",
  mergedDone: (fileName) =>
    `Downloaded the merged ledger ${fileName}. Next: check the report below; settle conflicts and refused cells in that file.`,
  mergeRefused: "Not merged: the master is unchanged and no result was made",
  mergeFailed: "The merge failed",
  unreadable: (name) =>
    `Could not read “${name}”. Check that the file is intact and not open elsewhere, then try again.`,
  again: "Choose again",
};

export const outsideText: Record<Locale, OutsideText> = { "zh-CN": zh, "en-US": en };
