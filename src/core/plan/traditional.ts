/**
 * Traditional → simplified, one character for one, for the words the reader looks for (牽頭 → 牵头,
 * 負責 → 负责, 單位 → 单位 …). Only used to find role words and labels: names are kept as written.
 */
const PAIRS =
  "牽牵頭头負负責责單单職职關关參参與与協协導导會会實实貫贯務务門门區区縣县鎮镇鄉乡廳厅處处辦办統统計计劃划規规範范時时際际" +
  "發发開开機机構构體体質质據据審审發发項项進进層层經经濟济業业醫医療疗衛卫財财稅税國国廣广電电網网數数資资產产訊讯" +
  "環环應应農农級级運运輸输態态團团圍围點点門门設设備备類类導导權权歸归";

const MAP: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1]);
  return map;
})();

/** The same text with the traditional characters above simplified; same length, same positions. */
export function simplify(text: string): string {
  let out = "";
  for (const c of text) out += MAP.get(c) ?? c;
  return out;
}
