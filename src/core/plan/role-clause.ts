/**
 * Splitting an item into its text and its role clause: the LAST parenthesised group, when it closes the
 * item. Earlier groups (e.g. a document number such as (国知办发办字〔2017〕42号)) stay in the text.
 */

const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

export interface SplitItem {
  /** The item without its role clause (trimmed). */
  text: string;
  /** The clause without its parentheses, or null when the item does not end in a parenthesised group. */
  clause: string | null;
}

export function splitRoleClause(body: string): SplitItem {
  const trimmed = body.replace(/[\s\u3000]+$/, "");
  const chars = [...trimmed];
  const last = chars.length - 1;
  if (last < 0 || !CLOSE.has(chars[last])) return { text: trimmed, clause: null };
  let depth = 0;
  for (let i = last; i >= 0; i--) {
    if (CLOSE.has(chars[i])) depth += 1;
    else if (OPEN.has(chars[i])) {
      depth -= 1;
      if (depth === 0) {
        return {
          text: chars
            .slice(0, i)
            .join("")
            .replace(/[\s\u3000]+$/, ""),
          clause: chars
            .slice(i + 1, last)
            .join("")
            .trim(),
        };
      }
    }
  }
  return { text: trimmed, clause: null };
}
