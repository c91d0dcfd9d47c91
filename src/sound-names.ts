/**
 * Foreign names by sound: Chinese writes a foreign name with characters chosen for their sound
 * (霍尔果斯 huò-ěr-guǒ-sī for Khorgos, 奇姆肯特 for Shymkent, 拜卡达莫夫 for Baikadamov), and no
 * dictionary lists most of them. A Latin-script name in a question is carried to the article's
 * sound-written name whose consonants it matches: both sides are reduced to a skeleton of consonant
 * classes (b/p, d/t, g/k/h, the sibilants and affricates, l/r, m, n, f/v), vowels dropped but for
 * a leading one, so "Bukhara" (PKL) meets 布哈拉 bu-ha-la (PKL).
 *
 * Exports:
 * - `TRANSLITERATION`: the characters that write foreign names by sound (the common ones of the
 *   transcription tables); `FOREIGN_NAME`: three or more of them in a row (global regex; in
 *   running text such runs are rare otherwise: 文明因多样 → 明因多, 根本利益 → 根本利 in this
 *   article; `place-names.ts` reads them as towns no dictionary has).
 * - `latinSoundKey(word)` → the skeleton of a Latin-script word ("khorgos" → "KLKS").
 * - `pinyinSoundKey(syllables)` → the skeleton of a pinyin reading (["huo", "er", "guo", "si"] → "KLKS").
 * - `soundNameTable(corpusText, readings, knownNames?)` → skeleton → the corpus's names with it:
 *   the known names (CC-CEDICT's places) the text writes and the runs of `FOREIGN_NAME` left once
 *   those are masked, whole, under each of their readings (`readings`: character → its pinyin
 *   syllables, from CC-CEDICT).
 * - `carrySoundName(table, word)` → the Chinese names a Latin-script word sounds like: the same
 *   skeleton, or for skeletons of four classes or more one class added, dropped or changed
 *   ("Tashkent" TSKNT ~ 塔什干 TSKN); the longest such names, at most two. None for short words.
 * - `cyrillicToLatin(word)` → a Russian word in Latin letters (Бухаре → bukhare), so that a
 *   Russian name is matched the same way (its case ending is a vowel or adds one class).
 */
import { editDistance } from "./edit-distance.js";

export const TRANSLITERATION =
  "阿埃艾爱安昂奥巴拜班邦贝本比宾波伯博布采查达代丹德迪蒂丁东杜顿多厄恩尔法范菲芬丰佛夫福富盖甘冈戈格根古瓜圭哈海汉杭豪赫亨洪胡华怀霍基吉加贾杰金卡凯坎康科克肯库夸奎昆拉莱兰朗劳勒雷里利林卢鲁伦罗洛马迈曼梅门蒙米明莫姆穆纳奈南内尼宁纽努诺帕派潘庞佩彭皮珀普齐奇乔钦琼丘萨赛桑瑟森沙尚舍什施斯松苏索塔泰坦汤特滕廷通图托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因英尤约扎札泽詹朱兹卓果罕撒喀捷楚";

export const FOREIGN_NAME = new RegExp(`[${TRANSLITERATION}]{3,}`, "gu");

/** Latin letters (digraphs first) → consonant class; vowels and y/w map to nothing. */
const LATIN_CLASSES: readonly [RegExp, string][] = [
  [/ng(?![aeiouy])/g, "N"],
  [/kh|gh|ck/g, "K"],
  [/sh|ch|zh|ts|tz|dzh|dj/g, "S"],
  [/th/g, "T"],
  [/ph/g, "F"],
  [/x/g, "KS"],
  [/[bp]/g, "P"],
  [/[dt]/g, "T"],
  [/[gkcqh]/g, "K"],
  [/[jzs]/g, "S"],
  [/[lr]/g, "L"],
  [/m/g, "M"],
  [/n/g, "N"],
  [/[fv]/g, "F"],
];

/** The consonant skeleton of a Latin-script word, a leading vowel kept as `V`. */
export function latinSoundKey(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return "";
  let s = w;
  for (const [re, cls] of LATIN_CLASSES) s = s.replace(re, cls);
  const key = s.replace(/[a-z]/g, "").replace(/(.)\1+/g, "$1");
  return (/^[aeiouy]/.test(w) ? "V" : "") + key;
}

/** Pinyin initials → consonant class (none for a vowel-initial syllable). */
const PINYIN_INITIALS: readonly [RegExp, string][] = [
  [/^(?:zh|ch|sh|z|c|s|x|q|j)/, "S"],
  [/^[bp]/, "P"],
  [/^[dt]/, "T"],
  [/^[gkh]/, "K"],
  [/^[lr]/, "L"],
  [/^m/, "M"],
  [/^n/, "N"],
  [/^f/, "F"],
];

/** The skeleton of one pinyin syllable: its initial's class, L for 尔 (er), N for a nasal final. */
function syllableKey(syllable: string): string {
  const s = syllable.toLowerCase().replace(/[0-9:]/g, "");
  if (s === "er") return "L";
  let initial = "";
  for (const [re, cls] of PINYIN_INITIALS) {
    if (re.test(s)) {
      initial = cls;
      break;
    }
  }
  return initial + (/ng?$/.test(s) && s.length > 1 && !/^ng?$/.test(s) ? "N" : "");
}

/** The consonant skeleton of a pinyin reading, a leading vowel syllable kept as `V`. */
export function pinyinSoundKey(syllables: readonly string[]): string {
  const lead = /^[aeiouwy]/.test(syllables[0]?.toLowerCase() ?? "") ? "V" : "";
  return (lead + syllables.map(syllableKey).join("")).replace(/(.)\1+/g, "$1");
}

/** At most this many readings of one stretch are keyed (characters with several readings multiply). */
const MAX_READINGS = 8;

export function soundNameTable(
  corpusText: string,
  readings: Readonly<Record<string, readonly string[]>>,
  knownNames: readonly string[] = [],
): Record<string, string[]> {
  // Whole names only: the known ones the text writes, and the runs left once those are masked
  // (乌兹别克斯坦卡姆奇克隧道 gives 卡姆奇克, not 克斯坦卡姆奇克 or 姆奇克).
  const known = knownNames.filter((n) => Array.from(n).length >= 2 && corpusText.includes(n));
  let masked = corpusText;
  for (const n of [...known].sort((a, b) => b.length - a.length)) masked = masked.split(n).join(" ");
  const names = new Set([...known, ...(masked.match(FOREIGN_NAME) ?? [])]);
  const table = new Map<string, Set<string>>();
  for (const name of names) {
    let combos: string[][] = [[]];
    for (const c of Array.from(name)) {
      const options = readings[c] ?? [];
      if (options.length === 0) {
        combos = [];
        break;
      }
      combos = combos.flatMap((combo) => options.map((o) => [...combo, o])).slice(0, MAX_READINGS);
    }
    for (const combo of combos) {
      const key = pinyinSoundKey(combo);
      if (key.replace("V", "").length < MIN_CLASSES) continue;
      let set = table.get(key);
      if (!set) table.set(key, (set = new Set()));
      set.add(name);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, [...v]]));
}

/** Skeletons shorter than this (in consonant classes) are not matched: too many names share them. */
const MIN_CLASSES = 3;
/** From this many classes on, one class may differ. */
const FUZZY_FROM = 4;

export function carrySoundName(table: Readonly<Record<string, readonly string[]>>, word: string): string[] {
  const key = latinSoundKey(word);
  const classes = key.replace("V", "").length;
  if (classes < MIN_CLASSES) return [];
  const exact = table[key];
  const found: { name: string; distance: number }[] = (exact ?? []).map((name) => ({ name, distance: 0 }));
  if (found.length === 0 && classes >= FUZZY_FROM) {
    for (const [k, names] of Object.entries(table)) {
      // The first class must agree: names differ most at their ends.
      if (k[0] !== key[0] || Math.abs(k.length - key.length) > 1) continue;
      if (editDistance(k, key) === 1) for (const name of names) found.push({ name, distance: 1 });
    }
  }
  const longest = Math.max(0, ...found.map((f) => Array.from(f.name).length));
  return [...new Set(found.filter((f) => Array.from(f.name).length === longest).map((f) => f.name))].slice(0, 2);
}


/** Russian letters in Latin (the common passport-style romanisation). */
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k",
  л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts",
  ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

export function cyrillicToLatin(word: string): string {
  return Array.from(word.toLowerCase(), (c) => CYRILLIC_LATIN[c] ?? c).join("");
}
