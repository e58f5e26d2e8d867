/** OfficeExtension.Error look-alike raised by the in-memory Excel test host. */

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PivotTableRangeConflict"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "MergedRangeConflict"
  | "InsertDeleteConflict";

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class HostError extends Error {
  code: HostErrorCode;
  debugInfo: HostDebugInfo;
  traceMessages: string[] = [];
  innerError: HostError | null = null;
  httpStatusCode: number;

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = code === "AccessDenied" ? 403 : code === "ItemNotFound" ? 404 : 400;
    this.debugInfo = { code, message, errorLocation };
    Object.setPrototypeOf(this, HostError.prototype);
  }
}

export function hostError(code: HostErrorCode, message: string, errorLocation?: string): HostError {
  return new HostError(code, message, errorLocation);
}

/** Thrown for every API the host does not model: tests must fail loudly, never get `undefined`. */
export class NotImplementedError extends Error {
  constructor(what: string) {
    super(`Excel test host: ${what} is not implemented`);
    this.name = "ExcelHostNotImplemented";
  }
}

export function notImplemented(what: string): never {
  throw new NotImplementedError(what);
}

export function propertyNotLoaded(typeName: string, property: string): HostError {
  return hostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function valueNotLoaded(): HostError {
  return hostError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

export function itemNotFound(location: string, what: string): HostError {
  return hostError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

export function invalidArgument(location: string, detail: string): HostError {
  return hostError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function accessDenied(location: string, detail: string): HostError {
  return hostError("AccessDenied", `You cannot perform the requested operation. (${detail})`, location);
}

export function apiNotFound(api: string, set: string, version: string): HostError {
  return hostError(
    "ApiNotFound",
    `The method or property ${api} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
    api,
  );
}
