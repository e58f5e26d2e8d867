/** Chinese labels of outcomes and fields, shared by the text report and the report sheet. */
import { FilledField, LEDGER_HEADERS } from "../ledger/constants";
import { Plan } from "../plan/types";
import { MergeOutcome } from "./types";

export const OUTCOME_LABELS: Record<MergeOutcome, string> = {
  taken: "采纳",
  skipped: "跳过",
  rejected: "拒绝",
  conflict: "冲突",
};

export function fieldLabel(field: FilledField): string {
  return LEDGER_HEADERS[field];
}

/** The first characters of an item's task text, for a report line. */
export function taskExcerpt(plan: Plan, no: number | null, max = 24): string {
  const item = no === null ? undefined : plan.items.find((i) => i.no === no);
  if (!item) return "";
  return item.text.length > max ? `${item.text.slice(0, max)}…` : item.text;
}
