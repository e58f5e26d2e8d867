/**
 * Traditional → simplified, one character for one, for the words the reader looks for (牽頭 → 牵头,
 * 負責 → 负责, 單位 → 单位 …). Only used to find role words and labels: names are kept as written.
 */
const PAIRS =
  "牽牵頭头負负責责單单職职關关參参與与協协導导會会實实貫贯務务門门區区縣县鎮镇鄉乡廳厅處处辦办統统計计劃划規规範范時时際际" +
  "發发開开機机構构體体質质據据審审發发項项進进層层經经濟济業业醫医療疗衛卫財财稅税國国廣广電电網网數数資资產产訊讯" +
  "環环應应農农級级運运輸输態态團团圍围點点門门設设備备類类導导權权歸归" +
  "聯联殘残與与產产學学會会區区縣县鄉乡鎮镇發发廣广電电視视體体業业貿贸稅税務务監监質质檢检驗验醫医藥药濟济農农龍龙東东華华國国營营資资訊讯輸输運运觀观歸归檔档圖图書书館馆園园隊队團团黨党組组織织紀纪傳传僑侨軍军戰战鐵铁廠厂礦矿災灾護护險险氣气勞劳動动構构辦办樓楼場场們们這这個个為为對对於于當当現现關关進进實实際际價价計计劃划歷历證证號号機机職职員员師师級级處处門门時时間间長长開开總总費费數数據据術术標标準准點点類类設设備备權权貫贯規规範范導导參参協协牽牵頭头負负責责單单層层經经屬属態态圍围財财評评議议調调讓让應应復复審审統统廳厅環环項项務务衛卫網网質质環环億亿萬万縣县綜综鄰邻陽阳險险區区淨净濕湿";

const MAP: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2)
    if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1]);
  return map;
})();

/** The same text with the traditional characters above simplified; same length, same positions. */
export function simplify(text: string): string {
  let out = "";
  for (const c of text) out += MAP.get(c) ?? c;
  return out;
}
