/**
 * Chinese typed through a pinyin keyboard, read as the article writes it. In a chat, a Chinese
 * question often keeps a word in the pinyin it was typed as ("电车hezuo往哪发展": 合作) or holds a
 * name or term the keyboard wrote with a character of the same sound ("哈撒克", 哈萨克; "霍儿果斯",
 * 霍尔果斯; "上合奖学今", 奖学金). The model and the keyword search know neither; the article's
 * word is put in their place before the question is searched.
 *
 * Exports:
 * - `PinyinTables` (type): what respelling needs from the carry-over dictionary: `pinyin`
 *   (toneless syllables joined → the article's words), `initials`, `soundSlots` and `soundAlikes`
 *   (below), CC-CEDICT's short words (`words2`, `words3`) and `charReadings` (a character → its
 *   toneless readings).
 * - `syllablesOf(reading, characters)`: a CC-CEDICT reading as toneless syllables ("Ha1 sa4 ke4"
 *   → ha sa ke, "lu:4" → lv), or none when it is not one syllable per character.
 * - `slotOf(chars, syllable, position)`: the key of a word with one position left open and the
 *   syllable it has there ("哈?克|sa").
 * - `soundSlotsOf(words)` → slot → word, for each article word (with its syllables) and each of
 *   its positions; the first (most frequent) word wins a shared slot.
 * - `pinyinReader(tables, occurs, isEnglishWord?)` → `(text) => text`, its word sets made once: in a
 *   text holding Chinese, each pinyin word of four letters or more that reads as an article word
 *   (and is no English word) is replaced by it, pinyin initials of three to five small consonants
 *   (hskst, xjp) by the article's most frequent word of three to five characters they begin (or
 *   run of two words: gtxdh, 共同现代化; of two letters only the chat's zg and zf), and
 *   each run of two to four characters that the article never writes (`occurs`), which is no word
 *   of its own (`soundAlikes`), whose words start and end with it, and which reads like an
 *   article word differing from it in one character that stands alone as a word of the run (not
 *   a function character next to an article word: 中国时; for two characters, see `looseWord`),
 *   by that word.
 */

export interface PinyinTables {
  /** Toneless pinyin, syllables joined (hezuo) → the article's words read so, most frequent first. */
  pinyin?: Readonly<Record<string, readonly string[]>>;
  /** "哈?克|sa" → 哈萨克: an article word with one position open and the syllable it has there. */
  soundSlots?: Readonly<Record<string, string>>;
  /** Words the article does not write that would fill a slot but are words in their own right (实时 for 实施). */
  soundAlikes?: readonly string[];
  /** The first letters of a word's syllables (hskst) → the article's word of three to five characters read so (哈萨克斯坦). */
  initials?: Readonly<Record<string, string>>;
  /**
   * CC-CEDICT's words of two and of three characters, each list run together (no separator): a
   * two-character run is only read as miswritten where neither it nor its characters with their
   * neighbours make a word (一年签 holds 一年; 党代会 is a word).
   */
  words2?: string;
  words3?: string;
  /** A character → its toneless readings (会 → hui, kuai). */
  charReadings?: Readonly<Record<string, readonly string[]>>;
}

/** A CC-CEDICT reading as toneless, lowercase syllables (ü as v); none unless one per character. */
export function syllablesOf(reading: string, characters: number): string[] | undefined {
  const syllables = reading.toLowerCase().replace(/u:/g, "v").replace(/[0-9]/g, "").split(/\s+/).filter(Boolean);
  return syllables.length === characters && syllables.every((s) => /^[a-z]+$/.test(s)) ? syllables : undefined;
}

/** The key of a word with one position open, and the syllable the position has. */
export function slotOf(chars: readonly string[], syllable: string, position: number): string {
  return `${chars.map((c, i) => (i === position ? "?" : c)).join("")}|${syllable}`;
}

/** Slots of the article's words (most frequent first in `words`): slot → word. */
export function soundSlotsOf(words: readonly { word: string; syllables: readonly string[] }[]): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const { word, syllables } of words) {
    const chars = Array.from(word);
    syllables.forEach((syllable, p) => {
      const key = slotOf(chars, syllable, p);
      if (!(key in slots)) slots[key] = word;
    });
  }
  return slots;
}

/** Pinyin written in a Chinese question: a Latin word of four letters or more. */
const LATIN_WORD = /[A-Za-z]{4,}/g;
/** Pinyin initials (hskst, xjp): three to five small consonants standing as a word. */
const INITIALS = /(?<![A-Za-z])[b-df-hj-np-tv-z]{3,5}(?![A-Za-z])/g;
/**
 * Two letters are too few to say which word they begin, except the chat's settled ones (zg, 中国:
 * "zg只顾自己吗"), read so where the article writes the word.
 */
const CHAT_INITIALS: Readonly<Record<string, string>> = { zg: "中国", zf: "政府" };
const TWO_INITIALS = new RegExp(`(?<![A-Za-z])(?:${Object.keys(CHAT_INITIALS).join("|")})(?![A-Za-z])`, "g");

/**
 * A reader of Chinese questions against one dictionary's tables (its word sets made once): it
 * returns a question with its pinyin words and same-sounding miswritten words written as the
 * article writes them; a text without Chinese characters comes back as it is.
 */
export function pinyinReader(
  tables: PinyinTables,
  occurs: (chinese: string) => boolean,
  isEnglishWord: (word: string) => boolean = () => false,
): (text: string) => string {
  const pinyin = tables.pinyin ?? {};
  const initials = tables.initials ?? {};
  const slots = tables.soundSlots ?? {};
  const readings = tables.charReadings ?? {};
  const words = new Set<string>();
  for (const [list, size] of [[tables.words2, 2], [tables.words3, 3]] as const) {
    const chars = Array.from(list ?? "");
    for (let i = 0; i + size <= chars.length; i += size) words.add(chars.slice(i, i + size).join(""));
  }
  const known = { slots, readings, words, occurs, alikes: new Set(tables.soundAlikes ?? []), slotWords: new Set(Object.values(slots)) };
  return (text) => {
    if (!/\p{Script=Han}/u.test(text)) return text;
    return text
      .replace(LATIN_WORD, (word) => (/^[A-Z]+$/.test(word) || isEnglishWord(word) ? word : (pinyin[word.toLowerCase()]?.[0] ?? word)))
      .replace(INITIALS, (word) => initials[word] ?? word)
      .replace(TWO_INITIALS, (word) => (occurs(CHAT_INITIALS[word]!) ? CHAT_INITIALS[word]! : word))
      .replace(/\p{Script=Han}{2,}/gu, (run) => respellRun(run, known));
  };
}

/** A run of Chinese characters with its miswritten words replaced by the article's. */
function respellRun(run: string, known: Omit<Lookup, "starts" | "alone">): string {
  const chars = Array.from(run);
  // Where the run's words start, and which characters stand alone as a word: a miswritten word
  // is cut into such characters (天津/丰/会), a well-written one is not (哪个, 独立).
  const starts = new Set<number>([chars.length]);
  const alone = new Set<number>();
  let at = 0;
  for (const { segment } of SEGMENTER.segment(run)) {
    const length = Array.from(segment).length;
    starts.add(at);
    if (length === 1) alone.add(at);
    at += length;
  }
  const lookup: Lookup = { ...known, starts, alone };
  let respelled = "";
  let i = 0;
  while (i < chars.length) {
    const found = starts.has(i) ? soundAlikeAt(chars, i, lookup) : undefined;
    respelled += found ? found.word : chars[i];
    i += found ? found.length : 1;
  }
  return respelled;
}

const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * Runs of two characters too, under the conditions of `looseWord`: with none, two-character runs
 * that read like an article word were mostly well-written words the article does not use (在哪
 * reads like 在内 zài-nèi, 装机有 holds 机有 like 既有: 12 of the dev set's questions misread; with
 * only a stoplist of function characters still 9: 一年签的 → 一年前的, 党代会 → 当代会).
 */
const MIN_LENGTH = 2;

interface Lookup {
  slots: Readonly<Record<string, string>>;
  readings: Readonly<Record<string, readonly string[]>>;
  alikes: ReadonlySet<string>;
  /** The words the slots lead to. */
  slotWords: ReadonlySet<string>;
  /** CC-CEDICT's words of two and three characters (empty when the tables hold none). */
  words: ReadonlySet<string>;
  occurs: (chinese: string) => boolean;
  /** Positions where a word of the run starts (and its end). */
  starts: ReadonlySet<number>;
  /** Positions of characters that are a word on their own. */
  alone: ReadonlySet<number>;
}

/** Characters that attach to a word before or after them (中国时, 合作的). */
const FUNCTION_CHARS = new Set(Array.from("的地得了着过是在有和与及或而也都就还又才被把给对向从以于为让使能可要想这那哪谁啥个些几一不没很最更同吗呢吧啊时后里上下中内外来去到"));
/** Numerals: a character after one is a measure word (一年签, 几本书). */
const NUMERALS = /[一二三四五六七八九十两几百千万\d]/u;

/**
 * Whether the character at `p` is a function character at an edge of the run whose other
 * characters are an article word: 入境中国时 is 中国 + 时, not 中国式.
 */
function attached(part: readonly string[], p: number, slotWords: ReadonlySet<string>): boolean {
  if (!FUNCTION_CHARS.has(part[p]!) || (p !== 0 && p !== part.length - 1)) return false;
  return slotWords.has(part.filter((_, i) => i !== p).join(""));
}

/**
 * Whether two characters from `start` may be a miswritten word: neither is a function character,
 * both stand alone, the first does not follow a numeral (一年签), and neither they nor either of
 * them with its neighbours is a word of CC-CEDICT (党代会; 装机有: 装机).
 */
function looseWord(chars: readonly string[], start: number, at: Lookup): boolean {
  if (at.words.size === 0) return false;
  const [a, b] = [chars[start]!, chars[start + 1]!];
  if (FUNCTION_CHARS.has(a) || FUNCTION_CHARS.has(b) || !at.alone.has(start) || !at.alone.has(start + 1)) return false;
  const before = chars[start - 1] ?? "";
  const after = chars[start + 2] ?? "";
  if (NUMERALS.test(before)) return false;
  return ![a + b, before + a, b + after, before + a + b, a + b + after].some((w) => Array.from(w).length >= 2 && at.words.has(w));
}

/**
 * The article word that the characters from `start` (four, three or two whole words of the run)
 * miswrite in one character standing alone, if any.
 */
function soundAlikeAt(chars: readonly string[], start: number, at: Lookup): { word: string; length: number } | undefined {
  const { slots, readings, alikes, occurs } = at;
  for (let length = Math.min(4, chars.length - start); length >= MIN_LENGTH; length--) {
    if (!at.starts.has(start + length) || (length === 2 && !looseWord(chars, start, at))) continue;
    const part = chars.slice(start, start + length);
    const text = part.join("");
    for (let p = 0; p < length; p++) {
      if (!at.alone.has(start + p) || attached(part, p, at.slotWords)) continue;
      for (const syllable of readings[part[p]!] ?? []) {
        const word = slots[slotOf(part, syllable, p)];
        if (word && word !== text && !alikes.has(text) && !occurs(text)) return { word, length };
      }
    }
  }
  return undefined;
}
