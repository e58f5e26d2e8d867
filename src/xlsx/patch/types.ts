/** What a package patch is asked to do, and what it answers: plain data. */

/** A value to write: text (written as an inline string), a number, a boolean, a date, a formula, or empty. */
export type PatchValue = string | number | boolean | { date: string } | { formula: string } | null;

/** How a written cell should look, on top of the style it already has. */
export interface StyleHint {
  /** Solid background, "#RRGGBB" or "RRGGBB". */
  fill?: string;
  /** A number format code ("yyyy-mm-dd"). Dates get one when the cell's format is not a date format. */
  numFmt?: string;
  /**
   * Take this solid background off when the cell has it: the cell gets back the format it had before the fill
   * was put on (the same format without it). Applied before `fill`.
   */
  clearFill?: string;
}

export interface CellWrite {
  sheet: string;
  /** "B7", or 1-based row and column. */
  ref: string | { row: number; col: number };
  /** Absent: the value is kept and only the style hint applies. */
  value?: PatchValue;
  style?: StyleHint;
}

/** Whole sheets taken from another package (e.g. one written by writeLedgerXlsx): replaced, or added at the end. */
export interface SheetTransplant {
  /** The package holding the sheets. */
  from: Uint8Array | ArrayBuffer;
  /** Sheet names in that package (the same names in the target). */
  sheets: readonly string[];
}

/**
 * A solid background taken off every cell of `sheet` in `columns`, from `fromRow` down, that has it — unless a
 * cell write of the same patch puts that fill on the cell (it stays).
 */
export interface FillClear {
  sheet: string;
  /** "#RRGGBB" or "RRGGBB". */
  fill: string;
  /** 1-based. */
  columns: readonly number[];
  /** 1-based; default 1. */
  fromRow?: number;
}

export interface WorkbookPatch {
  cells?: readonly CellWrite[];
  transplant?: SheetTransplant;
  /** Backgrounds to take off wherever they are (a previous merge's conflict marks), except on cells written here. */
  clearFills?: readonly FillClear[];
  /** Refuse a package without a styles part (it has no formats to keep: its dates are bare numbers). */
  requireStyles?: boolean;
}

export type PatchResult =
  | {
      ok: true;
      bytes: Uint8Array;
      /** Part names whose bytes changed, were added or removed. */
      changedParts: string[];
    }
  | { ok: false; message: string };
