/**
 * validateLedger: the ledger's header row and body values + the workbook's status list + the plan →
 * findings and normalisation proposals. Pure; the Office.js adapter only reads the cells.
 */
import { Plan } from "../plan/types";
import { StatusDef, isDone } from "../status/statuses";
import { ColumnMap, mapColumns } from "./columns";
import { GridValue, LedgerGrid, bodyAddress } from "./grid";
import {
  doneWithoutProgressMessage,
  duplicateItemMessage,
  invalidStatusMessage,
  missingItemMessage,
  rowWithoutNumberMessage,
  unknownItemMessage,
} from "./messages";
import { itemNumber, numberProposal, statusProposal, textProposal } from "./normalise";
import { cellText, isBlank, trimEdges } from "./text";
import { Finding, Normalisation, ValidationReport } from "./types";
import { LEDGER_HEADERS, TEXT_FIELDS } from "../ledger/constants";

export function validateLedger(
  grid: LedgerGrid,
  plan: Plan,
  statuses: readonly StatusDef[],
): ValidationReport {
  const columns = mapColumns(grid, plan);
  const findings: Finding[] = [...columns.findings];
  const normalisations: Normalisation[] = [];
  const planItems = new Set(plan.items.map((i) => i.no));
  const firstSeen = new Map<number, string>();

  grid.body.forEach((row, r) => {
    const at = (
      field: Parameters<ColumnMap["fields"]["get"]>[0],
    ): { col: number; value: GridValue } | null => {
      const col = columns.fields.get(field);
      return col === undefined ? null : { col, value: row[col] ?? null };
    };
    if (row.every(isBlank)) return;
    const noCell = at("no");
    let item: number | null = null;
    if (noCell) {
      const address = bodyAddress(grid, r, noCell.col);
      const n = itemNumber(noCell.value);
      const typed = trimEdges(cellText(noCell.value));
      if (typed === "") {
        findings.push({
          address,
          item: null,
          kind: "unknown-item",
          message: rowWithoutNumberMessage(address),
        });
      } else if (n === null || !planItems.has(n)) {
        findings.push({
          address,
          item: null,
          kind: "unknown-item",
          message: unknownItemMessage(address, typed, plan.items.length),
          value: typed,
        });
      } else {
        item = n;
        const first = firstSeen.get(n);
        if (first !== undefined) {
          findings.push({
            address,
            item: n,
            kind: "duplicate-item",
            message: duplicateItemMessage(n, address, first),
            value: typed,
          });
        } else firstSeen.set(n, address);
      }
      if (typeof noCell.value === "string") {
        const to = numberProposal(noCell.value);
        if (to !== null) normalisations.push({ address, item: n, from: noCell.value, to, field: "no" });
      }
    }
    checkStatus(grid, r, columns, row, item, statuses, findings, normalisations);
    for (const field of TEXT_FIELDS) {
      const cell = at(field);
      if (!cell || typeof cell.value !== "string") continue;
      const to = textProposal(cell.value);
      if (to !== null)
        normalisations.push({
          address: bodyAddress(grid, r, cell.col),
          item,
          from: cell.value,
          to,
          field: "text",
        });
    }
  });

  for (const it of plan.items) {
    if (firstSeen.has(it.no)) continue;
    findings.push({
      address: null,
      item: it.no,
      kind: "missing-item",
      message: missingItemMessage(it.no, it.text),
    });
  }
  return { findings, normalisations };
}

function checkStatus(
  grid: LedgerGrid,
  r: number,
  columns: ColumnMap,
  row: GridValue[],
  item: number | null,
  statuses: readonly StatusDef[],
  findings: Finding[],
  normalisations: Normalisation[],
): void {
  const col = columns.fields.get("status");
  if (col === undefined) return;
  const value = row[col] ?? null;
  if (isBlank(value)) return;
  const names = statuses.map((s) => s.name);
  const typed = cellText(value);
  const address = bodyAddress(grid, r, col);
  let effective = typed;
  if (!names.includes(typed)) {
    const proposal = statusProposal(typed, names);
    findings.push({
      address,
      item,
      kind: "invalid-status",
      message: invalidStatusMessage(item, address, typed, names, proposal),
      value: typed,
    });
    if (proposal === null) return;
    normalisations.push({ address, item, from: typed, to: proposal, field: "status" });
    effective = proposal;
  }
  const progressCol = columns.fields.get("progress");
  if (progressCol === undefined || !isDone(statuses, effective)) return;
  if (!isBlank(row[progressCol] ?? null)) return;
  const progressAddress = bodyAddress(grid, r, progressCol);
  findings.push({
    address: progressAddress,
    item,
    kind: "done-without-progress",
    message: doneWithoutProgressMessage(
      item,
      progressAddress,
      effective,
      grid.headers[progressCol] ?? LEDGER_HEADERS.progress,
    ),
  });
}
