/** PageLayout.headersFooters (ExcelApi 1.9): the "default for all pages" header and footer texts. */
import type { RequestContextImpl } from "../core/context";
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import type { SheetModel } from "../model/types";

type Part = "center" | "left" | "right";

function text(kind: "headers" | "footers", part: Part): PropTable<SheetModel>[string] {
  return {
    get: (s) => s.pageLayout[kind][part],
    set: (s, v) => void (s.pageLayout[kind][part] = String(v ?? "")),
  };
}

const HEADER_FOOTER: PropTable<SheetModel> = {
  centerHeader: text("headers", "center"),
  leftHeader: text("headers", "left"),
  rightHeader: text("headers", "right"),
  centerFooter: text("footers", "center"),
  leftFooter: text("footers", "left"),
  rightFooter: text("footers", "right"),
};

export class HeaderFooterProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "HeaderFooter";
  }
  get _props() {
    return HEADER_FOOTER;
  }
}
defineProps(HeaderFooterProxy.prototype, Object.keys(HEADER_FOOTER));

const GROUP: PropTable<SheetModel> = {
  state: { get: () => "Default" },
  useSheetMargins: { get: () => true },
  useSheetScale: { get: () => true },
};

export class HeaderFooterGroupProxy extends ClientObjectBase<SheetModel> {
  get _type() {
    return "HeaderFooterGroup";
  }
  get _props() {
    return GROUP;
  }
  override get _nav() {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
  get defaultForAllPages(): HeaderFooterProxy {
    return this._child("defaultForAllPages", () =>
      guard(
        new HeaderFooterProxy(this._ctx, new Ref(() => this._ref.get(), "HeaderFooter", true)),
        "HeaderFooter",
      ),
    );
  }
}
defineProps(HeaderFooterGroupProxy.prototype, Object.keys(GROUP));

export function headerFooterGroupProxy(
  ctx: RequestContextImpl,
  ref: Ref<SheetModel>,
): HeaderFooterGroupProxy {
  return guard(new HeaderFooterGroupProxy(ctx, ref), "HeaderFooterGroup");
}
