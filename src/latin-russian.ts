/**
 * Russian typed in Latin letters (translit: "Kakie goroda Srednei Azii samye populyarnye?"), as
 * readers without a Cyrillic keyboard write it, read back in Cyrillic (Какие города Средней Азии
 * самые популярные?), so that it is searched, checked and answered as the Russian it is.
 *
 * Exports:
 * - `russianFromLatin(text)` → the text with its Latin words written in Cyrillic, when the message
 *   reads as Russian (several Russian function words once written in Cyrillic, more than the
 *   English ones it holds); `undefined` otherwise (English, pinyin, names alone).
 * - `cyrillicOfLatinWord(word)`: one word's Cyrillic reading (the common informal scheme: zh, kh,
 *   ts, ch, sh, shch, ya/yu/yo, y as ы or й, i after a vowel as й, ' as ь).
 *
 * Acronyms (BYD, SCO) are left as written.
 */
import { isEnglishStopword, isRussianStopword } from "./text-tokens.js";

/** Letter groups first (longest first), then single letters. */
const GROUPS: readonly [string, string][] = [
  ["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["tz", "ц"], ["ch", "ч"], ["sh", "ш"],
  ["yu", "ю"], ["ju", "ю"], ["ya", "я"], ["ja", "я"], ["yo", "ё"], ["jo", "ё"], ["yy", "ый"], ["iy", "ий"],
  ["ck", "к"], ["x", "кс"],
];
const LETTERS: Readonly<Record<string, string>> = {
  a: "а", b: "б", v: "в", w: "в", g: "г", d: "д", e: "е", z: "з", i: "и", j: "й", k: "к", l: "л", m: "м",
  n: "н", o: "о", p: "п", r: "р", s: "с", t: "т", u: "у", f: "ф", h: "х", c: "ц", q: "к", y: "ы", "'": "ь",
};
/** A Cyrillic vowel ending the reading so far; the second without и (Azii is Азии, not Азий). */
const AFTER_VOWEL = /[аеёиоуыэюя]$/u;
const AFTER_VOWEL_BUT_I = /[аеёоуыэюя]$/u;
/** Words opening with е where a word-initial e is otherwise э (eto → это, but ego → его). */
const INITIAL_YE = new Set(["ego", "est", "esli", "eshche", "eshe", "emu", "eyo", "eye", "eli", "edinyi", "edinyy", "evropa", "evropy", "evrazii", "evraziya"]);

/** One word's Cyrillic reading (lowercase). */
export function cyrillicOfLatinWord(word: string): string {
  const lower = word.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; ) {
    const group = GROUPS.find(([latin]) => lower.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const ch = lower[i]!;
    const next = lower[i + 1];
    if (ch === "e" && i === 0) out += INITIAL_YE.has(lower) ? "е" : "э";
    // y after a vowel is й (kakoy, moy); ya/yu/yo were read as я/ю/ё above.
    else if (ch === "y" && AFTER_VOWEL.test(out)) out += "й";
    // i after a vowel and before a consonant or the end is й (srednei, kitaiskih), not after и (Azii).
    else if (ch === "i" && AFTER_VOWEL_BUT_I.test(out) && (next === undefined || !/[aeiouy]/.test(next))) out += "й";
    else out += LETTERS[ch] ?? ch;
    i += 1;
  }
  return out;
}

const LATIN_WORD = /[A-Za-z][A-Za-z']*/g;

/** The message in Cyrillic when it reads as Russian written in Latin letters; else undefined. */
export function russianFromLatin(text: string): string | undefined {
  if (/\p{Script=Cyrillic}|\p{Script=Han}/u.test(text)) return undefined;
  const words = text.match(LATIN_WORD) ?? [];
  if (words.length < 2) return undefined;
  let russian = 0;
  let english = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (isEnglishStopword(lower)) english += 1;
    if (isRussianStopword(cyrillicOfLatinWord(lower))) russian += 1;
  }
  if (russian < 2 || russian <= english) return undefined;
  return text.replace(LATIN_WORD, (word) => {
    if (word.length > 1 && word === word.toUpperCase()) return word;
    const cyrillic = cyrillicOfLatinWord(word);
    return word[0] === word[0]!.toUpperCase() ? cyrillic[0]!.toUpperCase() + cyrillic.slice(1) : cyrillic;
  });
}
