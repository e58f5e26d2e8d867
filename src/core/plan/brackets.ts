/**
 * Brackets as plans nest them: （） () 【】 [] 〔〕 ［］. A name may hold brackets (各县（市、区）人民政府), a clause
 * may hold a name with brackets, so every reader here counts depth over all kinds at once.
 */
export const OPENERS = "（(【[〔［<〈";
export const CLOSERS = "）)】]〕］>〉";

export interface BracketGroup {
  /** Index of the opening bracket. */
  start: number;
  /** Index just after the closing bracket. */
  end: number;
  /** The text between the brackets. */
  inner: string;
  opener: string;
}

/** The top-level bracketed groups of `text`, in order (unbalanced openers are ignored). */
export function topLevelGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.includes(c)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSERS.includes(c) && depth > 0) {
      depth -= 1;
      if (depth === 0)
        groups.push({ start, end: i + 1, inner: text.slice(start + 1, i), opener: text[start] });
    }
  }
  return groups;
}

/** Splits `text` on any character of `separators` that is outside brackets. */
export function splitOutside(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.includes(c)) depth += 1;
    else if (CLOSERS.includes(c) && depth > 0) depth -= 1;
    else if (depth === 0 && separators.includes(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Whether index `at` of `text` is outside every bracket. */
export function isOutside(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (OPENERS.includes(text[i])) depth += 1;
    else if (CLOSERS.includes(text[i]) && depth > 0) depth -= 1;
  }
  return depth === 0;
}
