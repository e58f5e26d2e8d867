/**
 * Every department's copy of a ledger: the one copy maker behind `taizhang workbook --for 全部` (which writes
 * the copies into a folder) and the web page's 分发 (which puts them in one .zip). Recipients are the plan's
 * units, not placeholders such as 政策牵头起草部门, which are roles rather than recipients.
 */
import { CopySettings, buildCopySpec } from "../core/merge/copy-spec";
import { LedgerSpec } from "../core/ledger/types";
import { Plan } from "../core/plan/types";
import { writeLedgerXlsx } from "./write";

export interface PlannedCopy {
  department: string;
  spec: LedgerSpec;
  /** 序号 of the department's own items. */
  items: number[];
}

/** The departments that receive a copy: the plan's units, in the plan's order. */
export function copyRecipients(plan: Plan): string[] {
  return plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
}

/** Every recipient's copy as a spec (nothing written yet); throws if a recipient has no copy (cannot happen). */
export function planAllCopies(plan: Plan, settings: CopySettings): PlannedCopy[] {
  return copyRecipients(plan).map((department) => {
    const copy = buildCopySpec(plan, department, settings);
    if (!copy.ok) throw new Error(copy.message);
    return { department, spec: copy.spec, items: copy.items };
  });
}

/** One planned copy as .xlsx bytes. */
export function writeCopy(copy: PlannedCopy): Promise<Uint8Array> {
  return writeLedgerXlsx(copy.spec);
}
