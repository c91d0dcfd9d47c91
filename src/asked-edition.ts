/**
 * Editions of recurring events (首届 / 第二届峰会, "the third summit", третий саммит, the next
 * one) named in a text, in Chinese, English and Russian. A question about an edition the article
 * never names (第三届中国—中亚峰会在哪开) asks of an event the article does not cover, however
 * close its sentences about the first two come (see `engine.ts`).
 *
 * Exports:
 * - `editionsNamed(text)` → the editions a text names, as numbers (1 = the first); the next,
 *   not yet held edition (下一届, "the next summit", следующий саммит) as `NEXT_EDITION`.
 * - `NEXT_EDITION`.
 */

/** The edition after the last one held: no article's sentence names it as a number. */
export const NEXT_EDITION = -1;

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral of 1–99 (三, 十八, 二十一) or digits, as a number. */
function chineseNumber(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const ten = numeral.indexOf("十");
  if (ten < 0) return numeral.length === 1 ? ZH_DIGITS[numeral] : undefined;
  const tens = ten === 0 ? 1 : ZH_DIGITS[numeral.slice(0, ten)];
  const units = ten === numeral.length - 1 ? 0 : ZH_DIGITS[numeral.slice(ten + 1)];
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

const EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** Russian ordinal stems; the endings are an ordinal's (шестой, not шесть; третьем, not трём). */
const RU_ORDINALS = ["перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят"];

/** Events held in editions: 届 is itself an edition; 次 only before a meeting word. */
const ZH_EDITION = /(首|第([一二两三四五六七八九十\d]{1,3}))(?:届|次(?=\p{Script=Han}{0,12}?(?:峰会|会议|大会|会晤|论坛|博览会)))|(下一?|上一?)届/gu;
const EN_EDITION = new RegExp(
  String.raw`\b(?:(${EN_ORDINALS.join("|")})|(\d{1,2})(?:st|nd|rd|th)|(next|upcoming|following))\s+(?:[\p{L}–—-]+\s+){0,4}?(?:summits?|forums?|expos?|congress|conferences?|sessions?|meetings?)\b`,
  "giu",
);
const RU_EDITION = new RegExp(
  String.raw`(?<!\p{L})(?:(трет(?:ий|ь(?:я|е|его|ем|ему|ю|и|их))|(?:${RU_ORDINALS.filter((o) => o !== "трет").join("|")})(?:ый|ой|ая|ое|ого|ому|ом|ую|ые|ых|ым))(?!\p{L})|(\d{1,2})-?(?:й|м|го|ом)|(следующ)\p{L}*)\s+(?:[\p{L}«»"–—-]+\s+){0,4}?(?:саммит|форум|съезд|конференци|сесси|встреч)`,
  "giu",
);

/** The editions of events a text names (1 = the first; `NEXT_EDITION` for the next one). */
export function editionsNamed(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ZH_EDITION)) {
    if (m[3] !== undefined) {
      if (m[3].startsWith("下")) out.push(NEXT_EDITION);
      continue; // 上届: the last one held, which the text would have to name itself
    }
    const n = m[1] === "首" ? 1 : chineseNumber(m[2]!);
    if (n !== undefined) out.push(n);
  }
  for (const m of text.matchAll(EN_EDITION)) {
    out.push(m[3] ? NEXT_EDITION : m[1] ? EN_ORDINALS.indexOf(m[1].toLowerCase()) + 1 : Number(m[2]));
  }
  for (const m of text.matchAll(RU_EDITION)) {
    if (m[3]) out.push(NEXT_EDITION);
    else if (m[2]) out.push(Number(m[2]));
    else {
      const stem = m[1]!.toLowerCase().replace("ё", "е");
      out.push(RU_ORDINALS.findIndex((o) => new RegExp(`^${o}`, "u").test(stem)) + 1);
    }
  }
  return out;
}
