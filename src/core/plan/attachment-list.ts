/**
 * A notice's list of its attachments: `附件：1. 2022年区政府工作报告经济社会发展预期目标任务分解表` and, on the
 * lines after it, `2. 2022年区政府工作报告重点工作任务分解表`. The numbered titles name documents, not tasks;
 * read as items they became tasks (and the issuing office's signature below them their "department").
 */
const LIST_START = /^附\s*件\s*[:：]\s*[0-9０-９]{1,2}\s*[.．、]/;
/** A document's title: no sentence, ending in a document word (表, 方案, 清单, 要点 …). */
const LISTED_TITLE =
  /^[0-9０-９]{1,2}\s*[.．、]\s*[^。；;！!？?]{2,80}(?:表|方案|清单|名单|目录|意见|办法|细则|要点|计划|通知|台账|一览表)\s*[》」]?$/;

/** Follows a notice's attachment list line by line: `listing` is whether the line before belongs to one. */
export function attachmentListLine(line: string, listing: boolean): boolean {
  const t = line.trim();
  return LIST_START.test(t) || (listing && LISTED_TITLE.test(t));
}
