/**
 * Whether a master and its returned copies may be merged at all. Problems stop the whole merge (nothing is
 * written); notes are warnings carried into the report.
 */
import { FORMAT_VERSION } from "../ledger/constants";
import { planId as computePlanId } from "../ledger/plan-id";
import { LedgerSnapshot } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { MergeHints, commandLineHints, subject } from "./hints";
import { MergeProblem, ReturnedCopy } from "./types";

export interface Check {
  problems: MergeProblem[];
  notes: string[];
}

/** `who` is the file as the sentence's subject; `file` as the upgrade hint names it. */
function versionProblem(
  who: string,
  file: string,
  version: number | null,
  hints: MergeHints,
  isMaster: boolean,
): string | null {
  if (version === null || version === FORMAT_VERSION) return null;
  if (version < FORMAT_VERSION) {
    return `${subject(who)}是旧格式的台账（格式版本 ${version}，当前为 ${FORMAT_VERSION}），不能直接合并：${hints.upgrade(file, isMaster)}。`;
  }
  return `${subject(who)}的格式版本（${version}）比本工具支持的（${FORMAT_VERSION}）更新，${hints.newerTool}`;
}

/** The one check of a merge's master (both hosts): `file` names it in problems; hints word the next steps. */
export function checkMaster(
  master: LedgerSnapshot,
  plan: Plan,
  file: string,
  hints: MergeHints = commandLineHints(file),
): Check {
  const problems: MergeProblem[] = [];
  const notes: string[] = [];
  const add = (message: string) => problems.push({ file, message });
  const who = subject(hints.master);
  if (master.copyDepartment !== null) {
    add(`${who}是发给“${master.copyDepartment}”的部门副本，不是总表。${hints.masterIsCopy}`);
  }
  const version = versionProblem(hints.master, file, master.formatVersion, hints, true);
  if (version) add(version);
  if (master.formatVersion === null) notes.push(`${who}中找不到格式版本（“设置”表可能已删除）。`);
  const expected = computePlanId(plan);
  if (master.planId === null) {
    notes.push(`${who}中找不到计划标识，已按序号和任务文字核对各项。`);
  } else if (master.planId !== expected) {
    add(
      `${who}对应的计划（计划标识 ${master.planId}）与本次使用的计划（${expected}）不同。${hints.otherPlan}`,
    );
  }
  return { problems, notes };
}

/** The department a copy belongs to: the hidden baseline's (written at send-out) wins over the settings cell. */
export function copyDepartment(copy: ReturnedCopy): string | null {
  return copy.baseline?.department ?? copy.snapshot.copyDepartment;
}

export function checkCopy(
  copy: ReturnedCopy,
  master: LedgerSnapshot,
  plan: Plan,
  hints: MergeHints = commandLineHints("总表"),
): Check {
  const problems: MergeProblem[] = [];
  const notes: string[] = [];
  const file = copy.name;
  const add = (message: string) => problems.push({ file, message });
  const version = versionProblem(`“${file}”`, file, copy.snapshot.formatVersion, hints, false);
  if (version) add(version);
  const masterId = master.planId ?? computePlanId(plan);
  const ids = [copy.snapshot.planId, copy.baseline?.planId ?? null].filter((x): x is string => x !== null);
  const foreign = ids.find((id) => id !== masterId);
  if (foreign !== undefined) {
    const title = copy.snapshot.planTitle ? `“${copy.snapshot.planTitle}”，` : "";
    add(
      `“${file}” 是另一份计划的台账（${title}计划标识 ${foreign}；总表为 ${masterId}），不能合并到本总表。`,
    );
  } else if (ids.length === 0) {
    notes.push("副本中找不到计划标识（“设置”表可能已删除），已按序号和任务文字逐项核对。");
  }
  const dept = copyDepartment(copy);
  const names = plan.departments.map((d) => d.name);
  if (dept !== null && !names.includes(dept)) {
    add(`“${file}” 所属部门“${dept}”不是本计划中的部门（${names.join("、")}）。`);
  }
  const recorded = copy.snapshot.copyDepartment;
  if (copy.baseline?.department && recorded !== copy.baseline.department) {
    notes.push(
      `“设置”表中的所属部门${recorded ? `“${recorded}”` : "为空"}，与发出时记录的“${copy.baseline.department}”不同，已按发出时的部门合并。`,
    );
  }
  if (!copy.baseline && dept === null && foreign === undefined) {
    // (A copy of another plan is refused for that already: one reason per file.)
    add(
      `“${file}” 既没有发出时的基准（隐藏表 TZ_Baseline），也没有记录所属部门——可能是只把“台账”工作表复制到了新工作簿，或是一份旧的总表。按它合并会用其中较旧的内容覆盖其他部门已合并的填写，因此未合并。请让该部门在${hints.properCopy}中填写后交回；如是旧总表，请不要把它当作部门副本合并。`,
    );
  } else if (dept === null) {
    notes.push(
      "副本未记录所属部门（不是为某个部门发出的副本），已按整表合并：其中与发出时不同的修改都会被采纳。",
    );
  } else if (!copy.baseline) {
    notes.push(
      copy.baselineDoubt ??
        `副本中没有发出时的基准内容（隐藏表 TZ_Baseline 可能已删除）：只取“${dept}”的事项中与总表不同的格；总表中已有内容的格不会被覆盖，列为冲突，请人工决定。`,
    );
  }
  return { problems, notes };
}
