/**
 * Place questions and place names: a question asking which country / city / province or region /
 * port / university, or where something is, was held or located, in Chinese, English and
 * Russian; and whether a Chinese sentence names a place of that kind that the question does not
 * already name (a sentence repeating the question's own places does not say "where"). An answer
 * whose best sentence names none is no answer (see `engine.ts`) when it asks for a country, a
 * province, a city or a university (see `PlaceQuestion.decisive`).
 *
 * Place names come from general data: CC-CEDICT definitions that describe a place ("Tashkent,
 * capital of Uzbekistan", "… Autonomous Region", "Aral Sea"; read once when the carry-over
 * dictionary is built, see `dictionary.ts`), the country names and one-character short forms of
 * `country-abbreviations.ts` (中哈, 土、乌、哈、中四国), the suffixes 市 / 省 / 自治区 / 口岸 /
 * 大学, and runs of characters that write foreign names by sound (霍尔果斯), for the towns no
 * dictionary has. Everything is compiled once per `PlaceNames`; a sentence costs two regex passes (cached).
 *
 * Exports:
 * - `PlaceKind` (type): what a name is (`country`, `province`, `city`, `port`, `locality` (a
 *   town, county or a place CC-CEDICT gives only with its country), `region` (a sea, a continent,
 *   a historical region), `university`).
 * - `AskedPlace` (type): what a question asks for: `country`, `province`, `city`, `port`,
 *   `university`, or `place` (any place: "where", "which region").
 * - `askedPlace(question)` → `AskedPlace | undefined`; `askedPlaceWithin(question)` → the countries
 *   the asked place must lie in (中国哪些城市 → 中国; "Central Asian cities" → the five), if it says.
 * - `withoutExamples(question)` → the question without the places it gives as examples ("阿拉木图、
 *   撒马尔罕那些", "比如阿拉木图", "such as Almaty", «например, Алматы»): they illustrate what is asked,
 *   they are not its focus.
 * - `placeCountriesOf(places, definitionsOf, countries)` → each place's country, from CC-CEDICT.
 * - `placeKindsOf(definitions, word?)` → `PlaceKind[]`: the kinds of place a CC-CEDICT entry's
 *   definitions describe (none for other words).
 * - `standalonePlaces(places, corpusText, words)` → the place names the corpus writes as names at
 *   least once (not only inside or across longer dictionary words).
 * - `PlaceNames` (class): `new PlaceNames(places, compounds?, countries?)` from name → kinds (and
 *   the words that hold a place name without being one: 上海合作组织; each place's country, see
 *   `placeCountriesOf`); `.placesIn(text)` → the places a Chinese text names (`PlaceMention[]`);
 *   `.namedIn(texts)` → their names as a set; `.namesNewPlace(text, asked, known, within?)` →
 *   whether the text names a place of the asked kind outside `known` (and in `within`);
 *   `.question(asked, texts, within?)` → `PlaceQuestion`; `.focusOf(texts, subject)` → the places
 *   a question names by name besides the article's subject places.
 * - `subjectPlaces(names, texts, share?)` → the places named in more than a quarter of the texts
 *   (an article's sentences): what the article is about throughout, no question's focus.
 * - `PlaceQuestion` (type): `{ asked, within?, known, decisive, answeredBy(text), prefers(text) }`,
 *   the places named in the question's texts (itself and its carried-over Chinese terms) bound in;
 *   `decisive` is true for countries, provinces, cities and universities.
 * - `PlaceMention` (type): `{ name, kinds, suffixed?, transliterated?, person?, country? }`, `name`
 *   canonical (中哈 → 中国 and 哈萨克斯坦).
 */
import { COUNTRY_SHORT_FORMS } from "./country-abbreviations.js";
import { FOREIGN_NAME } from "./sound-names.js";

/** How Chinese writes the endings of Russian and Central Asian surnames: -ov/-ev (夫), -ova (娃), -vich, -sky. */
const SURNAME_ENDING = /(?:夫|娃|维奇|斯基)$/u;
import { ENGLISH_AUXILIARIES, escapeRegExp, longestFirst } from "./text-tokens.js";

export type PlaceKind = "country" | "province" | "city" | "port" | "locality" | "region" | "university";

export type AskedPlace = "country" | "province" | "city" | "port" | "university" | "place";

/** A question asking for a place, bound to the place names: which texts answer it. */
export interface PlaceQuestion {
  asked: AskedPlace;
  /** The countries the asked place must lie in ("中国哪些城市": 中国), if the question says. */
  within?: ReadonlySet<string>;
  /** The places the question names itself. */
  known: ReadonlySet<string>;
  /**
   * Whether a best sentence naming no such place means the article does not give it: for
   * countries, provinces, cities, ports and universities (ports since session 14: dev out of
   * scope +4, nothing lost; the article's one border port, 霍尔果斯, is read as a town). Not for
   * "where", which such names answer as well as occasions do (在第二届中国—中亚峰会上). City names are an open class
   * that CC-CEDICT knows only in part (it lacks the border town 霍尔果斯): a transliterated name
   * in no dictionary counts as one (dev set: deciding on cities too, out-of-scope abstained
   * 67.6% → 70.1%, no false abstention; before transliterated names it refused both questions on
   * 霍尔果斯; on "where" +1 out-of-scope question but answered ones refused).
   */
  decisive: boolean;
  /** Whether a Chinese text names a place of the asked kind that the question does not name. */
  answeredBy(text: string): boolean;
  /**
   * The same, and the place lies where the question says (`within`), where its country is known:
   * what a sentence is preferred for. (Refusals go by `answeredBy`: a country read from a
   * dictionary definition does not decide that the article lacks the answer.)
   */
  prefers(text: string): boolean;
}

export interface PlaceMention {
  /** The place's name; a country by its full name even where the text uses its short form. */
  name: string;
  kinds: readonly PlaceKind[];
  /** Read from a suffix alone (努库斯市, 霍尔果斯口岸): in a question, 哪座口岸 or 能省 read so too. */
  suffixed?: true;
  /** A transliterated foreign name in no dictionary (霍尔果斯, 奇姆肯特): some town, or a person, a firm. */
  transliterated?: true;
  /** A transliterated name ending as a surname (拜卡达莫夫, 托卡耶夫): a person, no place (`kinds` empty). */
  person?: true;
  /** The country the place lies in, when the dictionary says (阿拉木图 → 哈萨克斯坦; a country: itself). */
  country?: string;
}

/** What a "which …" question asks for, by the noun it asks with (Chinese, English, Russian). */
const KIND_WORDS: readonly { asked: AskedPlace; zh: string; en: string; ru: string }[] = [
  { asked: "country", zh: "国家(?!级|战略|政策|层面)|国(?![家际内外])", en: "countr(?:y|ies)|nations?", ru: "стран|государств" },
  { asked: "province", zh: "省|省份|省级行政区|自治区", en: "provinces?|autonomous regions?|oblasts?", ru: "провинци|автономн" },
  { asked: "city", zh: "口岸城市|城市|城|市|首都", en: "cit(?:y|ies)|towns?", ru: "город" },
  { asked: "port", zh: "口岸|港口?|边境口岸", en: "ports?|border (?:crossings?|ports?|checkpoints?)|checkpoints?", ru: "порт|пункт\\S* пропуска|погранпереход|КПП" },
  { asked: "university", zh: "大学|高校", en: "universit(?:y|ies)", ru: "университет|вуз" },
  { asked: "place", zh: "地区|地方|地点|位置", en: "regions?|places?|locations?", ru: "регион|мест" },
];

/**
 * Chinese "which": 哪 with an optional count and measure word (哪座, 哪两个, 哪一个, 哪些), and a region
 * word that narrows the kind (哪个中亚国家, 哪座中国城市).
 */
const ZH_WHICH = "哪(?:一|两|几|些)?(?:个|座|所|家)?(?:中亚|中国|外国|欧洲|亚洲|周边|沿线)?";
/**
 * English "which / what", then up to three words that are not verbs (Which Central Asian country),
 * or "which of the five Central Asian countries". A "what" asks only where a question or a clause
 * starts, maybe after a preposition ("In what city…", ", and from what country…"), not inside a
 * clause ("fits (with) what Central Asian countries themselves want").
 */
const EN_WHICH =
  `(?:\\bwhich|(?:^\\s*|[,;:(]\\s*)(?:(?:and|or|but)\\s+)?(?:(?:in|on|at|to|from|of|for|by|with|into|about|through|across|between)\\s+)?what)\\s+(?:of (?:the|these|those|its|their)\\s+(?:[\\p{L}'-]+\\s+){0,3})?(?:(?!(?:${ENGLISH_AUXILIARIES}|kind|kinds|type|types|sort)\\b)[\\p{L}'-]+\\s+){0,3}`;
/**
 * Russian "which", in any case and gender, then up to two words (В каком китайском университете),
 * not a kind (к какой категории / группе / какому типу стран: a kind of country, 发展中国家, is asked).
 */
const RU_WHICH =
  "(?<!\\p{L})(?:как|котор)(?:ой|ая|ое|ие|ого|ому|ом|ую|им|ими|их|ый|ые|ых|ыми)\\s+(?:(?!(?:категори|групп|тип|вид|разряд)\\p{L}*\\s)\\p{L}+\\s+){0,2}";

const KIND_QUESTIONS: readonly { asked: AskedPlace; pattern: RegExp }[] = KIND_WORDS.map((k) => ({
  asked: k.asked,
  pattern: new RegExp(`${ZH_WHICH}(?:${k.zh})|${EN_WHICH}(?:${k.en})\\b|${RU_WHICH}(?:${k.ru})`, "iu"),
}));

/** "Where" (是在哪里, 位于何处, where was…, где; not a relative "…, где"): any place answers. */
const WHERE_QUESTION =
  /哪里|哪儿|何处|何地|(?:位于|设在|建在|落户|在)哪(?![些个座所家一两几种方样项本期部篇条次天年位届])|^\s*where\b|\bwhere (?:is|was|are|were|did|does|do|will|would|has|have|had|can|could)\b|\bin (?:which|what) place\b|(?<!,\s*)(?<!\p{L})(?:где|куда|откуда(?!\s+(?:\p{L}+\s+){0,3}(?:взял|взят|цифр|данн|информаци|сведени|цитат)))(?!\p{L})|в каком месте/iu;

/**
 * "Where was it published / printed", 引自哪里, 登在哪, "где опубликована речь": a question asking
 * where a statement comes from (its footnote's source), not for a place.
 */
const WHERE_PUBLISHED =
  /(?:发表|登|刊登|刊载|刊发|引自|出自|摘自|印)(?:在|于)?(?:哪|何)|\bwhere\b(?:\s+\S+){0,5}?\s+(?:published|printed|appeared?)\b|(?<!\p{L})где\s+(?:\p{L}+\s+){0,3}(?:опубликова|напечата|вышл|вышел|издан|цитир)/iu;

/**
 * Examples a question gives: after 比如 / 例如 / 譬如 / 诸如, "such as", "e.g.", "for example",
 * например / такие как / вроде, up to the clause's end; or a clause ending in 那些 / 之类 / 什么的 / 等等.
 */
const EXAMPLES = new RegExp(
  [
    "(?:比如|例如|譬如|诸如)[^，,。；;？?！!]{1,30}",
    "[^，,。；;？?！!\\s]{2,30}(?:那些|之类的?|什么的|等等)(?=$|[，,。；;？?！!\\s])",
    "\\b(?:such as|e\\.g\\.,?|for (?:example|instance),?)\\s+[^,.;?!]{1,40}",
    "(?<!\\p{L})(?:например,?|такие как|такими как|вроде)\\s+[^,.;?!]{1,40}",
  ].join("|"),
  "giu",
);

export function withoutExamples(question: string): string {
  return question.replace(EXAMPLES, " ");
}

/** The kind of place a question asks for, if it asks which country / city… or where. */
export function askedPlace(question: string): AskedPlace | undefined {
  if (WHERE_PUBLISHED.test(question)) return undefined;
  // "哪个国家的哪座城市", "which country and city": the narrower place is what answers.
  const kinds = KIND_QUESTIONS.filter((k) => k.pattern.test(question)).map((k) => k.asked);
  const narrower = kinds.find((k) => k !== "country" && k !== "place");
  if (kinds.length > 0) return kinds[0] === "country" && narrower ? narrower : kinds[0];
  return WHERE_QUESTION.test(question) ? "place" : undefined;
}

/** The five Central Asian countries, by their full names. */
const CENTRAL_ASIA: ReadonlySet<string> = new Set(["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦"]);

/**
 * "中国哪些城市 / Chinese cities / китайские города" and "中亚城市 / Central Asian cities / города
 * Центральной Азии"; so too a place asked on the way there ("来中国…去哪", "where … in China",
 * "куда … в Китае").
 */
const WITHIN: readonly [RegExp, ReadonlySet<string>][] = [
  [
    /中国(?:的)?(?:哪些|哪个|哪座|哪几个|哪几座)?城市|(?:哪些|哪个|哪座|哪几座)中国城市|(?:来|到|去)(?:华|中国).{0,12}哪|\bChinese cit(?:y|ies)\b|\bcit(?:y|ies) (?:in|of) China\b|\bwhere in China\b|\bwhere\b.{0,60}\b(?:in|to) China\b|китайск\p{L}* город|город\p{L}* (?:Китая|в Китае|КНР)|(?<!\p{L})куда.{0,60}в Кита[ейю]/iu,
    new Set(["中国"]),
  ],
  [
    /中亚(?:的)?(?:哪些|哪个|哪座|哪几个|哪几座)?城市|(?:到|去)中亚.{0,12}哪|\bCentral Asian cit(?:y|ies)\b|\bcit(?:y|ies) (?:in|of) Central Asia\b|\bwhere in Central Asia\b|\bwhere\b.{0,60}\b(?:in|to) Central Asia\b|город\p{L}* (?:Центральной Азии|ЦА)|центральноазиатск\p{L}* город|(?<!\p{L})куда.{0,60}в (?:Центральн\p{L}* Ази\p{L}|ЦА)(?!\p{L})/iu,
    CENTRAL_ASIA,
  ],
];

/** The countries a question's asked place must lie in, if it says (中国哪些城市 → 中国). */
export function askedPlaceWithin(question: string): ReadonlySet<string> | undefined {
  return WITHIN.find(([re]) => re.test(question))?.[1];
}

/** Words a CC-CEDICT definition uses for China's own divisions: a place so described lies in China. */
const CHINESE_DIVISIONS = /\b(?:province|municipality|prefecture|prefecture-level|county|autonomous region|PRC)\b/i;

/**
 * The country each place lies in, read from its CC-CEDICT definitions: the first country the
 * definitions name by its English name (`countries`, named as their own definitions begin:
 * "Kazakhstan"), else China where they speak of China's divisions ("Shanghai municipality"); a
 * country lies in itself. Places whose definitions say neither are left out.
 */
export function placeCountriesOf(
  places: Readonly<Record<string, readonly PlaceKind[]>>,
  definitionsOf: ReadonlyMap<string, readonly string[]>,
  countries: readonly string[],
): Record<string, string> {
  const english = new Map<string, string>();
  for (const zh of countries) {
    for (const d of definitionsOf.get(zh) ?? []) {
      const name = /^([A-Z][\p{L}' -]*?[\p{L}])\s*(?:[,;(]|$)/u.exec(d)?.[1];
      if (name && name.length > 2 && !english.has(name)) english.set(name, zh);
    }
  }
  const named = english.size > 0 ? new RegExp(`\\b(?:${longestFirst(english.keys())})\\b`, "u") : undefined;
  const out: Record<string, string> = {};
  for (const [zh, kinds] of Object.entries(places)) {
    if (kinds.includes("country")) {
      out[zh] = zh;
      continue;
    }
    const defs = (definitionsOf.get(zh) ?? []).join("; ");
    const m = named?.exec(defs);
    if (m) out[zh] = english.get(m[0])!;
    else if (CHINESE_DIVISIONS.test(defs)) out[zh] = "中国";
  }
  return out;
}

/** What a question may ask for that the general data does not cover well enough to refuse on (see `PlaceQuestion.decisive`). */
const OPEN_CLASSES: ReadonlySet<AskedPlace> = new Set<AskedPlace>(["place"]);

/** The kinds of place a mention may be to answer a question asking for a given kind. */
const ANSWERS: Record<AskedPlace, readonly PlaceKind[]> = {
  country: ["country"],
  province: ["province"],
  city: ["city", "port", "locality"],
  port: ["port", "city", "locality"],
  university: ["university"],
  place: ["country", "province", "city", "port", "locality", "region", "university"],
};

/**
 * The words by which a CC-CEDICT definition says what place it is, checked in the definition's
 * head only (before any parenthesis, first eight words): "Xian Xinghai (1905-1945), … Yellow
 * River Oratorio" is a composer, not a river. The earliest word wins: "Ürümqi, prefecture-level
 * city and capital of Xinjiang" is a city, "Xinjiang Uighur Autonomous Region, capital Ürümqi"
 * a province.
 */
const DEFINITION_KINDS: readonly [PlaceKind, RegExp][] = [
  ["province", /\b(?:province|autonomous region|oblast)\b/giu],
  ["city", /\b(?:city|capital|municipality)\b/giu],
  ["port", /\b(?:port|seaport)\b/giu],
  ["locality", /\b(?:town|township|county|district|village)\b/giu],
  ["region", /\b(?:Asia|Europe|Africa|America|Eurasia|Oceania|regions?|plain|sea|lake|river|mountains?|desert|basin|plateau|island|peninsula)\b/giu],
  ["country", /\b(?:country|kingdom)\b/giu],
];

/** Quotation marks around a brand or a title (“比亚迪”, 「…」, "…"). */
const QUOTE_OPENS = "“「『\"'‘«";
const QUOTE_CLOSES = "”」』\"'’»";

/** Qualifiers of a place word that are not its kind ("county-level city", "prefecture-level"). */
const DEFINITION_QUALIFIERS = /\b(?:county|prefecture|sub-provincial|provincial|district)[- ]level\b/giu;

/** "Samarkand, Uzbekistan", "Hoi An (in Vietnam)": a place given only with its country. */
const NAME_WITH_COUNTRY =
  /^[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*(?:, [A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*| \(in [A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)*\))$/u;

/**
 * A proper name of one character and 国: a country's usual name (美国, 德国, 泰国), not a count of
 * countries (四国, Shikoku, is also "four countries"; 三国, the Three Kingdoms).
 */
const COUNTRY_WORD = /^[^一二三四五六七八九十两几各多\P{Script=Han}]国$/u;

/** The kind a single definition gives a place, if it describes one. */
function definitionKind(definition: string): PlaceKind | undefined {
  if (NAME_WITH_COUNTRY.test(definition)) return "locality";
  const head = definition
    .split("(")[0]!
    .replace(DEFINITION_QUALIFIERS, " ")
    .split(/\s+/)
    .slice(0, 8)
    .join(" ");
  let best: { kind: PlaceKind; at: number } | undefined;
  for (const [kind, re] of DEFINITION_KINDS) {
    re.lastIndex = 0;
    const m = re.exec(head);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind;
}

/**
 * The kinds of place the definitions of one CC-CEDICT proper name describe (each kind once).
 * With the word itself, a two-character proper name in 国 (美国, 法国) is a country (see `COUNTRY_WORD`).
 */
export function placeKindsOf(definitions: readonly string[], word = ""): PlaceKind[] {
  const kinds = new Set<PlaceKind>();
  for (const d of definitions) {
    const kind = definitionKind(d);
    if (kind) kinds.add(kind);
  }
  if (kinds.size === 0 && COUNTRY_WORD.test(word) && /^[A-Z]/.test(definitions[0] ?? "")) kinds.add("country");
  return [...kinds];
}

/**
 * The place names that the corpus writes as names: a name all of whose occurrences lie inside a
 * longer dictionary word (长治 in 长治久安, 土库 in 土库曼斯坦) or straddle one at least as long
 * (和政 in 和政治, 会安 in 社会安全) is only a string of the text there, and is dropped.
 */
export function standalonePlaces(
  places: Readonly<Record<string, PlaceKind[]>>,
  corpusText: string,
  words: { has(word: string): boolean },
): Record<string, PlaceKind[]> {
  const out: Record<string, PlaceKind[]> = {};
  const runs = corpusText.match(/\p{Script=Han}+/gu) ?? [];
  const crossed = (chars: string[], at: number, length: number): boolean => {
    for (let j = Math.max(0, at - 7); j < at + length; j++) {
      for (let k = Math.max(j + 2, at + 1); k <= Math.min(chars.length, j + 8); k++) {
        if (j === at && k === at + length) continue;
        const inside = j >= at && k <= at + length;
        // A word inside the name, or a shorter one across its edge (干等 in 塔什干等), does not count.
        if (!inside && k - j >= length && words.has(chars.slice(j, k).join(""))) return true;
      }
    }
    return false;
  };
  for (const [name, kinds] of Object.entries(places)) {
    const length = Array.from(name).length;
    let standalone = false;
    for (const run of runs) {
      if (!run.includes(name)) continue;
      const chars = Array.from(run);
      for (let at = 0; at + length <= chars.length && !standalone; at++) {
        if (chars.slice(at, at + length).join("") === name && !crossed(chars, at, length)) standalone = true;
      }
      if (standalone) break;
    }
    if (standalone) out[name] = kinds;
  }
  return out;
}


/**
 * The places an article is about throughout: those named in more than `share` of its sentences
 * (中国 and 中亚 in half of this article's, the next place in 6%). A question naming one of them
 * says nothing in particular about where.
 */
export function subjectPlaces(names: PlaceNames, texts: readonly string[], share = 0.25): Set<string> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const name of names.namedIn([t])) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > share * texts.length).map(([name]) => name));
}

/** A country by its short form (the first full name listed for it). */
const COUNTRY_BY_SHORT = new Map<string, string>();
for (const [name, short] of COUNTRY_SHORT_FORMS) if (!COUNTRY_BY_SHORT.has(short)) COUNTRY_BY_SHORT.set(short, name);
/** A country's name as listed first for its short form (吉尔吉斯 → 吉尔吉斯斯坦). */
const canonicalCountry = (name: string): string => {
  const short = COUNTRY_SHORT_FORMS.find(([n]) => n === name)?.[1];
  return (short && COUNTRY_BY_SHORT.get(short)) ?? name;
};


/**
 * A short form's character when it is not the start of its country's full name (哈 but not
 * 哈萨克斯坦), so that 其中哈萨克斯坦 is not read as 中哈.
 */
function shortCharPattern(): string {
  const alternatives = [...COUNTRY_BY_SHORT.keys()]
    .filter((c) => c !== "中")
    .map((c) => {
      const rests = COUNTRY_SHORT_FORMS.filter(([n]) => n.startsWith(c)).map(([n]) => escapeRegExp(n.slice(1)));
      return rests.length > 0 ? `${escapeRegExp(c)}(?!${rests.join("|")})` : escapeRegExp(c);
    });
  return `(?:${alternatives.join("|")})`;
}

/** Names ending in a place suffix (努库斯市, 霍尔果斯口岸, 四川省); the two characters before it stand for the name. */
const SUFFIXED: readonly [PlaceKind, string][] = [
  ["province", "省(?![份级会内外市])|自治区"],
  ["city", "(?<![城都超上门股])市(?![场民值政长委级面容井价况区县郊])"],
  ["port", "口岸"],
  ["university", "大学"],
];

export class PlaceNames {
  private readonly pattern: RegExp;
  private readonly kindsOf = new Map<string, readonly PlaceKind[]>();
  /** Places named by each text seen (article sentences: a bounded set), worked out once each. */
  private readonly cache = new Map<string, PlaceMention[]>();

  /** Words that hold a place name without being a place (上海合作组织, 发展中国家), if any. */
  private readonly compounds: RegExp | undefined;

  /**
   * From the place names of the carry-over dictionary (name → kinds), plus the countries and
   * suffixes; `compounds`: the words that hold a place name without being a place, where the
   * place is not named (see `placesIn`).
   */
  constructor(
    places: Readonly<Record<string, readonly PlaceKind[]>> = {},
    compounds: readonly string[] = [],
    private readonly countryOf: Readonly<Record<string, string>> = {},
  ) {
    for (const [name, kinds] of Object.entries(places)) if (kinds.length > 0) this.kindsOf.set(name, kinds);
    for (const [name] of COUNTRY_SHORT_FORMS) {
      this.kindsOf.set(name, [...new Set<PlaceKind>(["country", ...(this.kindsOf.get(name) ?? [])])]);
    }
    const names = longestFirst(this.kindsOf.keys());
    const short = shortCharPattern();
    const anyShort = `(?:中|${short})`;
    const groups = [
      // 土、乌、哈、中四国: a list of short forms counted as countries.
      `(?<list>${anyShort}(?:、${anyShort})+[两三四五六七八九]?国)`,
      // 中哈, 中吉乌: China and the countries of a relation.
      `(?<relation>中${short}{1,3})`,
      ...(names.length > 0 ? [`(?<name>${names})`] : []),
      ...SUFFIXED.map(([kind, suffix]) => `(?<${kind}>\\p{Script=Han}{2}(?:${suffix}))`),
    ];
    this.pattern = new RegExp(groups.join("|"), "gu");
    this.compounds =
      compounds.length > 0 ? new RegExp(longestFirst(compounds), "gu") : undefined;
  }

  /**
   * The places a Chinese text names, in order (a place named twice is listed twice). Not those
   * inside a compound (上海合作组织 names no city) unless `inCompounds`: what a question's words
   * touch on, 中国 in 中国式 carried from "Chinese", is known to it.
   */
  placesIn(original: string, inCompounds = false): PlaceMention[] {
    const key = inCompounds && this.compounds ? `\u0000${original}` : original;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const text = !inCompounds && this.compounds ? original.replace(this.compounds, (m) => " ".repeat(m.length)) : original;
    const out: PlaceMention[] = [];
    const country = (c: string): void => {
      const name = COUNTRY_BY_SHORT.get(c);
      if (name) out.push({ name, kinds: this.kindsOf.get(name) ?? ["country"], country: name });
    };
    for (const m of text.matchAll(this.pattern)) {
      const g = m.groups ?? {};
      if (g.list) for (const c of g.list.split("、")) country(Array.from(c)[0]!);
      else if (g.relation) for (const c of Array.from(g.relation)) country(c);
      else if (g.name) {
        const name = canonicalCountry(g.name);
        const kinds = this.kindsOf.get(g.name)!;
        const country = kinds.includes("country") ? name : this.countryOf[g.name];
        out.push(country ? { name, kinds, country } : { name, kinds });
      }
      else {
        const kind = SUFFIXED.map(([k]) => k).find((k) => g[k]);
        if (kind) out.push({ name: m[0], kinds: [kind], suffixed: true });
      }
    }
    // Foreign names no dictionary has, outside the names found (乌兹别克斯坦科学家 leaves 科学家);
    // one standing alone in quotation marks is a brand or a title (“比亚迪”), not a town, and one
    // ending as Russian and Central Asian surnames are written (拜卡达莫夫 -ov, -ova, -vich, -sky) is
    // a person: listed, for who-questions, with no place kind.
    const rest = text.replace(this.pattern, (m) => " ".repeat(m.length));
    for (const m of rest.matchAll(FOREIGN_NAME)) {
      // (A name with nothing before or after it, a carried-over term alone, is not quoted.)
      const before = rest[m.index - 1];
      const after = rest[m.index + m[0].length];
      const quoted = before !== undefined && after !== undefined && QUOTE_OPENS.includes(before) && QUOTE_CLOSES.includes(after);
      if (quoted) continue;
      if (SURNAME_ENDING.test(m[0])) out.push({ name: m[0], kinds: [], transliterated: true, person: true });
      else out.push({ name: m[0], kinds: ["locality"], transliterated: true });
    }
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  /** The names of the places some texts name (a question and its carried-over Chinese terms). */
  namedIn(texts: readonly string[], inCompounds = false): Set<string> {
    return new Set(texts.flatMap((t) => this.placesIn(t, inCompounds).map((p) => p.name)));
  }

  /**
   * The places a question names by name (not by a suffix alone; sound-written names no dictionary
   * has count, 奇姆肯特) besides the article's subject places (`subject`, see `subjectPlaces`): what
   * it asks about in particular (only those of one `kind`, when given).
   */
  focusOf(texts: readonly string[], subject: ReadonlySet<string>, kind?: PlaceKind): Set<string> {
    const out = new Set<string>();
    for (const t of texts) {
      for (const p of this.placesIn(t)) if (!p.suffixed && !subject.has(p.name) && (!kind || p.kinds.includes(kind))) out.add(p.name);
    }
    return out;
  }

  /** Whether a text names a place of the asked kind other than the `known` ones. */
  namesNewPlace(text: string, asked: AskedPlace, known: ReadonlySet<string>, within?: ReadonlySet<string>): boolean {
    const accepted = ANSWERS[asked];
    return this.placesIn(text).some(
      (p) => !known.has(p.name) && p.kinds.some((k) => accepted.includes(k)) && (!within || !p.country || within.has(p.country)),
    );
  }

  /** A place question: what it asks for and the places it names itself (in any of `texts`). */
  question(asked: AskedPlace, texts: readonly string[], within?: ReadonlySet<string>): PlaceQuestion {
    const known = this.namedIn(texts, true);
    return {
      asked,
      known,
      decisive: !OPEN_CLASSES.has(asked),
      answeredBy: (text) => this.namesNewPlace(text, asked, known),
      prefers: within ? (text) => this.namesNewPlace(text, asked, known, within) : (text) => this.namesNewPlace(text, asked, known),
      ...(within ? { within } : {}),
    };
  }
}
