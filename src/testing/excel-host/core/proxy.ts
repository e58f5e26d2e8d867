/**
 * Proxy-object machinery: queued writes, load/sync snapshots, PropertyNotLoaded. The proxy's reference to its
 * entity is in ref.ts, loud unknown members in guard.ts, `load()` arguments in load-spec.ts.
 */
import { notImplemented, propertyNotLoaded, valueNotLoaded } from "../errors";
import type { RequestContextImpl } from "./context";
import { jsonSize } from "../../../core/util/json-size";
import { type LoadSpec, groupPaths, loadPaths } from "./load-spec";
import type { Ref } from "./ref";
import type { HostRuntime } from "./runtime";

export interface PropDef<E> {
  get(entity: E, host: HostRuntime): unknown;
  set?(entity: E, value: unknown, host: HostRuntime): void;
  since?: string;
  /** Requirement set other than ExcelApi, e.g. "ExcelApiOnline". */
  set_?: string;
}

export type PropTable<E> = Record<string, PropDef<E>>;

export interface NavDef {
  since?: string;
}

export function snapshot<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  return JSON.parse(JSON.stringify(v)) as T;
}

export abstract class ClientObjectBase<E> {
  _ctx: RequestContextImpl;
  _ref: Ref<E>;
  _loaded: Record<string, unknown>;
  _isNull: boolean | undefined;
  _children: Record<string, ClientObjectBase<unknown>>;

  constructor(ctx: RequestContextImpl, ref: Ref<E>) {
    this._ctx = ctx;
    this._ref = ref;
    this._loaded = Object.create(null) as Record<string, unknown>;
    this._isNull = undefined;
    this._children = Object.create(null) as Record<string, ClientObjectBase<unknown>>;
  }

  abstract get _type(): string;
  abstract get _props(): PropTable<E>;
  /** Navigation properties and the factories creating child proxies. */
  get _nav(): Record<string, () => ClientObjectBase<unknown>> {
    return {};
  }

  get context(): RequestContextImpl {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._type, "isNullObject");
    return this._isNull;
  }

  _requires(version: string, api: string, set = "ExcelApi"): void {
    this._ctx._host.requireSet(set, version, api);
  }

  /** Queues `fn(entity)` to run at the next sync. */
  _enqueue(label: string, payload: unknown, fn: (entity: E) => void): void {
    this._ctx._enqueue(`${this._type}.${label}`, payload, () => fn(this._ref.get()));
  }

  _child<C extends ClientObjectBase<unknown>>(name: string, make: () => C): C {
    const existing = this._children[name];
    if (existing) return existing as C;
    const c = make();
    this._children[name] = c;
    return c;
  }

  _readProp(name: string): unknown {
    if (this._isNull) return undefined;
    if (!(name in this._loaded)) throw propertyNotLoaded(this._type, name);
    return this._loaded[name];
  }

  _writeProp(name: string, value: unknown): void {
    const def = this._props[name];
    if (!def?.set) throw notImplemented(`${this._type}.${name} (set)`);
    if (def.since) this._requires(def.since, `${this._type}.${name}`, def.set_);
    this._loaded[name] = value;
    const setter = def.set;
    this._enqueue(`${name}(set)`, value, (e) => setter(e, snapshot(value), this._ctx._host));
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this._checkPaths(paths);
    this._ctx._enqueue(`${this._type}.load`, spec ?? null, () => {
      this._applyLoad(paths);
      this._ctx._responseBytes += jsonSize(this.toJSON());
    });
    return this;
  }

  /** Validates load paths at call time so that typos fail loudly. */
  _checkPaths(paths: string[]): void {
    const { own, nested } = groupPaths(paths);
    for (const p of own) {
      if (!(p in this._props) && !(p in this._nav)) notImplemented(`${this._type}.${p} (load)`);
      const def = this._props[p];
      if (def?.since) this._requires(def.since, `${this._type}.${p}`, def.set_);
    }
    for (const [head, sub] of nested) {
      const make = this._nav[head];
      if (!make) notImplemented(`${this._type}.${head} (load)`);
      (this as unknown as Record<string, ClientObjectBase<unknown>>)[head]._checkPaths(sub);
    }
  }

  _applyLoad(paths: string[]): void {
    const entity = this._ref.resolve();
    this._isNull = entity === null;
    if (entity === null) return;
    const { own, nested } = groupPaths(paths);
    const names = paths.length === 0 ? Object.keys(this._props) : own;
    for (const name of names) {
      if (name in this._nav && !(name in this._props)) {
        (this as unknown as Record<string, ClientObjectBase<unknown>>)[name]._applyLoad([]);
        continue;
      }
      const def = this._props[name];
      if (paths.length === 0 && def.since && !this._ctx._host.isSupported(def.set_ ?? "ExcelApi", def.since))
        continue;
      this._loaded[name] = snapshot(def.get(entity, this._ctx._host));
    }
    for (const [head, sub] of nested) {
      (this as unknown as Record<string, ClientObjectBase<unknown>>)[head]._applyLoad(sub);
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [k, c] of Object.entries(this._children)) {
      const j = c.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Installs accessor properties for a scalar-property table on a class prototype. */
export function defineProps(proto: object, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(proto, name, {
      get(this: ClientObjectBase<unknown>) {
        const def = this._props[name];
        if (def.since) this._requires(def.since, `${this._type}.${name}`, def.set_);
        return this._readProp(name);
      },
      set(this: ClientObjectBase<unknown>, v: unknown) {
        this._writeProp(name, v);
      },
      configurable: true,
      enumerable: true,
    });
  }
}

/** Result of a method returning a value (`getCount()` etc.), readable after sync. */
export class ClientResultImpl<T> {
  private has = false;
  private v: T | undefined;
  set(value: T): void {
    this.v = value;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw valueNotLoaded();
    return this.v as T;
  }
}
