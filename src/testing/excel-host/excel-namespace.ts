/** The `Excel` global look-alike: Excel.run, RequestContext, ErrorCodes and all string enums. */
import { RequestContextImpl } from "./core/context";
import type { HostRuntime } from "./core/runtime";
import { ExcelEnums } from "./excel-enums.generated";
import { HostError, notImplemented } from "./errors";

export function createExcelNamespace(runtime: HostRuntime) {
  class RequestContext extends RequestContextImpl {
    constructor() {
      super(runtime);
    }
  }
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new TypeError("Excel.run requires a batch function");
    if (args.length > 1) {
      const first = args[0];
      if (
        first instanceof RequestContextImpl ||
        Array.isArray(first) ||
        (first && typeof first === "object" && "_ctx" in first)
      ) {
        notImplemented("Excel.run(object, batch) / Excel.run(context, batch)");
      }
    }
    const ctx = new RequestContext();
    const options = args.length > 1 ? (args[0] as { delayForCellEdit?: unknown } | null) : null;
    if (options && typeof options === "object") ctx._delayForCellEdit = options.delayForCellEdit === true;
    const result = (await (batch as (c: RequestContext) => Promise<T>)(ctx)) as T;
    await ctx.sync();
    return result;
  }
  const ns: Record<string, unknown> = {
    ...ExcelEnums,
    run,
    RequestContext,
    createWorkbook: () => notImplemented("Excel.createWorkbook"),
    getDataCommonPostprocess: () => notImplemented("Excel.getDataCommonPostprocess"),
  };
  return new Proxy(ns, {
    get(target, prop) {
      if (
        typeof prop === "symbol" ||
        prop in target ||
        prop === "then" ||
        prop === "$$typeof" ||
        prop === "asymmetricMatch"
      ) {
        return Reflect.get(target, prop);
      }
      return notImplemented(`Excel.${prop}`);
    },
  });
}

export const OfficeExtensionNamespace = {
  Error: HostError,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    activityLimitReached: "ActivityLimitReached",
    invalidObjectPath: "InvalidObjectPath",
    propertyNotLoaded: "PropertyNotLoaded",
    valueNotLoaded: "ValueNotLoaded",
    invalidRequestContext: "InvalidRequestContext",
    invalidArgument: "InvalidArgument",
    runMustReturnPromise: "RunMustReturnPromise",
    cannotRegisterEvent: "CannotRegisterEvent",
    apiNotFound: "ApiNotFound",
    connectionFailure: "ConnectionFailure",
  },
  Promise,
  config: { extendedErrorLogging: false },
};
