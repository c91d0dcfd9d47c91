/**
 * Places a question may name that the article never writes: a question about one ("日本和中亚的贸易额",
 * "does the author think China is more popular than Russia there?") is not answered by sentences about
 * China and Central Asia, whatever they score.
 *
 * The names come from general data: the countries, unions and cities of CC-CEDICT that the article
 * does not write (`dictionary.ts`: 欧盟, 杜尚别), and ICU's names of the countries and territories
 * (`Intl.DisplayNames`, two-letter region codes) in Chinese, English and Russian, for the regions
 * whose Chinese and English names the article does not write, and the unions of countries in English
 * and Russian (EU, ЕС, ASEAN): CC-CEDICT defines 俄罗斯 as "Russia"
 * and 日本 as "Japan", which say no kind of place. A Russian name is matched by its stem with a case
 * ending (Россию, России), in any case for a stem of five letters at least, only capitalised for one
 * of four (Индии, Ирана), exactly as written for a shorter one ("того", "куба" are common words);
 * a Chinese name counts where it stands as words (增加国际 holds 加国, "Canada", across two words).
 *
 * A place written as an item of a list ("中国、俄罗斯和三个中亚邻国签过哪些协定", "China, Russia,
 * Kazakhstan…") is context for what the list did together, not the question's subject, and is not read.
 *
 * Exports:
 * - `regionNames(locale)` → ICU's names of the countries and territories in a locale, by code.
 * - `absentRegions(articleText)` → ICU's names (zh, en, ru) of the regions whose Chinese and English
 *   names the article does not write; `dictionary.ts` finds CC-CEDICT's short forms of them by their
 *   English names (阿联酋 "United Arab Emirates", 沙特 "abbr. for Saudi Arabia").
 * - `regionGloss(definition)` → a CC-CEDICT definition as a region's English name would read it.
 * - `absentPlaceReader(chineseNames, articleText)` → `(question) => boolean`: whether a question names
 *   (outside a list) a place the article never writes; the patterns are compiled once.
 */
import { longestFirst, matchesAsWords } from "./text-tokens.js";

/** ICU's names of the countries and territories (two-letter codes) in a locale, by code. */
export function regionNames(locale: string): Map<string, string> {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const out = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      // (A name with a qualifier, 刚果（金）, is written without it.)
      if (name) out.set(code, name.replace(/\s*[（(].*$/u, "").trim());
    }
  }
  return out;
}

/** A separator between the items of a list, before or after a name (、 alone suffices). */
const ITEM_BEFORE = /(?:[、,，]|\band|和|与|及|(?<!\p{L})и)\s*$/u;
const ITEM_AFTER = /^\s*(?:[、,，]|and\b|和|与|及|и(?!\p{L}))/u;

function isListItem(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 5);
  if (/、\s*$/u.test(before) || /^\s*、/u.test(after)) return true;
  return ITEM_BEFORE.test(before) && ITEM_AFTER.test(after);
}

/**
 * Unions of countries in English and Russian (CC-CEDICT gives the Chinese ones: 欧盟, 东盟): the
 * article names none ("What share of the region's trade does the EU hold?").
 */
const UNIONS = {
  en: ["EU", "European Union", "ASEAN", "NATO", "EAEU", "Eurasian Economic Union", "African Union", "Arab League"],
  ru: ["ЕС", "Евросоюз", "ЕАЭС", "АСЕАН", "НАТО"],
};

/** Russian case endings after a stem (Росси|я, и, ю, ей; Япони|и). */
const RUSSIAN_ENDING = "(?:а|я|и|ы|у|ю|е|ой|ей|ею|ом|ем|ию|ия|ии|ией)?";
const RUSSIAN_STEM_MIN = 5;

/** ICU's names of the regions whose Chinese and English names a text does not write. */
export function absentRegions(articleText: string): { zh: string[]; en: string[]; ru: string[] } {
  const zh = regionNames("zh-Hans");
  const en = regionNames("en");
  const ru = regionNames("ru");
  const lower = articleText.toLowerCase();
  const absent = [...zh.keys()].filter((code) => !articleText.includes(zh.get(code)!) && !lower.includes((en.get(code) ?? "\u0000").toLowerCase()));
  const namesIn = (names: Map<string, string>): string[] => absent.map((code) => names.get(code)).filter((n): n is string => !!n);
  return { zh: namesIn(zh), en: namesIn(en), ru: namesIn(ru) };
}

/**
 * A CC-CEDICT definition read as a region's English name: "abbr. for" and remarks in brackets left
 * out, lower case ("United Arab Emirates (abbr. for 阿拉伯联合酋长国…)" → "united arab emirates").
 */
export function regionGloss(definition: string): string {
  return definition
    .replace(/^abbr\. for\s+/iu, "")
    .replace(/\s*\([^)]*\)/gu, "")
    .trim()
    .toLowerCase();
}

/**
 * Whether a question names, outside a list, a place the article never writes: the CC-CEDICT names
 * given (`chineseNames`) and ICU's region names whose Chinese and English forms `articleText` lacks.
 */
export function absentPlaceReader(chineseNames: readonly string[], articleText: string): (question: string) => boolean {
  const absent = absentRegions(articleText);
  const lower = articleText.toLowerCase();
  const chinese = longestFirst([...chineseNames, ...absent.zh]);
  const unnamed = (names: readonly string[]): string[] => names.filter((name) => !lower.includes(name.toLowerCase()));
  const english = longestFirst([...absent.en, ...unnamed(UNIONS.en)]);
  // (A Russian stem is read in any case; a shorter one only capitalised, "Индии", and one of three
  // letters or fewer exactly as written: "Того", not "того".)
  const russianNames = [...absent.ru, ...unnamed(UNIONS.ru)].filter((n) => !/\s/u.test(n));
  const stemOf = (name: string): string => name.replace(/[аяьйоие]$/u, "");
  const stems = russianNames.map(stemOf).filter((stem) => stem.length >= RUSSIAN_STEM_MIN);
  const shortStems = russianNames.map(stemOf).filter((stem) => stem.length === RUSSIAN_STEM_MIN - 1);
  const shortNames = russianNames.filter((n) => stemOf(n).length < RUSSIAN_STEM_MIN - 1);
  const patterns = [
    new RegExp(chinese, "u"),
    new RegExp(`\\b(?:${english})\\b`, "iu"),
    new RegExp(`(?<!\\p{L})(?:${longestFirst(stems)})${RUSSIAN_ENDING}(?!\\p{L})`, "iu"),
    new RegExp(`(?<!\\p{L})(?:${longestFirst(shortStems)})${RUSSIAN_ENDING}(?!\\p{L})`, "u"),
    new RegExp(`(?<!\\p{L})(?:${longestFirst(shortNames)})(?!\\p{L})`, "u"),
  ];
  return (question) => patterns.some((re) => matchesAsWords(re, question, (start, end) => !isListItem(question, start, end)));
}
