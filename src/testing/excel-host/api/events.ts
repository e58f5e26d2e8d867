/** worksheet.onChanged / worksheets.onChanged handler registration (effective at sync, like real Excel). */
import type { RequestContextImpl } from "../core/context";
import type { ChangedHandler } from "../core/runtime";
import { guard } from "../core/guard";

export class EventHandlersProxy {
  constructor(
    private readonly ctx: RequestContextImpl,
    private readonly registry: () => Set<ChangedHandler>,
    private readonly label: string,
  ) {}

  add(handler: ChangedHandler): { context: RequestContextImpl; remove(): void } {
    if (typeof handler !== "function") throw new TypeError("handler must be a function");
    this.ctx._enqueue(`${this.label}.add`, null, () => void this.registry().add(handler));
    const ctx = this.ctx;
    return guard(
      {
        context: ctx,
        remove: () => ctx._enqueue(`${this.label}.remove`, null, () => void this.registry().delete(handler)),
      },
      "EventHandlerResult",
    );
  }

  remove(handler: ChangedHandler): void {
    this.ctx._enqueue(`${this.label}.remove`, null, () => void this.registry().delete(handler));
  }
}

export function eventHandlers(
  ctx: RequestContextImpl,
  registry: () => Set<ChangedHandler>,
  label: string,
): EventHandlersProxy {
  return guard(new EventHandlersProxy(ctx, registry, label), "EventHandlers");
}
