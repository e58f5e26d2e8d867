/** What validation of a ledger finds, as data. Shown in Chinese by default; the pane localises by `kind`. */
export type FindingKind =
  | "invalid-status" // a status not in the workbook's list (pasted values bypass data validation)
  | "missing-item" // a plan item with no row in the ledger
  | "duplicate-item" // two rows with the same 序号
  | "unknown-item" // a row whose 序号 is not in the plan
  | "missing-column" // a required column renamed or deleted
  | "done-without-progress" // 已完成 (a done status) with empty 进展情况
  | "other-plan"; // the workbook's ledger was made for another plan (its 计划标识 differs)

export interface Finding {
  /** Sheet-qualified address of the cell to look at, e.g. "台账!Q7"; null when there is no cell (missing item). */
  address: string | null;
  /** The plan item (序号) concerned, or null. */
  item: number | null;
  kind: FindingKind;
  /** Chinese message that names the item and the cell and says what to do. */
  message: string;
  /** The offending value, where there is one (the pasted status, the renamed header). */
  value?: string;
}

/** A proposed normalisation of an obvious variant (完成 → 已完成, stray spaces, full-width letters). */
export interface Normalisation {
  address: string;
  item: number | null;
  from: string;
  to: string;
  /** What the cell is: a 序号 (written as a number), a status, or free text (always kept as text). */
  field?: "no" | "status" | "text";
}

export interface ValidationReport {
  findings: Finding[];
  /** What `applyNormalisations` would change; shown to the person before anything is written. */
  normalisations: Normalisation[];
}
