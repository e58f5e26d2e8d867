/**
 * A part heading and its first sub-unit on one line, as some pages print them: `一、聚焦重点领域,提升政务公开质量
 * (一)标准财政资金领域信息公开。…`. The heading is short and has no sentence end; split before the sub-unit's
 * number so each is read for what it is (else the heading swallows （一） and its task is numbered nothing).
 */
const HEADING_THEN_UNIT =
  /^([一二三四五六七八九十]{1,3}[、.．][^。；;！？!?（）()]{2,40}?)[\s\u3000]*(?=[（(][一二三四五六七八九十]{1,3}[)）]\S)/;

/** The line, or the heading and the rest when it runs a part heading into its first sub-unit. */
export function splitRunInHeading(line: string): string[] {
  const m = HEADING_THEN_UNIT.exec(line);
  if (!m) return [line];
  const rest = line.slice(m[0].length);
  return rest.trim() === "" ? [line] : [m[1].trim(), rest];
}
