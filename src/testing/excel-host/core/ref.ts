/** A proxy's reference to its model entity: bound lazily, or re-evaluated on every use for navigations. */
import { itemNotFound } from "../errors";

/** Lazily bound reference from a proxy to its model entity. */
export class Ref<T> {
  private bound = false;
  private value: T | null = null;
  constructor(
    private readonly resolver: () => T | null,
    readonly location: string,
    /** Derived refs (navigation properties) re-evaluate on every use. */
    private readonly derived = false,
  ) {}

  static of<T>(value: T, location: string): Ref<T> {
    const r = new Ref<T>(() => value, location);
    r.bind(value);
    return r;
  }

  bind(value: T | null): void {
    this.bound = true;
    this.value = value;
  }

  resolve(): T | null {
    if (this.derived) return this.resolver();
    if (!this.bound) this.bind(this.resolver());
    return this.value;
  }

  isNull(): boolean {
    return this.resolve() === null;
  }

  get(): T {
    const v = this.resolve();
    if (v === null) throw itemNotFound(this.location, "the object is a null object (isNullObject)");
    return v;
  }
}
