/** English text of the pane (Office display language "en-*"). */
import type { LedgerErrorCode } from "../../excel/api";
import type { FindingKind } from "../../core/validation/types";
import type { MergeOutcome } from "../../core/merge/types";
import { percent, type Messages } from "./messages";

const enKinds: Record<FindingKind, string> = {
  "invalid-status": "Status not in the list",
  "missing-item": "Missing item",
  "duplicate-item": "Duplicate item number",
  "unknown-item": "Item number not in the plan",
  "missing-column": "Missing column",
  "done-without-progress": "Done without progress notes",
  "other-plan": "Ledger of another plan",
};

const enErrors: Record<LedgerErrorCode, string> = {
  "cell-edit-mode": "Excel is editing a cell",
  "not-found": "Something the ledger needs is missing",
  protected: "The sheet is protected",
  "no-ledger": "No ledger yet",
  unsupported: "This version of Excel does not support this",
  "too-large": "Too much data",
  "other-plan": "The ledger belongs to another plan",
  general: "The action did not finish",
};

const enOutcomes: Record<MergeOutcome, string> = {
  taken: "Taken",
  skipped: "Skipped",
  rejected: "Rejected",
  conflict: "Conflicts",
};

export const enUS: Messages = {
  appLabel: "Taizhang task pane",
  defaultTitle: "Ledger",
  loadingLedger: "Reading the ledger…",
  starting: "Connecting to Excel…",
  startingSlow: (seconds) =>
    `Excel is still loading the add-in (${seconds} s so far). On a slow network this can take a minute or two; please wait. If nothing happens for several minutes, close the task pane and open it again.`,
  noLedgerTitle: "This workbook has no ledger yet",
  noLedgerBody:
    "Select “Create/update ledger” to build the ledger from the sample plan, or import your own plan on the Import plan tab.",
  progress: (done, total) => `${done} of ${total} items done`,
  progressLabel: "Overall progress",
  statusCounts: "Items per status",
  invalidStatusItems: (count) => `${count} with an invalid status`,
  tabsLabel: "Ledger features",
  tabLedger: "Ledger",
  tabSummary: "Summary",
  tabShare: "Share & merge",
  tabImport: "Import plan",
  tabRound: "Round",
  summaryEmpty:
    "There is no ledger to summarise yet. Select “Create/update ledger” on the Ledger tab, or import a plan on the Import plan tab.",
  roundEmpty: "There is no ledger yet, so no reporting round. Create it first under Ledger.",
  shareEmpty:
    "There is no ledger to share or merge yet. Select “Create/update ledger” on the Ledger tab, or import a plan on the Import plan tab.",
  actionsHeading: "Actions",
  createOrUpdate: "Create/update ledger",
  validate: "Validate",
  refreshSummary: "Refresh summary",
  departmentLabel: "Filter by department",
  allDepartments: "All departments",
  busy: "Working…",
  loading: "Loading…",
  dismiss: "Dismiss",
  applyResult: (r) => {
    if (!r.created && r.rowsWritten === 0 && r.repairs.length === 0)
      return "The ledger is up to date; nothing needed changing.";
    const parts: string[] = [];
    if (r.created) parts.push(`Created the ledger with ${r.rowsWritten} rows`);
    else if (r.rowsWritten > 0) parts.push(`Updated ${r.rowsWritten} rows`);
    if (r.rowsKept > 0) parts.push(`kept what was filled in on ${r.rowsKept} rows`);
    if (r.repairs.length > 0) {
      parts.push(`repaired ${r.repairs.length}: ${r.repairs.map((x) => x.message).join("; ")}`);
    }
    const text = parts.join(", ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  summaryResult: (r) =>
    r.mode === "formula"
      ? "This Excel does not support PivotTables (needs ExcelApi 1.8): the formula summary on the 部门汇总 sheet is the summary; it updates with the ledger, no PivotTable is needed."
      : r.created
        ? "Created the PivotTable."
        : "Refreshed the PivotTable.",
  filterResult: (d) =>
    d === null ? "Cleared the department filter; showing all items." : `Filtered the ledger to ${d}.`,
  validateResult: (f, n) =>
    f === 0 && n === 0
      ? "Validation passed; no problems found."
      : `Found ${f} problem${f === 1 ? "" : "s"}${n > 0 ? ` and ${n} entries that can be normalised` : ""}.`,
  normaliseResult: (count) => `Normalised ${count} entr${count === 1 ? "y" : "ies"}.`,
  normaliseTitle: "Normalise entries",
  validationHeading: "Validation results",
  findingGroup: (kind, count) => `${enKinds[kind]} (${count})`,
  findingLine: (f) => {
    const where = [f.item === null ? null : `Item ${f.item}`, f.address].filter(Boolean).join(", ");
    const value = f.value === undefined ? "" : `: “${f.value}”`;
    return `${where ? `${where} — ` : ""}${enKinds[f.kind]}${value}`;
  },
  goToCell: (address) => `Go to ${address}`,
  normalisationsHeading: (count) => `Suggested normalisations (${count})`,
  normalisationLine: (c) =>
    `Change “${c.from}” to “${c.to}” (${c.item === null ? "" : `item ${c.item}, `}${c.address})`,
  confirmNormalisations: (count) => `Apply these ${count} changes`,
  overviewHeading: "Progress by department",
  chartLabel: (n) => `Items by status for ${n} departments (“Show as table” gives the numbers)`,
  showTable: "Show as table",
  tableCaption: "Items, items per status, overdue items and completion rate by department",
  departmentColumn: "Department",
  totalColumn: "Items",
  doneColumn: "Done",
  rateColumn: "Rate",
  overdueColumn: "Overdue",
  overdueCount: (count) => `${count} overdue`,
  invalidOrBlankStatus: "Invalid/blank status",
  legendLabel: "Legend",
  rate: (rate) => `${percent(rate)} done`,
  errorTitle: (code) => enErrors[code],
  unexpectedError: "Something unexpected went wrong; the action did not finish.",
  unexpectedNextStep:
    "Try again; if it keeps happening, close and reopen the task pane or contact the General Office.",
  crashTitle: "The task pane ran into a problem",
  crashNextStep:
    "Your workbook is not affected. Select “Reload”; if it keeps happening, contact the General Office.",
  reload: "Reload",
  ribbonFailureTitle: "A ribbon command did not finish",
  ribbonFailure: (message, nextStep) =>
    `Last time, Refresh summary on the ribbon failed: ${message} Next step: ${nextStep}`,
  mergeHeading: "Collect returned copies",
  mergeHint:
    "Choose the copies departments sent back (.xlsx, several at once). The files are read on this computer, never uploaded; you see the result first and the workbook is written only when you confirm.",
  mergePick: "Choose returned copies…",
  mergeFileLabel: "Returned department copies (.xlsx)",
  mergeReading: (files) => `Reading ${files} file${files === 1 ? "" : "s"}…`,
  mergeRefusedTitle: "Not merged: fix these first; the workbook was not changed",
  mergeFailedTitle: "Could not read this workbook's ledger",
  mergeSummary: (copies, c, conflicts) =>
    `${copies} cop${copies === 1 ? "y" : "ies"}: ${c.taken} cells taken, ${c.skipped} skipped, ${c.rejected} rejected; ${conflicts} conflict${conflicts === 1 ? "" : "s"}${conflicts > 0 ? " (the workbook keeps its value; a person decides)" : ""}.`,
  mergeCounts: (c) =>
    `${c.taken} taken · ${c.skipped} skipped · ${c.rejected} rejected · ${c.conflict} in conflict`,
  mergeOutcome: (outcome, count) => `${enOutcomes[outcome]} (${count})`,
  mergeNotes: "Notes",
  mergeConflictsHeading: (count) => `Conflicts for a person to decide (${count})`,
  mergeConfirm: (cells) => `Write these ${cells} cell${cells === 1 ? "" : "s"}`,
  mergeNothingToWrite: "Nothing to write: the copies hold nothing new that can be taken.",
  mergeCancel: "Cancel",
  mergeClose: "Close report",
  mergeWritten: (r, conflicts) =>
    `Wrote ${r.cells} cell${r.cells === 1 ? "" : "s"} (${r.items} item${r.items === 1 ? "" : "s"}).${conflicts > 0 ? ` ${conflicts} conflict${conflicts === 1 ? "" : "s"} kept the workbook's value: decide them from the report.` : ""}`,
  distributeHeading: "Send a department its copy",
  distributeHint:
    "Makes a copy of this ledger for one department (with what is filled in; its items first, the other rows locked), downloaded on this computer. Collect it back with “Collect returned copies”.",
  distributeDepartment: "Department",
  distributeChoose: "Choose a department",
  distributeDownload: "Download copy",
  distributeDone: (fileName, items) =>
    `Made “${fileName}” (${items} item${items === 1 ? "" : "s"} of the department's); see the browser's downloads.`,
  distributeUnsealed:
    "This ledger has no merge key (made by an older version), so the copy carries no seal: its department cannot be verified when it is collected, and it will not overwrite what the ledger already holds. Select “Create/update ledger” first to add a key, then make the copies again.",
  distributeFailedTitle: "Could not make the department's copy",
  outsideTitle: "Open the Taizhang add-in in Excel",
  outsideReason: (reason, host) =>
    reason === "other-host"
      ? `This is ${host ?? "another Office app"}; the Taizhang add-in works only in Excel.`
      : "Office was not found: this page is open in an ordinary browser.",
  outsideWeb: "Excel on the web: Insert → Add-ins → Upload My Add-in, then choose manifest.xml.",
  outsideDesktop:
    "Excel desktop: put manifest.xml in a shared folder, add that folder under Trust Center → Trusted Add-in Catalogs, then choose Taizhang under Insert → My Add-ins → Shared Folder.",
};
