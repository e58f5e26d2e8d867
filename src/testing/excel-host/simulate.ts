/** `host.simulate`: what a person or Excel itself does outside the add-in. */
import type { HostRuntime } from "./core/runtime";
import { hostError } from "./errors";
import { assertWritable, expandInput, formatAt, writeCells } from "./model/cells";
import { parseInput } from "./model/input";
import type { WorkbookInspector } from "./inspect";
import { checkTypedValue } from "./api/validation-check";

export class Simulator {
  constructor(
    private readonly runtime: HostRuntime,
    private readonly inspector: WorkbookInspector,
  ) {}

  /**
   * The person is in cell-edit mode (typing in a cell) for `ms` milliseconds from now (Infinity: until
   * `exitCellEdit()`). Meanwhile a request fails with InvalidOperationInCellEditMode and applies nothing —
   * unless its Excel.run passed `{ delayForCellEdit: true }`: then it waits until the person leaves the cell
   * (Excel.RunOptions, https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions; article
   * "Delay execution while cell is being edited"). Cell-edit mode lasts for a time, not for a number of syncs.
   */
  cellEditMode(ms: number): void {
    this.runtime.enterCellEdit(ms);
  }

  /** The person presses Enter or Esc: requests waiting with delayForCellEdit run. */
  exitCellEdit(): void {
    this.runtime.exitCellEdit();
  }

  /**
   * Types `values` into `sheet!address` as a person would: protection and "Stop" list validations apply,
   * formulas/numbers/dates are parsed like typed input, and worksheet onChanged handlers fire
   * (triggerSource "Unknown"). Resolves after the handlers have finished.
   */
  async userEdit(sheet: string, address: string, values: unknown[][] | unknown): Promise<void> {
    await this.edit(sheet, address, values, true, "userEdit");
  }

  /**
   * Pastes `values` as a person would (paste values): like `userEdit` — protection applies, handlers fire —
   * but data validation is not checked: Excel does not enforce a list rule on pasted values.
   */
  async userPaste(sheet: string, address: string, values: unknown[][] | unknown): Promise<void> {
    await this.edit(sheet, address, values, false, "userPaste");
  }

  /**
   * A co-author, in another Excel with the same workbook open, types `values` into `sheet!address`. The cells
   * change here and this Excel's onChanged handlers fire with `source: "Remote"` (Excel.EventSource;
   * WorksheetChangedEventArgs.source) and, from ExcelApi 1.14, `triggerSource: "Unknown"`. Their Excel checked
   * the list validation; protection applies to them too.
   */
  async remoteEdit(sheet: string, address: string, values: unknown[][] | unknown): Promise<void> {
    await this.edit(sheet, address, values, false, "remoteEdit", "remote");
  }

  private async edit(
    sheet: string,
    address: string,
    values: unknown[][] | unknown,
    validate: boolean,
    label: string,
    source: "user" | "remote" = "user",
  ): Promise<void> {
    const model = this.runtime.model;
    const e = this.inspector.range(sheet, address);
    const data = expandInput(e, values, label);
    assertWritable(e.sheet, e.rect, "values", label);
    if (validate)
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = e.rect.row + i;
          const c = e.rect.col + j;
          const parsed = parseInput(v, formatAt(e.sheet, r, c).numberFormat, "userEdit");
          const typed =
            parsed.cell === null ? "" : parsed.cell?.formula ? null : (parsed.cell?.value ?? null);
          if (typed !== null) checkTypedValue(model, e.sheet, r, c, typed);
        }),
      );
    if (model.pivotsOverlapping(e.sheet.id, e.rect).length) {
      throw hostError("InvalidOperation", "Cannot change this part of a PivotTable report.", label);
    }
    writeCells(model, e, data, source, label);
    this.runtime.afterSync();
    await this.runtime.settle();
  }

  /** Waits for every pending event handler (and the Excel.run calls they make). */
  settle(): Promise<void> {
    return this.runtime.settle();
  }
}
