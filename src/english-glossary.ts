/**
 * A small English → Chinese supplement to CC-CEDICT for carrying English questions into Chinese:
 * what a general dictionary lacks or ranks badly for a current-affairs article — abbreviations
 * (SCO, BRI, EV, IoT, AI, CICA), number, ordinal and month words (the article writes digits: "4 月"), and the
 * transliterated names the article uses that CC-CEDICT does not list (Tokayev, Zhanatas, Nukus),
 * and the English trade names of the companies it names (Trip.com, Fliggy, Yutong, BYD).
 *
 * Origin: written for this project from general knowledge of the standard Chinese forms; an entry
 * is used only when its Chinese occurs in the corpus (checked when the dictionary is built).
 *
 * Exports:
 * - `ENGLISH_GLOSSARY`: `{ phrase, zh }[]` (phrase: English words as a question writes them).
 */

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
// "one" is left out: in questions it is mostly a pronoun ("which one").
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const CHINESE_DIGITS = ["二", "三", "四", "五", "六", "七", "八", "九", "十"];
// Ordinals: 第 + the digit ("the third railway" → 第三条铁路); "first" is in CC-CEDICT.
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

export const ENGLISH_GLOSSARY: readonly { phrase: string; zh: string[] }[] = [
  // Abbreviations and organisations
  { phrase: "sco", zh: ["上合组织", "上海合作组织"] },
  { phrase: "bri", zh: ["一带一路"] },
  { phrase: "belt and road", zh: ["一带一路"] },
  { phrase: "un", zh: ["联合国"] },
  { phrase: "united nations", zh: ["联合国"] },
  { phrase: "iot", zh: ["物联网"] },
  { phrase: "internet of things", zh: ["物联网"] },
  { phrase: "ev", zh: ["新能源汽车", "电动汽车", "电动车"] },
  { phrase: "evs", zh: ["新能源汽车", "电动汽车", "电动车"] },
  { phrase: "ai", zh: ["人工智能"] },
  { phrase: "cica", zh: ["亚洲相互协作与信任措施会议"] },
  { phrase: "electric vehicles", zh: ["新能源汽车", "电动汽车"] },
  { phrase: "new energy vehicles", zh: ["新能源汽车"] },
  { phrase: "carmaker", zh: ["汽车"] },
  // Words CC-CEDICT glosses with a Chinese word the article does not use.
  { phrase: "healthcare", zh: ["医疗卫生", "医疗"] },
  { phrase: "health care", zh: ["医疗卫生", "医疗"] },
  { phrase: "medicine", zh: ["医疗"] },
  { phrase: "medical", zh: ["医疗"] },
  { phrase: "shrink", zh: ["锐减", "缩减"] },
  { phrase: "deliverable", zh: ["可交付"] },
  { phrase: "partnership", zh: ["伙伴关系"] },
  { phrase: "fight", zh: ["打击", "防治"] },
  { phrase: "keynote", zh: ["主旨发言"] },
  { phrase: "small and beautiful", zh: ["小而美"] },
  { phrase: "groundwork", zh: ["奠定", "基础"] },
  { phrase: "connectivity", zh: ["互联互通"] },
  { phrase: "multilateralism", zh: ["多边主义"] },
  { phrase: "ministerial", zh: ["部级"] },
  { phrase: "mu", zh: ["亩产"] },
  { phrase: "yield", zh: ["亩产"] },
  { phrase: "freight", zh: ["物流"] },
  { phrase: "align", zh: ["对接"] },
  { phrase: "alignment", zh: ["对接"] },
  { phrase: "pioneer", zh: ["开创"] },
  { phrase: "cybercrime", zh: ["网络犯罪"] },
  { phrase: "arrival", zh: ["入境"] },
  { phrase: "entry", zh: ["入境", "准入"] },
  { phrase: "sector", zh: ["领域"] },
  // Companies the article names, by their English trade names
  { phrase: "trip com", zh: ["携程"] },
  { phrase: "fliggy", zh: ["飞猪"] },
  { phrase: "utour", zh: ["众信"] },
  { phrase: "yutong", zh: ["宇通"] },
  { phrase: "byd", zh: ["比亚迪"] },
  // People and places as transliterated in the article
  { phrase: "xi jinping", zh: ["习近平"] },
  { phrase: "tokayev", zh: ["托卡耶夫"] },
  { phrase: "zhanatas", zh: ["札纳塔斯"] },
  { phrase: "nukus", zh: ["努库斯"] },
  { phrase: "kamchik", zh: ["卡姆奇克"] },
  { phrase: "khorgos", zh: ["霍尔果斯"] },
  { phrase: "horgos", zh: ["霍尔果斯"] },
  { phrase: "luban", zh: ["鲁班"] },
  { phrase: "xian xinghai", zh: ["冼星海"] },
  // Numbers and months, as the article writes them
  ...NUMBERS.map((phrase, i) => ({ phrase, zh: [CHINESE_DIGITS[i]!] })),
  ...ORDINALS.map((phrase, i) => ({ phrase, zh: [`第${CHINESE_DIGITS[i]!}`] })),
  { phrase: "hundred", zh: ["百"] },
  { phrase: "thousand", zh: ["千"] },
  ...MONTHS.map((phrase, i) => ({ phrase, zh: [`${i + 1}月`] })),
];
