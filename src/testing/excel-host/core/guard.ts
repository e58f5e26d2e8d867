/** Loud unknown members: a client object throws for any member the host does not model. */
import { notImplemented } from "../errors";

const PASS_THROUGH = new Set([
  "then",
  "toJSON",
  "$$typeof",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "constructor",
  "inspect",
]);

/** Wraps a client object so that any member the host does not model throws instead of returning undefined. */
export function guard<T extends object>(obj: T, typeName: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (
        typeof prop === "symbol" ||
        prop in target ||
        PASS_THROUGH.has(prop) ||
        prop.startsWith("@@") ||
        prop.startsWith("_")
      ) {
        return Reflect.get(target, prop, receiver);
      }
      return notImplemented(`${typeName}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in target || prop.startsWith("_"))
        return Reflect.set(target, prop, value, receiver);
      return notImplemented(`${typeName}.${String(prop)} (set)`);
    },
  });
}
