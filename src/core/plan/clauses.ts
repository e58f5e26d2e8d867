/**
 * Finding responsibility clauses in a task's text, wherever the document puts them: a bracketed group that
 * reads as one (（市发改委牵头，市财政局配合）, [责任单位:…], 〔牵头单位:…〕) anywhere in the text, or a label
 * run (牵头单位：… 责任单位：…) to the end of the paragraph, or a last sentence 由A会同B…落实 (convene.ts). A group that closes the text and holds role words
 * is a clause even when it cannot be read (reported, never guessed).
 */
import { ClauseReading, readClause } from "./assignments";
import { isOutside, topLevelGroups } from "./brackets";
import { conveneClause } from "./convene";
import { looksLikeDepartment } from "./departments";
import { isFirstLeadNote } from "./first-lead";
import { LABEL_RE, labelMatches, ROLE_WORD } from "./roles";
import { simplify } from "./traditional";

export interface FoundClause {
  /** Where the clause starts and ends in the text (brackets included). */
  start: number;
  end: number;
  /** The clause as printed, without its brackets. */
  text: string;
  reading: ClauseReading;
}

const TRAILING = /^[\s\u3000。.;；,，、]*$/;
/** Role words that make a bracket a clause mid-text too ((商务部、国管局指导)做好…): ROLE_WORD, 指导, 督导. */
const PHRASE_WORD = new RegExp(`${ROLE_WORD.source}|指导|督导`);

/** The first label (牵头单位：) outside brackets that starts a clause: at the start or after punctuation/space. */
function labelStart(text: string): number {
  const plain = simplify(text);
  for (const m of labelMatches(plain)) {
    const at = m.index ?? 0;
    const before = plain.slice(0, at);
    if (isOutside(text, at) && (before.trim() === "" || /[\s\u3000。.;；,，:：)）\]】]$/.test(before)))
      return at;
  }
  return -1;
}

/**
 * `attempt`: whether a closing group that cannot be read still counts as a clause (for a numbered task; not
 * for the notice or web-page text around the plan).
 */
export function findClauses(text: string, attempt = true): FoundClause[] {
  const found: FoundClause[] = [];
  const label = labelStart(text);
  const limit = label >= 0 ? label : text.length;
  for (const group of topLevelGroups(text)) {
    if (group.end > limit) break;
    const inner = group.inner.trim();
    const closes = TRAILING.test(text.slice(group.end, limit));
    if (inner === "") {
      if (attempt && closes && label < 0)
        found.push({ start: group.start, end: group.end, text: "", reading: empty() });
      continue;
    }
    const reading = readClause(inner);
    const plain = simplify(inner);
    // The document's rule alone ((以下各项工作中，列在首位的为牵头单位，下同)) names no one: not a clause.
    if (reading.assignments.length === 0 && isFirstLeadNote(inner)) continue;
    // A group that ends the task and speaks of roles is an attempt at a clause (办公室会同有关方面研究):
    // reported, never guessed. Other groups ((政策文件需添加咨询方式)) stay in the task's text.
    const attempted =
      attempt &&
      closes &&
      label < 0 &&
      (ROLE_WORD.test(plain) ||
        new RegExp(LABEL_RE.source).test(plain) ||
        /会同|承担|组织实施|负责/.test(plain));
    const phrased = PHRASE_WORD.test(plain) || new RegExp(LABEL_RE.source).test(plain);
    // A lone list (（市发改委）) is a clause only where it ends a sentence: 会同有关部门(单位)开展… is text.
    const endsSentence = closes || /^[\s\u3000]*[。；;]/.test(text.slice(group.end));
    if (!phrased && !attempted && namesBefore(text, group.start)) continue;
    if ((reading.assignments.length > 0 && (phrased || endsSentence)) || attempted)
      found.push({ start: group.start, end: group.end, text: inner, reading });
  }
  // No clause closes the task: its last sentence may be one (由发展改革委会同农业部等部门负责落实).
  if (attempt && label < 0 && !found.some((c) => TRAILING.test(text.slice(c.end)))) {
    const convened = conveneClause(text);
    if (convened && found.every((c) => c.end <= convened.start))
      found.push({ start: convened.start, end: text.length, text: convened.text, reading: convened.reading });
  }
  if (label >= 0) {
    const clause = text.slice(label).trim();
    found.push({ start: label, end: text.length, text: clause, reading: readClause(clause) });
  }
  return found;
}

/** Whether a name ends right before `at`: a bracket there is part of it (各镇人民政府(街道办)), not a clause. */
function namesBefore(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const word = before.slice(
    Math.max(...[...",，、;；。:：(（ \u3000"].map((c) => before.lastIndexOf(c))) + 1,
  );
  return word !== "" && looksLikeDepartment(word);
}

function empty(): ClauseReading {
  return { assignments: [], unknown: [], deadline: null };
}
