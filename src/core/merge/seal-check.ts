/**
 * Which returned copies' baselines a merge may trust, by their seals (seal.ts) and the master's key:
 * - sealed and matching: trusted as is;
 * - sealed but not matching: edited after send-out (another department written in, values changed) or sent
 *   from another master — the whole merge is refused, with what to do;
 * - unsealed (sent by an older version), or the master has no key: the baseline cannot be trusted, so the
 *   copy is merged as one without a baseline: only its department's cells that differ from the master, never
 *   over the master's content (conflicts for a person).
 */
import { MergeHints } from "./hints";
import { sealMatches } from "./seal";
import { MergeProblem, ReturnedCopy } from "./types";

export interface SealCheck {
  copies: ReturnedCopy[];
  problems: MergeProblem[];
  /** For the master (once, when it has no key). */
  notes: string[];
}

export function checkSeals(
  copies: readonly ReturnedCopy[],
  key: string | null | undefined,
  hints: MergeHints,
  masterName: string,
): SealCheck {
  if (key === undefined) return { copies: [...copies], problems: [], notes: [] };
  const problems: MergeProblem[] = [];
  const notes: string[] = [];
  const doubtful = (copy: ReturnedCopy, why: string): ReturnedCopy => {
    const dept = copy.baseline?.department ?? copy.snapshot.copyDepartment;
    return {
      ...copy,
      baseline: null,
      snapshot: { ...copy.snapshot, copyDepartment: dept },
      baselineDoubt: `${why}：只取${dept ? `“${dept}”` : "副本"}的事项中与总表不同的格；总表中已有内容的格不会被覆盖，列为冲突，请人工决定。`,
    };
  };
  if (key === null && copies.some((c) => c.baseline)) {
    notes.push(
      `${hints.master}没有合并校验密钥（由旧版本生成），无法核实各副本发出时的基准和所属部门，已按没有基准的副本合并。要核实此后发出的副本：${hints.upgrade(masterName, true)}，新总表带有密钥，再用它发出副本。`,
    );
  }
  const checked = copies.map((copy) => {
    const baseline = copy.baseline;
    if (!baseline) return copy;
    if (key === null) return doubtful(copy, "总表没有合并校验密钥，副本的基准无法核实");
    if (!baseline.seal) {
      return doubtful(copy, "副本的基准没有校验码（旧版本发出的副本），无法确认发出后未被改动");
    }
    if (sealMatches(key, baseline)) return copy;
    const dept = baseline.department ?? copy.snapshot.copyDepartment;
    problems.push({
      file: copy.name,
      message: `“${copy.name}” 的隐藏基准（发出时记录的所属部门${dept ? `“${dept}”` : ""}和内容）与校验码不符：发出后被改动过，或不是由本总表发出的副本，因此未合并。请让该部门在发给它的副本中填写后交回，或重新发出一份副本（${hints.properCopy}）。`,
    });
    return copy;
  });
  return { copies: checked, problems, notes };
}
