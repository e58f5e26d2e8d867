import type { MessageBarIntent } from "@fluentui/react-components";
import type { Messages } from "../../i18n/messages";
import type { CommandResult } from "../../state/types";

/** What a command's result says, in the pane's language. */
export function resultText(t: Messages, result: CommandResult): string {
  switch (result.kind) {
    case "apply":
      return t.applyResult(result.report);
    case "summary":
      return t.summaryResult(result.report);
    case "filter":
      return t.filterResult(result.department);
    case "validate":
      return t.validateResult(result.report.findings.length, result.report.normalisations.length);
    case "normalise":
      return t.normaliseResult(result.count);
    case "merge":
      return t.mergeWritten(result.report, result.conflicts);
  }
}

/** The command a result belongs to (the message's title). */
export function resultTitle(t: Messages, result: CommandResult): string {
  switch (result.kind) {
    case "apply":
      return t.createOrUpdate;
    case "summary":
      return t.refreshSummary;
    case "filter":
      return t.departmentLabel;
    case "validate":
      return t.validate;
    case "normalise":
      return t.normaliseTitle;
    case "merge":
      return t.mergeHeading;
  }
}

export function resultIntent(result: CommandResult): MessageBarIntent {
  if (result.kind === "summary" && result.report.mode === "formula") return "info";
  if (result.kind === "validate" && result.report.findings.length > 0) return "warning";
  if (result.kind === "merge" && result.conflicts > 0) return "warning";
  return "success";
}
