import type { Finding, FindingKind } from "../../../core/validation/types";

/** Order of the groups in the list: what blocks the ledger first, then what people typed. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  "other-plan",
  "missing-column",
  "missing-item",
  "duplicate-item",
  "unknown-item",
  "invalid-status",
  "done-without-progress",
];

export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
}

/** Groups findings by kind (fixed order, empty groups left out), keeping each group's order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return FINDING_KIND_ORDER.map((kind) => ({
    kind,
    findings: findings.filter((f) => f.kind === kind),
  })).filter((group) => group.findings.length > 0);
}
