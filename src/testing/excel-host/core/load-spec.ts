/** The many forms of a `load()` argument, normalised into "a/b/c" property paths. */

export type LoadSpec =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; $all?: boolean }
  | Record<string, unknown>
  | undefined;

/** Normalises the many `load()` argument forms into "a/b/c" paths; [] means "all scalar properties". */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  const o = spec as Record<string, unknown>;
  if ("select" in o || "expand" in o || "$all" in o) {
    if (o.$all) return [];
    return [...loadPaths(o.select as LoadSpec), ...loadPaths(o.expand as LoadSpec)];
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === true) out.push(k);
    else if (v && typeof v === "object") {
      const inner = loadPaths(v as LoadSpec);
      if (inner.length === 0) out.push(k);
      else out.push(...inner.map((p) => `${k}/${p}`));
    }
  }
  return out;
}

/** Splits paths into own props ("name") and per-navigation sub-paths ("format/font/bold"). */
export function groupPaths(paths: string[]): { own: string[]; nested: Map<string, string[]> } {
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const p of paths) {
    const i = p.indexOf("/");
    if (i < 0) own.push(p);
    else {
      const head = p.slice(0, i);
      nested.set(head, [...(nested.get(head) ?? []), p.slice(i + 1)]);
    }
  }
  return { own, nested };
}
