/** Worksheet.protection, Worksheet.freezePanes and Worksheet.pageLayout. */
import { MAX_COLS, MAX_ROWS, fullAddress, parseAddress } from "../address";
import type { RequestContextImpl } from "../core/context";
import { ClientObjectBase, PropTable, Ref, defineProps, guard } from "../core/proxy";
import { accessDenied, hostError, invalidArgument } from "../errors";
import { defaultProtectionOptions } from "../model/defaults";
import type { SheetModel } from "../model/types";
import { HeaderFooterGroupProxy, headerFooterGroupProxy } from "./header-footer";
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

function rectOf(s: SheetModel, target: RangeProxy | string, location: string) {
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

const PAGE: PropTable<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => void (s.pageLayout.orientation = String(v)),
  },
  paperSize: { get: (s) => s.pageLayout.paperSize, set: (s, v) => void (s.pageLayout.paperSize = String(v)) },
  printGridlines: {
    get: (s) => s.pageLayout.printGridlines,
    set: (s, v) => void (s.pageLayout.printGridlines = Boolean(v)),
  },
  printHeadings: {
    get: (s) => s.pageLayout.printHeadings,
    set: (s, v) => void (s.pageLayout.printHeadings = Boolean(v)),
  },
  centerHorizontally: {
    get: (s) => s.pageLayout.centerHorizontally,
    set: (s, v) => void (s.pageLayout.centerHorizontally = Boolean(v)),
  },
  centerVertically: {
    get: (s) => s.pageLayout.centerVertically,
    set: (s, v) => void (s.pageLayout.centerVertically = Boolean(v)),
  },
  zoom: {
    get: (s) => s.pageLayout.zoom,
    set: (s, v) => {
      const z = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
      if (z.scale !== undefined && (z.scale < 10 || z.scale > 400))
        throw invalidArgument("PageLayout.zoom", "scale");
      s.pageLayout.zoom = { ...z };
    },
  },
  topMargin: {
    get: (s) => s.pageLayout.margins.top,
    set: (s, v) => void (s.pageLayout.margins.top = Number(v)),
  },
  bottomMargin: {
    get: (s) => s.pageLayout.margins.bottom,
    set: (s, v) => void (s.pageLayout.margins.bottom = Number(v)),
  },
  leftMargin: {
    get: (s) => s.pageLayout.margins.left,
    set: (s, v) => void (s.pageLayout.margins.left = Number(v)),
  },
  rightMargin: {
    get: (s) => s.pageLayout.margins.right,
    set: (s, v) => void (s.pageLayout.margins.right = Number(v)),
  },
  headerMargin: {
    get: (s) => s.pageLayout.margins.header,
    set: (s, v) => void (s.pageLayout.margins.header = Number(v)),
  },
  footerMargin: {
    get: (s) => s.pageLayout.margins.footer,
    set: (s, v) => void (s.pageLayout.margins.footer = Number(v)),
  },
};

export class PageLayoutProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "PageLayout";
  }
  get _props() {
    return PAGE;
  }
  override get _nav() {
    return { headersFooters: () => this.headersFooters };
  }
  get headersFooters(): HeaderFooterGroupProxy {
    return this._child("headersFooters", () =>
      headerFooterGroupProxy(this._ctx, new Ref(() => this._ref.get(), "HeaderFooterGroup", true)),
    );
  }
  private setAddress(
    label: string,
    key: "printTitleRows" | "printTitleColumns" | "printArea",
    target: RangeProxy | string,
  ): void {
    this._enqueue(label, typeof target === "string" ? target : null, (s) => {
      const r = rectOf(s, target, `PageLayout.${label}`);
      s.pageLayout[key] = fullAddress(s.name, r);
    });
  }
  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this.setAddress("setPrintTitleRows", "printTitleRows", titleRows);
  }
  setPrintTitleColumns(titleColumns: RangeProxy | string): void {
    this.setAddress("setPrintTitleColumns", "printTitleColumns", titleColumns);
  }
  setPrintArea(printArea: RangeProxy | string): void {
    this.setAddress("setPrintArea", "printArea", printArea);
  }
  private getOrNull(key: "printTitleRows" | "printTitleColumns" | "printArea"): RangeProxy {
    return rangeProxy(
      this._ctx,
      new Ref(() => {
        const s = this._ref.get();
        const a = s.pageLayout[key];
        return a ? { sheet: s, rect: parseAddress(a).rect } : null;
      }, `PageLayout.${key}`),
    );
  }
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this.getOrNull("printTitleRows");
  }
  getPrintTitleColumnsOrNullObject(): RangeProxy {
    return this.getOrNull("printTitleColumns");
  }
  getPrintAreaOrNullObject(): RangeProxy {
    return this.getOrNull("printArea");
  }
  setPrintMargins(unit: string, options: Record<string, number>): void {
    this._enqueue("setPrintMargins", { unit, options }, (s) => {
      const f = unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : 1;
      for (const [k, v] of Object.entries(options)) {
        if (!(k in s.pageLayout.margins)) throw invalidArgument("PageLayout.setPrintMargins", k);
        s.pageLayout.margins[k as keyof typeof s.pageLayout.margins] = v * f;
      }
    });
  }
}
defineProps(PageLayoutProxy.prototype, Object.keys(PAGE));

export function protectionProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new WorksheetProtectionProxy(ctx, ref), "WorksheetProtection");
}
export function freezePanesProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new WorksheetFreezePanesProxy(ctx, ref), "WorksheetFreezePanes");
}
export function pageLayoutProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new PageLayoutProxy(ctx, ref), "PageLayout");
}
