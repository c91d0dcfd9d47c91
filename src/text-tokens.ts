/**
 * Chinese-aware keyword tokens for BM25 and term matching.
 *
 * Exports:
 * - `normalizeNumbers(text)`: "5 000" → "5000", "12.1316万" kept, full-width digits → ASCII.
 * - `stemLatin(word)`: a light, consistent English stemmer (plurals, -ing, -ed, -ly, -ness, common
 *   irregular forms such as grown → grow, British spellings such as neighbour → neighbor).
 * - `tokenize(text)`: Intl.Segmenter('zh') words + CJK character bigrams + lowercased,
 *   stemmed Latin words + numbers, with a minimal stopword list (read-only; short texts, such as
 *   carried dictionary terms, are tokenized once and their tokens shared).
 * - `numbersIn(text)`: the numbers (digits, years) a text mentions, normalised, with the values of
 *   figures given with a magnitude word; `figuresIn(text)`: each figure's forms (948 亿 → 948 and
 *   94800000000, so "94.8 billion" meets it); `isYear(number)`: whether one reads as a year
 *   (1500–2099).
 * - `latinWords(text)` / `cyrillicWords(text)`: lowercased words of one script, in order.
 * - `isCjk(char)`: whether a character is a Han ideograph.
 * - `wordBoundaries(text)`: the offsets where Intl.Segmenter('zh') words start or end.
 * - `escapeRegExp(text)`, `longestFirst(names)`: a text escaped for a regex; an alternation of names,
 *   longest first.
 * - `matchesAsWords(pattern, text, accept?)`: whether a pattern matches where a Chinese match stands as
 *   words (starts and ends on word boundaries: 面积 is not in 哪些方面积累).
 * - `isEnglishStopword(word)` / `isRussianStopword(word)`: function and question words.
 * - `englishContentWords(text)`: its Latin words of two letters or more that are not stopwords.
 * - `ENGLISH_AUXILIARIES`: English auxiliary verbs as a regex alternation (is|are|…|should).
 * - `quotedPhrases(text)`: what a text quotes in 《》, “”, 「」 or "" (2–20 characters each).
 * - `capitalisedWords(text)`: its words written with a capital then a small letter (names), lowercased.
 */

const HAN = /\p{Script=Han}/u;
const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });

/** Whether a single character is a Han ideograph. */
export function isCjk(char: string): boolean {
  return HAN.test(char);
}

/**
 * Chinese function words and question words: they carry no topic and would only add noise.
 * Kept minimal on purpose (BM25's IDF does the rest).
 */
const ZH_STOP = new Set([
  "的", "了", "是", "在", "和", "与", "及", "或", "也", "都", "而", "就", "对", "把", "被", "从", "向",
  "为", "以", "之", "其", "这", "那", "有", "中", "上", "下", "个", "吗", "呢", "吧", "啊",
  "什么", "怎么", "怎样", "如何", "为什么", "哪些", "哪个", "哪里", "多少", "几个", "是否", "文章",
  "本文", "作者", "文中", "提到", "根据", "请问", "一下", "我们", "他们", "哪", "谁", "何",
]);

const EN_STOP = new Set([
  "a", "an", "the", "of", "to", "in", "on", "for", "by", "with", "at", "from", "as", "and", "or",
  "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "having", "what", "which", "who",
  "whom", "whose", "when", "where", "why", "how", "that", "this", "these", "those", "it", "its",
  "their", "there", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i",
  "me", "my", "about", "article", "paper", "author", "authors", "say", "says", "said", "according",
  "can", "could", "would", "should", "will", "shall", "may", "might", "has", "have", "had", "not",
  "no", "into", "than", "then", "so", "such", "any", "some", "many", "much", "more", "most",
  "tell", "please", "mention", "mentioned", "describe", "described", "text", "between",
]);

/**
 * English auxiliary verbs, as a regex alternation: a word after "which" that is one of them ends
 * the noun phrase asked with ("Which goal did President Tokayev set?" asks a goal).
 */
export const ENGLISH_AUXILIARIES = "is|are|was|were|do|does|did|has|have|had|will|can|could|would|should";

/** Converts full-width digits to ASCII and joins digit groups split by spaces ("5 000" → "5000"). */
export function normalizeNumbers(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/(\d)[ \u00a0\u202f,](?=\d{3}(?!\d))/g, "$1")
    // A decimal comma (1,2 ГВт): one or two digits after it, where a thousands comma has three.
    .replace(/(\d),(\d{1,2})(?![\d,])/g, "$1.$2");
}

/** Irregular forms → base form (the form glosses use), applied before stemming. */
const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  became: "become", began: "begin", begun: "begin", brought: "bring", built: "build", bought: "buy",
  chose: "choose", chosen: "choose", came: "come", drew: "draw", drawn: "draw", fell: "fall",
  fallen: "fall", felt: "feel", found: "find", gave: "give", given: "give", went: "go", gone: "go",
  grew: "grow", grown: "grow", held: "hold", kept: "keep", knew: "know", known: "know", led: "lead",
  left: "leave", lost: "lose", made: "make", met: "meet", paid: "pay", ran: "run", rose: "rise",
  risen: "rise", saw: "see", seen: "see", sent: "send", shrank: "shrink", shrunk: "shrink",
  sold: "sell", spent: "spend", stood: "stand", took: "take", taken: "take", taught: "teach",
  thought: "think", told: "tell", understood: "understand", won: "win", wrote: "write", written: "write",
};

/**
 * British spellings → the American ones CC-CEDICT's glosses use: -ise/-isation (organisation),
 * -our (neighbour, labour; not hour, four, tour), -tre (centre, kilometre), -ence (defence),
 * -yse (analyse), programme, a doubled l (travellers, fuelled).
 */
const BRITISH_SPELLINGS: readonly [RegExp, string][] = [
  [/is(ation|ations|e|ed|es|ing)$/, "iz$1"],
  [/^(arm|behavi|cand|clam|col|endeav|favo?|flav|harb|hon|hum|lab|neighb|od|parl|rig|rum|savi|splend|tum|vap|vig|val)our/, "$1or"],
  [/^(cent|met|kilomet|centimet|millimet|lit|theat|fib|calib|spect|lust|sombr)re(s|d)?$/, "$1er$2"],
  [/^(def|off|lic|pret)ence(s)?$/, "$1ense$2"],
  [/^(anal|paral|catal)ys(e|ed|es|ing)$/, "$1yz$2"],
  [/^programme(s|d)?$/, "program$1"],
  [/^(travel|model|label|cancel|signal|fuel|channel|level|counsel|tunnel|equal|total|rival)l(ed|er|ers|ing)$/, "$1$2"],
];

/** Nouns in -ness that are not an adjective + "ness" (business is not "busy"). */
const NOT_NESS = new Set(["business", "businesses", "witness", "witnesses", "harness", "wilderness"]);

/** A light English stemmer, applied the same way to questions, glosses and the abstract. */
export function stemLatin(word: string): string {
  const lower = word.toLowerCase().replace(/'s$/, "");
  let w = IRREGULAR_FORMS[lower] ?? lower;
  for (const [from, to] of BRITISH_SPELLINGS) w = w.replace(from, to);
  // Adjective + "ness" → the adjective (openness → open, readiness → ready, neighborliness → neighborly).
  if (w.length > 7 && /ness(es)?$/.test(w) && !NOT_NESS.has(w)) w = w.replace(/ness(es)?$/, "").replace(/i$/, "y");
  if (w.length <= 3) return w;
  if (w.endsWith("ian") && w.length > 4) w = w.slice(0, -1); // Asian → Asia, Russian → Russia
  else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("ly") && w.length > 4) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Lowercased Latin words of a text, in order (hyphens split words). */
export function latinWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']*/g) ?? []).map((w) => w.replace(/'s$|'+$/, ""));
}

/** Lowercased Cyrillic words of a text, in order. */
export function cyrillicWords(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, "е").match(/[\p{Script=Cyrillic}]+/gu) ?? [];
}

/** Whether a normalised number reads as a year (1500–2099). */
export function isYear(number: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(number);
}

/** Magnitude words written after a number, and what they multiply by. */
const MAGNITUDES: readonly [RegExp, number][] = [
  [/^万/u, 1e4],
  [/^亿/u, 1e8],
  [/^thousand\b/iu, 1e3],
  [/^(?:million|mln)\b/iu, 1e6],
  [/^(?:billion|bn)\b/iu, 1e9],
  [/^trillion\b/iu, 1e12],
  [/^тыс(?:\.|яч\p{L}*)?(?!\p{L})/iu, 1e3],
  [/^(?:млн|миллион\p{L}*)(?!\p{L})/iu, 1e6],
  [/^(?:млрд|миллиард\p{L}*)(?!\p{L})/iu, 1e9],
];

/** The rest of a range after its first number ("–5 тысяч" in "3–5 тысяч"), for its magnitude. */
const RANGE_REST = /^\s*[-–—~～至到]\s*\d+(?:\.\d+)?\s*/u;

function magnitudeAt(rest: string): number | undefined {
  // "$412m": an "m" written on the number is millions ("19 m" apart is metres).
  if (/^m(?![\p{L}\p{N}²³])/u.test(rest)) return 1e6;
  const after = rest.replace(/^\s*(?:多|余)?\s*/u, "");
  return MAGNITUDES.find(([re]) => re.test(after))?.[1];
}

/**
 * The figures of a text, each as the ways it may be written: its number as printed, and, when a
 * magnitude word follows it, its value written out ("948 亿" → 948 and 94800000000, "94.8 billion"
 * → 94.8 and 94800000000, "3–5 тысяч" → 3 and 3000, 5 and 5000), so a figure quoted in another
 * language meets the article's. Numbers normalised as `numbersIn`.
 */
export function figuresIn(text: string): string[][] {
  const normalized = normalizeNumbers(text);
  const figures: string[][] = [];
  for (const m of normalized.matchAll(/\d+(?:\.\d+)?/g)) {
    const rest = normalized.slice(m.index + m[0].length);
    const range = RANGE_REST.exec(rest);
    const magnitude = magnitudeAt(rest) ?? (range ? magnitudeAt(rest.slice(range[0].length)) : undefined);
    const value = magnitude === undefined ? undefined : String(Math.round(Number(m[0]) * magnitude * 1e4) / 1e4);
    figures.push(value && value !== m[0] ? [m[0], value] : [m[0]]);
  }
  return figures;
}

/**
 * Numbers mentioned in a text, normalised ("2025年" → "2025", "5 000" → "5000", "46.5%" → "46.5"),
 * with the values of figures given with a magnitude word (see `figuresIn`).
 */
export function numbersIn(text: string): string[] {
  return figuresIn(text).flat();
}

const RU_STOP = new Set([
  "и", "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "за", "для", "при",
  "не", "ли", "же", "а", "но", "или", "что", "чем", "как", "какой", "какая", "какое", "какие",
  "каких", "каким", "какую", "каков", "какова", "каково", "каковы", "кто", "кого", "кому", "где",
  "когда", "почему", "зачем", "сколько", "насколько", "который", "которая", "которые", "это",
  "этот", "эта", "эти", "тот", "та", "те", "его", "ее", "их", "он", "она", "они", "мы", "вы", "я",
  "был", "была", "было", "были", "быть", "есть", "статья", "статье", "статьи", "автор", "авторы",
  "говорится", "сказано", "упоминается", "между", "также", "так", "уже", "ещё", "еще",
  // Function words and the words that frame a question (по словам…, согласно…, в каком разделе…).
  "у", "про", "через", "там", "тут", "здесь", "всего", "все", "всё", "чего", "чему", "каком", "какого",
  "какими", "каким", "какой-то", "чтобы", "того", "этого", "этой", "этом", "эту", "то", "только",
  "именно", "вообще", "тоже", "если", "нас", "наш", "наши", "наших", "нашим", "свой", "оно", "нее",
  "неё", "ней", "них", "него", "ему", "им", "мне", "нам", "вам", "бы", "вот", "даже", "ну", "э",
  "ребята", "просто", "куда", "откуда", "такой", "такая", "такое", "такие", "словам", "мнению",
  "согласно", "тексту", "тексте", "текст", "пишут", "пишет", "называют", "называет", "укажите",
  "назовите", "дайте", "перечислены", "считают", "считает", "говорят", "говорит", "упомянуты",
  "упомянут", "упомянута", "упомянуто", "правда", "верно",
]);

/** Whether a Russian word is a stopword (lowercase, ё as е). */
export function isRussianStopword(word: string): boolean {
  return RU_STOP.has(word.toLowerCase().replace(/ё/g, "е"));
}

/** Whether an English word is a stopword (after lowercasing). */
export function isEnglishStopword(word: string): boolean {
  return EN_STOP.has(word.toLowerCase());
}

/** A text's English content words: Latin words of two letters or more, stopwords left out. */
export function englishContentWords(text: string): string[] {
  return latinWords(text).filter((w) => w.length > 1 && !isEnglishStopword(w));
}

/** The UTF-16 offsets where the text's words (Intl.Segmenter 'zh') start or end. */
export function wordBoundaries(text: string): Set<number> {
  const bounds = new Set<number>();
  for (const seg of SEGMENTER.segment(text)) {
    bounds.add(seg.index);
    bounds.add(seg.index + seg.segment.length);
  }
  return bounds;
}

/** A text with the characters a regular expression reads as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The source of a regex alternation of names, escaped, longest first: an alternation takes the
 * first name that matches, so 印度尼西亚 must come before 印度.
 */
export function longestFirst(names: Iterable<string>): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join("|");
}

/** Global copies of the patterns given to `matchesAsWords`, to look at every match (made once). */
const globalCopies = new Map<RegExp, RegExp>();

/**
 * Whether a pattern matches a text where the match stands as words: a match holding Chinese must
 * start and end on word boundaries ("哪些方面积累了" holds 面积 across 方面 and 积累); a match across
 * words does not hide one starting inside it. With `accept`, a match counts only where it says so.
 */
export function matchesAsWords(pattern: RegExp, text: string, accept?: (start: number, end: number) => boolean): boolean {
  let re = globalCopies.get(pattern);
  if (!re) globalCopies.set(pattern, (re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)));
  let bounds: Set<number> | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    let asWords = !HAN.test(m[0]);
    if (!asWords) {
      bounds ??= wordBoundaries(text);
      asWords = bounds.has(m.index) && bounds.has(end);
    }
    if (asWords && (!accept || accept(m.index, end))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Keyword tokens of a text: Chinese words (Intl.Segmenter) of two or more characters, CJK
 * character bigrams (so unknown terms still match), stemmed Latin words, and numbers.
 * Chinese single-character words are kept too unless they are function words; a two-character
 * word also appears as its bigram, which weights whole words slightly above chance bigrams.
 */
export function tokenize(text: string): readonly string[] {
  if (text.length > SHORT_TEXT) return tokensOf(text);
  let tokens = shortTokens.get(text);
  if (!tokens) {
    if (shortTokens.size >= SHORT_CACHE_LIMIT) shortTokens.clear();
    shortTokens.set(text, (tokens = Object.freeze(tokensOf(text))));
  }
  return tokens;
}

/**
 * Short texts (dictionary terms carried over from a question, units, short forms: a bounded set
 * that recurs from question to question) are tokenized once each.
 */
const SHORT_TEXT = 16;
const SHORT_CACHE_LIMIT = 20_000;
const shortTokens = new Map<string, readonly string[]>();

function tokensOf(text: string): string[] {
  const normalized = normalizeNumbers(text.normalize("NFKC"));
  const tokens: string[] = [];
  // CJK runs: words and bigrams.
  for (const run of normalized.match(/\p{Script=Han}+/gu) ?? []) {
    for (const seg of SEGMENTER.segment(run)) {
      if (!seg.isWordLike) continue;
      const word = seg.segment;
      if (!ZH_STOP.has(word)) tokens.push(word);
    }
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (!ZH_STOP.has(bigram)) tokens.push(bigram);
    }
  }
  for (const word of latinWords(normalized)) {
    if (word.length < 2 || EN_STOP.has(word)) continue;
    tokens.push(stemLatin(word));
  }
  for (const num of numbersIn(normalized)) tokens.push(num);
  return tokens;
}

/** A title or phrase in 《》, “”, 「」 or "": 2–20 characters, no quotation mark inside. */
const QUOTED_PHRASE = /[《“"「]([^《》“”"「」]{2,20})[》”"」]/gu;

/** What a text quotes (《礼记》, “小而美”, "Kaspi"), in order. */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(QUOTED_PHRASE)].map((m) => m[1]!);
}

/** Words written as names (a capital, then a small letter: Kazakhstan, Fuxing; not BYD), lowercased. */
export function capitalisedWords(text: string): Set<string> {
  return new Set((text.match(/\p{Lu}\p{Ll}[\p{L}'-]*/gu) ?? []).map((w) => w.toLowerCase()));
}
