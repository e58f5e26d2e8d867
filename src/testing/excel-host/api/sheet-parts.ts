/** Worksheet.protection and Worksheet.freezePanes (Worksheet.pageLayout: page-layout.ts). */
import { MAX_COLS, MAX_ROWS, parseAddress } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { accessDenied, hostError, invalidArgument } from "../errors";
import { defaultProtectionOptions } from "../model/defaults";
import type { SheetModel } from "../model/types";
import { RangeProxy, rangeProxy } from "./range";

const PROTECTION: PropTable<SheetModel> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => s.protection.options },
};

export class WorksheetProtectionProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "WorksheetProtection";
  }
  get _props() {
    return PROTECTION;
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._enqueue("protect", { options, password }, (s) => {
      if (s.protection.protected)
        throw hostError(
          "InvalidOperation",
          `Worksheet "${s.name}" is already protected.`,
          "WorksheetProtection.protect",
        );
      s.protection = {
        protected: true,
        options: { ...defaultProtectionOptions(), ...(options ?? {}) },
        password,
      };
    });
  }
  unprotect(password?: string): void {
    this._enqueue("unprotect", { password }, (s) => {
      if (s.protection.protected && s.protection.password && s.protection.password !== password) {
        throw accessDenied("WorksheetProtection.unprotect", "wrong password");
      }
      s.protection = { protected: false, options: defaultProtectionOptions() };
    });
  }
}
defineProps(WorksheetProtectionProxy.prototype, Object.keys(PROTECTION));

export function rectOf(s: SheetModel, target: RangeProxy | string, location: string) {
  if (typeof target === "string") {
    const p = parseAddress(target, location);
    return p.rect;
  }
  const e = target._ref.get();
  if (e.sheet !== s) throw invalidArgument(location, "range is on another worksheet");
  return e.rect;
}

export class WorksheetFreezePanesProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "WorksheetFreezePanes";
  }
  get _props(): PropTable<SheetModel> {
    return {};
  }
  freezeRows(count = 1): void {
    this._enqueue("freezeRows", count, (s) => void (s.freeze = { rows: count, cols: 0, row: 0, col: 0 }));
  }
  freezeColumns(count = 1): void {
    this._enqueue("freezeColumns", count, (s) => void (s.freeze = { rows: 0, cols: count, row: 0, col: 0 }));
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._enqueue("freezeAt", typeof frozenRange === "string" ? frozenRange : null, (s) => {
      const r = rectOf(s, frozenRange, "WorksheetFreezePanes.freezeAt");
      s.freeze = { rows: r.row + r.rows, cols: r.col + r.cols, row: 0, col: 0 };
    });
  }
  unfreeze(): void {
    this._enqueue("unfreeze", null, (s) => void (s.freeze = null));
  }
  getLocationOrNullObject(): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const s = this._ref.get();
        const f = s.freeze;
        if (!f || (f.rows === 0 && f.cols === 0)) return null;
        const rect = {
          row: 0,
          col: 0,
          rows: f.rows === 0 ? MAX_ROWS : f.rows,
          cols: f.cols === 0 ? MAX_COLS : f.cols,
        };
        return { sheet: s, rect };
      }, "WorksheetFreezePanes.getLocationOrNullObject"),
    );
  }
}

export function protectionProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new WorksheetProtectionProxy(ctx, ref), "WorksheetProtection");
}
export function freezePanesProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new WorksheetFreezePanesProxy(ctx, ref), "WorksheetFreezePanes");
}
