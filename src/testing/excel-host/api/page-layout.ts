/**
 * Worksheet.pageLayout (ExcelApi 1.9), as strict as Microsoft's reference pages say
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout, …/excel.pagelayoutzoomoptions):
 * - `orientation` is an Excel.PageOrientation, `paperSize` an Excel.PaperType;
 * - `zoom.scale` "can be between 10 and 400"; `horizontalFitToPages` / `verticalFitToPages` are numbers of
 *   pages (whole numbers, not negative; 0 leaves that direction automatic);
 * - margins are distances in points (not negative, finite); `setPrintMargins` takes them in its unit.
 * A value outside these fails the sync with InvalidArgument, as Excel fails a request with a bad argument.
 */
import { fullAddress, parseAddress } from "../address";
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument } from "../errors";
import { ExcelEnums } from "../excel-enums.generated";
import type { PageLayoutModel, SheetModel } from "../model/types";
import { HeaderFooterGroupProxy, headerFooterGroupProxy } from "./header-footer";
import { RangeProxy, rangeProxy } from "./range";
import { rectOf } from "./sheet-parts";

type Margin = keyof PageLayoutModel["margins"];

function enumValue(v: unknown, values: Record<string, string>, location: string): string {
  const found = Object.values(values).find((x) => x.toLowerCase() === String(v).toLowerCase());
  if (typeof v !== "string" || !found) throw invalidArgument(location, `"${String(v)}" is not a valid value`);
  return found;
}

/** A margin in points: a finite distance, not negative. */
export function checkMargin(v: unknown, location: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw invalidArgument(location, `margin ${String(v)} must be a number of points, 0 or more`);
  return v;
}

/** PageLayoutZoomOptions: scale 10–400; pages to fit are whole numbers, 0 or more. */
export function checkZoom(v: unknown, location: string): PageLayoutModel["zoom"] {
  if (typeof v !== "object" || v === null) throw invalidArgument(location, "zoom must be an object");
  const z = v as Record<string, unknown>;
  const out: PageLayoutModel["zoom"] = {};
  if (z.scale !== undefined && z.scale !== null) {
    if (typeof z.scale !== "number" || !(z.scale >= 10 && z.scale <= 400))
      throw invalidArgument(location, `scale ${String(z.scale)} must be between 10 and 400`);
    out.scale = z.scale;
  }
  for (const key of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const n = z[key];
    if (n === undefined || n === null) continue;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      throw invalidArgument(location, `${key} ${String(n)} must be a whole number of pages`);
    out[key] = n;
  }
  return out;
}

const margin = (key: Margin, name: string): PropTable<SheetModel>[string] => ({
  get: (s) => s.pageLayout.margins[key],
  set: (s, v) => void (s.pageLayout.margins[key] = checkMargin(v, `PageLayout.${name}`)),
});

const flag = (
  key: "printGridlines" | "printHeadings" | "centerHorizontally" | "centerVertically",
): PropTable<SheetModel>[string] => ({
  get: (s) => s.pageLayout[key],
  set: (s, v) => void (s.pageLayout[key] = Boolean(v)),
});

const PAGE: PropTable<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) =>
      void (s.pageLayout.orientation = enumValue(v, ExcelEnums.PageOrientation, "PageLayout.orientation")),
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v) => void (s.pageLayout.paperSize = enumValue(v, ExcelEnums.PaperType, "PageLayout.paperSize")),
  },
  printGridlines: flag("printGridlines"),
  printHeadings: flag("printHeadings"),
  centerHorizontally: flag("centerHorizontally"),
  centerVertically: flag("centerVertically"),
  zoom: {
    get: (s) => s.pageLayout.zoom,
    set: (s, v) => void (s.pageLayout.zoom = checkZoom(v, "PageLayout.zoom")),
  },
  topMargin: margin("top", "topMargin"),
  bottomMargin: margin("bottom", "bottomMargin"),
  leftMargin: margin("left", "leftMargin"),
  rightMargin: margin("right", "rightMargin"),
  headerMargin: margin("header", "headerMargin"),
  footerMargin: margin("footer", "footerMargin"),
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
      const location = "PageLayout.setPrintMargins";
      const u = enumValue(unit, ExcelEnums.PrintMarginUnit, location);
      const f = u === "Inches" ? 72 : u === "Centimeters" ? 72 / 2.54 : 1;
      const next = { ...s.pageLayout.margins };
      for (const [k, v] of Object.entries(options)) {
        if (!(k in next)) throw invalidArgument(location, k);
        next[k as Margin] = checkMargin(v, location) * f;
      }
      s.pageLayout.margins = next;
    });
  }
}
defineProps(PageLayoutProxy.prototype, Object.keys(PAGE));

export function pageLayoutProxy(ctx: RequestContextImpl, ref: Ref<SheetModel>) {
  return guard(new PageLayoutProxy(ctx, ref), "PageLayout");
}
